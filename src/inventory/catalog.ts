// What the CBOM says about each algorithm: its CycloneDX 1.6 primitive, mode, padding, parameter
// set, key and nonce sizes, classical security (bits) and NIST quantum security category (0–6).
// Which API is which algorithm is the models' business (models/*.yml); this is the vocabulary the
// inventory writes, by algorithm name.
//
// Security levels follow NIST SP 800-57 Part 1 (classical bits: RSA-2048 112, P-256 128) and the
// NIST PQC categories (1 = AES-128 key search, 2 = SHA-256 collision, 3 = AES-192, 4 = SHA-384
// collision, 5 = AES-256). RSA, elliptic-curve signatures and key agreement fall to Shor's
// algorithm: category 0, and NIST IR 8547 deprecates them (2030) and disallows them (2035).
// Password hashes and KDFs get no level: their strength is the password's or the input key's.

export type Primitive = 'drbg' | 'mac' | 'block-cipher' | 'stream-cipher' | 'signature' | 'hash' | 'pke' | 'xof' | 'kdf' | 'key-agree' | 'kem' | 'ae' | 'combiner' | 'other' | 'unknown';
export type Mode = 'cbc' | 'ecb' | 'ccm' | 'gcm' | 'cfb' | 'ofb' | 'ctr' | 'other' | 'unknown';
export type Padding = 'pkcs5' | 'pkcs7' | 'pkcs1v15' | 'oaep' | 'raw' | 'other' | 'unknown';

export interface AlgorithmInfo {
  name: string;
  primitive: Primitive;
  mode?: Mode;
  padding?: Padding;
  parameterSetIdentifier?: string;
  curve?: string;
  classicalSecurityLevel?: number;
  nistQuantumSecurityLevel?: number;
  oid?: string;
  /** Key and nonce sizes in bits, for the related keys and nonces. */
  keyBits?: number;
  nonceBits?: number;
  /** Broken by a quantum computer (Shor): RSA, ECC, finite-field DH. */
  quantumVulnerable: boolean;
  /** Broken or weak today, whatever the quantum story (DES, RC4, MD5, SHA-1, ECB). */
  weak?: string;
}

const HASHES: Record<string, { bits: number; classical: number; quantum: number; oid?: string; weak?: string }> = {
  MD4: { bits: 128, classical: 0, quantum: 0, weak: 'practical collisions' },
  MD5: { bits: 128, classical: 18, quantum: 0, oid: '1.2.840.113549.2.5', weak: 'practical collisions' },
  'SHA-1': { bits: 160, classical: 63, quantum: 0, oid: '1.3.14.3.2.26', weak: 'practical collisions (SHAttered)' },
  'SHA-224': { bits: 224, classical: 112, quantum: 1, oid: '2.16.840.1.101.3.4.2.4' },
  'SHA-256': { bits: 256, classical: 128, quantum: 2, oid: '2.16.840.1.101.3.4.2.1' },
  'SHA-384': { bits: 384, classical: 192, quantum: 4, oid: '2.16.840.1.101.3.4.2.2' },
  'SHA-512': { bits: 512, classical: 256, quantum: 4, oid: '2.16.840.1.101.3.4.2.3' },
  'SHA3-256': { bits: 256, classical: 128, quantum: 2, oid: '2.16.840.1.101.3.4.2.8' },
  'SHA3-512': { bits: 512, classical: 256, quantum: 4, oid: '2.16.840.1.101.3.4.2.10' },
  'Keccak-256': { bits: 256, classical: 128, quantum: 2 },
  'BLAKE2b-512': { bits: 512, classical: 256, quantum: 4 },
  'BLAKE2s-256': { bits: 256, classical: 128, quantum: 2 },
  BLAKE3: { bits: 256, classical: 128, quantum: 2 },
};

