// Which constant names say "secret": every word the analyzer reads as one, and the words that say
// the constant is *about* a key (its length, name, header, format, …) without holding it.

// Secret words and qualified tokens: the literal is the secret.
pub const DB_PASSWD: &str = "hunter2hunter2"; // expect: hardcoded-key(high) "Secret-named const `DB_PASSWD`"
pub const SERVER_PRIVKEY: &str = "MC4CAQAwBQYDK2VwBCIEIFdp"; // expect: hardcoded-key(high) "Secret-named const `SERVER_PRIVKEY` holds a literal value (`\"MC4CAQAwBQYDK2VwBCIEIFdp\"`)"
pub const WIFI_PSK: &str = "correct horse battery"; // expect: hardcoded-key(high) "Secret-named const `WIFI_PSK` holds a literal value (`\"correct horse battery\"`)"
pub const WALLET_SEED: &str = "abandon abandon ability"; // expect: hardcoded-key(high) "Secret-named const `WALLET_SEED` holds a literal value (`\"abandon abandon ability\"`)"
pub const AUTH_TOKEN: &str = "tok_9f8e7d6c5b4a"; // expect: hardcoded-key(high) "Secret-named const `AUTH_TOKEN` holds a literal value (`\"tok_9f8e7d6c5b4a\"`)"
pub const ACCESS_TOKEN: &str = "ghp_16C7e42F292c6912E7710c8"; // expect: hardcoded-key(high) "Secret-named const `ACCESS_TOKEN` holds a literal value (`\"ghp_16C7e42F292c6912E7710c8\"`)"
pub const BEARER_TOKEN: &str = "eyJhbGciOiJIUzI1NiJ9"; // expect: hardcoded-key(high) "Secret-named const `BEARER_TOKEN` holds a literal value (`\"eyJhbGciOiJIUzI1NiJ9\"`)"
pub const REFRESH_TOKEN: &str = "rt_0a1b2c3d4e5f"; // expect: hardcoded-key(high) "Secret-named const `REFRESH_TOKEN` holds a literal value (`\"rt_0a1b2c3d4e5f\"`)"
pub const SESSION_TOKEN: &str = "sess_77aa88bb99cc"; // expect: hardcoded-key(high) "Secret-named const `SESSION_TOKEN` holds a literal value (`\"sess_77aa88bb99cc\"`)"
#[allow(non_upper_case_globals)]
pub static signingKey: &[u8] = b"camel-case signing key bytes"; // expect: hardcoded-key(high) "`signingKey`"

// --- correct code ---

// A token without a qualifier, or at the start of the name, is a parser's token.
pub const NEXT_TOKEN: &str = "->"; // ok: hardcoded-key
pub const TOKEN_SEPARATOR: &str = "::"; // ok: hardcoded-key
pub const GREETING: &str = "hello, world"; // ok: hardcoded-key
// An access key *id* is an identifier; its secret is the secret key.
pub const AWS_ACCESS_KEY: &str = "AKIAIOSFODNN7EXAMPLE"; // ok: hardcoded-key

