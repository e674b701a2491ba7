// `explain inventory`: what the CBOM records and where to send it.

export const INVENTORY_HELP = `# The crypto inventory (CBOM)

\`scan --format cbom\` (and the action's \`cbom-file\`) writes a CycloneDX 1.6 JSON Cryptography Bill
of Materials of the code scanned: which cryptography it uses, where, and from which crate. It is
what the analyzer already recognises through the API models (\`explain models\`), not a guess from
the dependency list: a crate that depends on \`rsa\` but never calls it lists no RSA.

Per algorithm in use, one \`cryptographic-asset\` component (AES-256-GCM, ChaCha20-Poly1305,
AES-128-CBC, RSA-2048, RSA-OAEP, HMAC-SHA-256, PBKDF2-HMAC-SHA-256, Argon2id, SHA-1, Ed25519, …) with
  cryptoProperties   assetType algorithm; primitive (ae, block-cipher, mac, hash, kdf, pke,
                     signature, key-agree, kem); mode and padding; the parameter set (key or
                     digest size, RSA modulus) where the code shows it; the curve; OID;
                     classicalSecurityLevel (bits, NIST SP 800-57) and nistQuantumSecurityLevel
                     (0-6: RSA and elliptic curves are 0, AES-256 is 5); cryptoFunctions
  evidence           occurrences: file and line of every call, the API, what it does there
  dependencies       the crate that provides it (pkg:cargo/aes-gcm, with the Cargo.lock version),
                     which also "provides" it; the scanned crate depends on the asset
  properties         rust-crypto-gate:quantum-vulnerable, rust-crypto-gate:weak (why)

Keys, nonces, IVs and salts visible at those calls are related-crypto-material assets (type
secret-key, nonce, initialization-vector, salt; the algorithm they belong to; size in bits) with
their origin in the property rust-crypto-gate:origin: hard-coded, random, weak-random, password,
derived, or unknown. Their values are never written.

Findings of the rules that concern an asset are listed as \`vulnerabilities\` (id = rule id, CWE,
severity, message, location) whose \`affects\` name the assets.

Not in it: algorithms the code does not name (a cipher chosen at run time, a generic \`A: Aead\`),
crypto inside dependencies, TLS configuration, and key sizes that only data flow would show
(RSA-OAEP at a call whose key was made elsewhere is "RSA-OAEP", not "RSA-3072-OAEP").

## Feeding it to other tools

Dependency-Track (BOM upload, v4 REST API):

  curl -X POST "$DT_URL/api/v1/bom" -H "X-Api-Key: $DT_API_KEY" \\
       -F "autoCreate=true" -F "projectName=my-crate" -F "projectVersion=main" \\
       -F "bom=@rust-crypto-gate.cdx.json"

(in a workflow, a step after the gate with bom=@\${{ steps.gate.outputs.cbom-file }}).
Any CycloneDX 1.6 tool reads it: \`cyclonedx validate --input-file rust-crypto-gate.cdx.json\`
(cyclonedx-cli), CBOMkit's viewer, or merged with a dependency SBOM (\`cyclonedx merge\`).
`;