const AES_MODE_OIDS: Record<string, string> = { '128-ECB': '1', '128-CBC': '2', '128-OFB': '3', '128-CFB': '4', '128-GCM': '6', '128-CCM': '7', '192-ECB': '21', '192-CBC': '22', '192-GCM': '26', '256-ECB': '41', '256-CBC': '42', '256-OFB': '43', '256-CFB': '44', '256-GCM': '46', '256-CCM': '47' };
const symmetricQuantum = (bits: number) => (bits >= 256 ? 5 : bits >= 192 ? 3 : bits >= 128 ? 1 : 0);
const RSA_CLASSICAL: Record<number, number> = { 1024: 80, 2048: 112, 3072: 128, 4096: 152, 7680: 192, 15360: 256 };
const CURVES: Record<string, { curve: string; classical: number }> = {
  P256: { curve: 'secp256r1', classical: 128 },
  P384: { curve: 'secp384r1', classical: 192 },
  P521: { curve: 'secp521r1', classical: 256 },
  secp256k1: { curve: 'secp256k1', classical: 128 },
};
const KEMS: Record<string, number> = { 'ML-KEM-512': 1, 'ML-KEM-768': 3, 'ML-KEM-1024': 5 };

/** The CBOM's description of an algorithm, by the name the inventory gives it. */
export function describe(name: string): AlgorithmInfo {
  const base = { name, quantumVulnerable: false };
  const h = HASHES[name];
  if (h) return { ...base, primitive: 'hash', parameterSetIdentifier: String(h.bits), classicalSecurityLevel: h.classical, nistQuantumSecurityLevel: h.quantum, oid: h.oid, weak: h.weak };
  let m = /^AES-(128|192|256)(?:-(GCM-SIV|GCM|CBC|CTR|ECB|CFB|OFB|CCM|SIV|EAX|OCB3))?$/.exec(name);
  if (m) {
    const bits = Number(m[1]);
    const mode = m[2];
    const ae = /GCM|CCM|SIV|EAX|OCB/.test(mode ?? '');
    const cdxMode = ({ GCM: 'gcm', CBC: 'cbc', CTR: 'ctr', ECB: 'ecb', CFB: 'cfb', OFB: 'ofb', CCM: 'ccm' } as Record<string, Mode>)[mode ?? ''] ?? (mode ? 'other' : undefined);
    const oidTail = AES_MODE_OIDS[`${bits}-${mode}`];
    return { ...base, primitive: ae ? 'ae' : 'block-cipher', mode: cdxMode, parameterSetIdentifier: String(bits), classicalSecurityLevel: bits, nistQuantumSecurityLevel: symmetricQuantum(bits), oid: oidTail ? `2.16.840.1.101.3.4.1.${oidTail}` : undefined, keyBits: mode === 'SIV' ? bits * 2 : bits, nonceBits: /GCM/.test(mode ?? '') ? 96 : mode === 'CCM' ? 104 : mode && !/ECB/.test(mode) ? 128 : undefined, weak: mode === 'ECB' ? 'ECB shows the structure of the data' : undefined };
  }
  if (/^(X?ChaCha(20|12|8)-Poly1305|XSalsa20-Poly1305)$/.test(name)) {
    return { ...base, primitive: 'ae', parameterSetIdentifier: '256', classicalSecurityLevel: 256, nistQuantumSecurityLevel: 5, keyBits: 256, nonceBits: /^X/.test(name) ? 192 : 96, oid: name === 'ChaCha20-Poly1305' ? '1.2.840.113549.1.9.16.3.18' : undefined };
  }
  if (/^(X?ChaCha20|Salsa20)$/.test(name)) return { ...base, primitive: 'stream-cipher', parameterSetIdentifier: '256', classicalSecurityLevel: 256, nistQuantumSecurityLevel: 5, keyBits: 256, nonceBits: name.startsWith('X') ? 192 : 96 };
  m = /^(HMAC|HKDF|PBKDF2-HMAC)-(.+)$/.exec(name);
  if (m && HASHES[m[2]]) {
    const hash = HASHES[m[2]];
    if (m[1] === 'HMAC') {
      const oid = { 'SHA-1': '1.2.840.113549.2.7', 'SHA-256': '1.2.840.113549.2.9', 'SHA-384': '1.2.840.113549.2.10', 'SHA-512': '1.2.840.113549.2.11' }[m[2]];
      // A MAC's strength is its key's and its output's: HMAC-MD5 and HMAC-SHA-1 still stand as MACs.
      return { ...base, primitive: 'mac', parameterSetIdentifier: String(hash.bits), classicalSecurityLevel: Math.min(256, hash.bits), nistQuantumSecurityLevel: symmetricQuantum(Math.min(256, hash.bits)), oid, keyBits: hash.bits };
    }
    return { ...base, primitive: 'kdf', parameterSetIdentifier: m[2], oid: m[1] === 'PBKDF2-HMAC' ? '1.2.840.113549.1.5.12' : undefined };
  }
  if (/^(PBKDF2|HKDF|Argon2(id|i|d)?|scrypt|bcrypt)$/.test(name)) return { ...base, primitive: 'kdf', oid: name === 'PBKDF2' ? '1.2.840.113549.1.5.12' : undefined };
  if (name === 'HMAC' || name === 'CMAC' || name === 'Poly1305' || name === 'JWT-HMAC') return { ...base, primitive: 'mac' };
  m = /^RSA(?:-(\d+))?(?:-(OAEP|PKCS1v15|PSS|PKCS1v15-signature))?$/.exec(name);
  if (m) {
    const bits = m[1] ? Number(m[1]) : undefined;
    const scheme = m[2];
    const signature = scheme === 'PSS' || scheme === 'PKCS1v15-signature';
    return {
      ...base,
      primitive: signature ? 'signature' : 'pke',
      padding: scheme === 'OAEP' ? 'oaep' : scheme === 'PKCS1v15' ? 'pkcs1v15' : undefined,
      parameterSetIdentifier: bits ? String(bits) : undefined,
      classicalSecurityLevel: bits ? (RSA_CLASSICAL[bits] ?? (bits < 2048 ? 80 : undefined)) : undefined,
      nistQuantumSecurityLevel: 0,
      oid: scheme === 'OAEP' ? '1.2.840.113549.1.1.7' : scheme === 'PSS' ? '1.2.840.113549.1.1.10' : '1.2.840.113549.1.1.1',
      keyBits: bits,
      quantumVulnerable: true,
      weak: bits !== undefined && bits < 2048 ? 'under 2048 bits' : scheme === 'PKCS1v15' ? 'PKCS#1 v1.5 encryption padding (Bleichenbacher, Marvin)' : undefined,
    };
  }
  m = /^(ECDSA|ECDH)(?:-(P256|P384|P521|secp256k1))?$/.exec(name);
  if (m) {
    const c = m[2] ? CURVES[m[2]] : undefined;
    return { ...base, primitive: m[1] === 'ECDSA' ? 'signature' : 'key-agree', curve: c?.curve, classicalSecurityLevel: c?.classical, nistQuantumSecurityLevel: 0, oid: m[1] === 'ECDSA' ? '1.2.840.10045.2.1' : undefined, quantumVulnerable: true };
  }
  if (name === 'Ed25519') return { ...base, primitive: 'signature', curve: 'Ed25519', classicalSecurityLevel: 128, nistQuantumSecurityLevel: 0, oid: '1.3.101.112', quantumVulnerable: true };
  if (name === 'X25519') return { ...base, primitive: 'key-agree', curve: 'Curve25519', classicalSecurityLevel: 128, nistQuantumSecurityLevel: 0, oid: '1.3.101.110', quantumVulnerable: true };
  if (KEMS[name] !== undefined) return { ...base, primitive: 'kem', parameterSetIdentifier: name.slice(7), nistQuantumSecurityLevel: KEMS[name], classicalSecurityLevel: { 1: 128, 3: 192, 5: 256 }[KEMS[name]] };
  if (/^(DES|3DES|RC2|RC4|Blowfish|CAST5|IDEA)(-(CBC|ECB))?$/.test(name)) {
    const [alg, mode] = name.split('-');
    const bits = { DES: 56, '3DES': 112, RC2: 40, RC4: 0, Blowfish: 64, CAST5: 64, IDEA: 64 }[alg] ?? 0;
    return { ...base, primitive: alg === 'RC4' ? 'stream-cipher' : 'block-cipher', mode: mode ? (mode.toLowerCase() as Mode) : undefined, classicalSecurityLevel: bits, nistQuantumSecurityLevel: 0, weak: alg === 'RC4' ? 'biased keystream' : alg === 'DES' ? '56-bit key' : '64-bit block (Sweet32)' };
  }
  return { ...base, primitive: 'unknown' };
}