// Constants about keys and secrets, one word each that says so.
pub const SECRET_LENGTH_HINT: &str = "32 bytes"; // ok: hardcoded-key
pub const KEY_BITS_TEXT: &str = "256 bit"; // ok: hardcoded-key
pub const API_KEY_IDS: &str = "k1,k2,k3"; // ok: hardcoded-key
pub const SECRET_NAME: &str = "prod/db"; // ok: hardcoded-key
pub const KEY_NAMES: &str = "primary,backup"; // ok: hardcoded-key
pub const KEY_PATH: &str = "/etc/app/data.pem"; // ok: hardcoded-key
pub const SECRET_FILE: &str = "secret.txt"; // ok: hardcoded-key
pub const SECRET_KEY_ENV: &str = "APP_SECRET_KEY"; // ok: hardcoded-key
pub const KEY_VAR: &str = "APP_KEY"; // ok: hardcoded-key
pub const KEY_PREFIX: &str = "sk_live_"; // ok: hardcoded-key
pub const KEY_SUFFIX: &str = ".key"; // ok: hardcoded-key
pub const SECRET_FIELD: &str = "client_secret"; // ok: hardcoded-key
pub const KEY_TYPE: &str = "ed25519"; // ok: hardcoded-key
pub const KEY_KIND: &str = "symmetric"; // ok: hardcoded-key
pub const KEY_COUNT: &str = "three"; // ok: hardcoded-key
pub const SECRET_URL: &str = "https://vault.example/v1/secret"; // ok: hardcoded-key
pub const KEY_PARAM: &str = "api_key"; // ok: hardcoded-key
pub const PUB_KEY: &str = "MCowBQYDK2VwAyEAGb9ECWmEzf6F"; // ok: hardcoded-key
pub const SIGNING_KEY_PUBKEY: &str = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5"; // ok: hardcoded-key
pub const KEY_LABEL: &str = "backup key"; // ok: hardcoded-key
pub const KEY_INDEX: &str = "slot-2"; // ok: hardcoded-key
pub const SECRET_IDX: &str = "slot-0"; // ok: hardcoded-key
pub const KEY_OFFSET: &str = "0x40"; // ok: hardcoded-key
pub const KEY_FORMAT: &str = "pkcs8"; // ok: hardcoded-key
pub const KEY_FMT: &str = "pem"; // ok: hardcoded-key
pub const KEY_INFO: &[u8] = b"app v1 encryption"; // ok: hardcoded-key
pub const KEY_ALG: &str = "A256GCM"; // ok: hardcoded-key
pub const KEY_ALGORITHM: &str = "AES-256-GCM"; // ok: hardcoded-key
pub const KEY_USAGE: &str = "encrypt,decrypt"; // ok: hardcoded-key
pub const SECRET_TAG: &str = "v1"; // ok: hardcoded-key
pub const KEY_HASH: &str = "sha256:9f86d081884c7d65"; // ok: hardcoded-key
pub const PASSWORD_POLICY: &str = "min 12 chars"; // ok: hardcoded-key
pub const KEY_MODE: &str = "0600"; // ok: hardcoded-key
pub const KEY_VERSION: &str = "v2"; // ok: hardcoded-key
pub const SECRET_REGEX: &str = r"sk_[a-z0-9]{32}"; // ok: hardcoded-key
pub const SECRET_PATTERN: &str = "sk_*"; // ok: hardcoded-key
pub const PASSWORD_COLUMN: &str = "password_digest"; // ok: hardcoded-key
pub const KEY_TABLE: &str = "api_keys"; // ok: hardcoded-key
pub const PASSWORD_MIN: &str = "12"; // ok: hardcoded-key
pub const PASSWORD_MAX: &str = "128"; // ok: hardcoded-key
pub const KEY_HEIGHT: &str = "48px"; // ok: hardcoded-key
pub const KEY_PAD: &str = "===="; // ok: hardcoded-key
pub const KEY_PADDING: &str = "pkcs7"; // ok: hardcoded-key
pub const SECRET_CODE: &str = "E_SECRET_MISSING"; // ok: hardcoded-key
pub const KEY_EVENT: &str = "key.rotated"; // ok: hardcoded-key
pub const KEY_BIND: &str = "ctrl+k"; // ok: hardcoded-key
pub const KEY_BINDING: &str = "ctrl+shift+k"; // ok: hardcoded-key
pub const KEY_MAP: &str = "vim"; // ok: hardcoded-key
pub const KEY_CACHE: &str = "/var/cache/keys"; // ok: hardcoded-key
pub const KEY_STORE: &str = "/etc/keystore"; // ok: hardcoded-key
pub const KEY_SCHEDULE: &str = "daily"; // ok: hardcoded-key