/** The algorithm a hash, block cipher or padding name in the code stands for, as the models say. */
export interface Mention {
  name: string;
  algorithm?: string;
  primitive?: string;
  padding?: string;
  mode?: string;
}

const MODE_MODULES: Record<string, string> = { cbc: 'CBC', ecb: 'ECB', ctr: 'CTR', cfb_mode: 'CFB', cfb8: 'CFB', ofb: 'OFB', block_modes: '' };
const CURVE_MODULES: Record<string, string> = { p256: 'P256', p384: 'P384', p521: 'P521', k256: 'secp256k1' };

/**
 * The algorithm of a use, as precisely as the code shows it: the model's algorithm refined by the
 * hash, cipher, padding, curve and size the call names (`Hmac<Sha256>` is HMAC-SHA-256,
 * `cbc::Encryptor<aes::Aes128>` AES-128-CBC, `RsaPrivateKey::new(rng, 2048)` RSA-2048).
 * Undefined when the code does not say which algorithm it is.
 */
export function algorithmName(u: { algorithm?: string; primitive?: string; kind: string; api: string; typeText: string; mentions: Mention[]; value?: { literal?: string }; module?: string }): string | undefined {
  const family = u.algorithm;
  const mention = (p: (m: Mention) => boolean) => u.mentions.find(p);
  const hash = mention((m) => m.primitive === 'hash' || (!m.primitive && !!m.algorithm && !!HASHES[m.algorithm]))?.algorithm;
  const cipher = mention((m) => m.primitive === 'block-cipher' && /^(AES|DES|3DES|RC2|Blowfish|CAST5|IDEA)/.test(m.algorithm ?? ''))?.algorithm;
  const exact = mention((m) => !m.primitive && !!m.algorithm && !HASHES[m.algorithm])?.algorithm;
  const aead = mention((m) => m.primitive === 'ae' && !/^(STREAM|AEAD)$/.test(m.algorithm ?? ''))?.algorithm;
  const padding = mention((m) => !!m.padding)?.padding;
  const words = ` ${u.typeText} `;
  if (!family) return undefined;
  switch (family) {
    case 'HMAC':
      return hash ? `HMAC-${hash}` : 'HMAC';
    case 'HKDF':
      return hash ? `HKDF-${hash}` : 'HKDF';
    case 'PBKDF2':
      return exact?.startsWith('PBKDF2') ? exact : hash ? `PBKDF2-HMAC-${hash}` : 'PBKDF2';
    case 'Argon2':
      return exact?.startsWith('Argon2') ? exact : 'Argon2id';
    case 'AES-GCM':
    case 'AES-GCM-SIV':
      // `AesGcm<Aes128, U12>`: the generic names the key size.
      return cipher?.startsWith('AES-') ? `${cipher}${family.slice(3)}` : family;
    case 'CMAC':
      return cipher ? `CMAC-${cipher}` : 'CMAC';
    case 'block mode':
    case 'CBC':
    case 'ECB':
    case 'OFB':
    case 'CFB':
    case 'AES-CTR': {
      const mode = family === 'block mode' || family === 'AES-CTR' ? (Object.entries(MODE_MODULES).find(([mod]) => new RegExp(`\\b${mod}::`).test(words))?.[1] || (family === 'AES-CTR' ? 'CTR' : '')) : family;
      if (!mode) return cipher;
      return `${cipher ?? (family === 'AES-CTR' ? 'AES' : 'block cipher')}-${mode}`;
    }
    case 'openssl cipher':
    case 'AEAD':
    case 'STREAM':
    case 'key':
    case 'JWT key':
      if (family === 'JWT key') return /secret/.test(u.api) ? 'JWT-HMAC' : undefined;
      return family === 'key' ? (aead ?? (exact && describe(exact).primitive !== 'unknown' ? exact : undefined)) : (exact ?? aead);
    case 'RSA': {
      const bits = u.kind === 'rsa-bits' && u.value?.literal ? Number(u.value.literal.replace(/_/g, '').replace(/u\d+$|usize$/, '')) : undefined;
      const scheme = padding === 'oaep' ? 'OAEP' : padding === 'pkcs1v15' ? 'PKCS1v15' : undefined;
      return ['RSA', bits && Number.isFinite(bits) ? String(bits) : undefined, scheme].filter(Boolean).join('-');
    }
    case 'ECDSA':
    case 'ECDH': {
      if (exact && exact.startsWith(family)) return exact;
      if (exact === 'X25519') return exact;
      const curve = u.module ? CURVE_MODULES[u.module] : undefined;
      return curve ? `${family}-${curve}` : family;
    }
    case 'CSPRNG':
    case 'nonce':
      return undefined;
    default:
      return family;
  }
}
