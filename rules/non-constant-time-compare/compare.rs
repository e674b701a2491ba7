// Tags, MACs and secrets compared with `==`.
use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

pub fn verify_tag(computed_tag: &[u8], expected_tag: &[u8]) -> bool {
    computed_tag == expected_tag // expect: non-constant-time-compare "`computed_tag == expected_tag` compares secret bytes with `==`, which stops at the first d"
}

pub fn verify_mac(key: &[u8], data: &[u8], received: &[u8]) -> bool {
    let mut mac = HmacSha256::new_from_slice(key).unwrap();
    mac.update(data);
    mac.finalize().into_bytes().as_slice() == received // expect: non-constant-time-compare "`mac.finalize().into_bytes().as_slice() == received` compares secret bytes with `==`, whic"
}

pub fn check_signature(signature: &[u8; 64], provided: &[u8; 64]) -> bool {
    if signature != provided { // expect: non-constant-time-compare "`signature != provided` compares secret bytes with `!=`, which stops at the first differin"
        return false;
    }
    true
}

pub fn api_token_ok(api_token: &str, header: &str) -> bool {
    header == api_token // expect: non-constant-time-compare "`header == api_token` compares secret bytes with `==`, which stops at the first differing"
}

// --- correct code ---

pub fn verify_tag_ct(computed_tag: &[u8], expected_tag: &[u8]) -> bool {
    use subtle::ConstantTimeEq;
    computed_tag.ct_eq(expected_tag).into() // ok: non-constant-time-compare
}

pub fn tag_length_ok(tag: &[u8]) -> bool {
    tag.len() == 16 // ok: non-constant-time-compare
}

pub fn same_algorithm(digest_name: &str, other: &str) -> bool {
    digest_name == other // ok: non-constant-time-compare
}

pub fn verify_mac_properly(key: &[u8], data: &[u8], received: &[u8]) -> bool {
    let mut mac = HmacSha256::new_from_slice(key).unwrap();
    mac.update(data);
    mac.verify_slice(received).is_ok() // ok: non-constant-time-compare
}

// Secrets compared where no crypto crate is imported: API keys, stored password hashes, signatures.
pub fn api_key_guard(header: Option<&str>, api_key: &str) -> bool {
    match header {
        Some(auth) => auth == api_key, // expect: non-constant-time-compare "`auth == api_key` compares secret bytes with `==`, which stops at the first differing byte"
        None => false,
    }
}

pub fn login(stored: &StoredUser, password: &str) -> bool {
    stored.pwd_hash == hash_pwd(password) // expect: non-constant-time-compare "`stored.pwd_hash == hash_pwd(password)` compares secret bytes with `==`, which stops at th"
}

pub fn check_signature(provided_sign: &str, expected_sign: &str) -> bool {
    provided_sign.eq(expected_sign) // expect: non-constant-time-compare ".eq()"
}

pub struct StoredUser {
    pub pwd_hash: String,
}

fn hash_pwd(p: &str) -> String {
    p.to_string()
}

// A sign-up form comparing the password with its confirmation compares two inputs of one user.
pub fn passwords_match(password: &str, password_confirm: &str) -> bool {
    password == password_confirm // ok: non-constant-time-compare
}

// A map key or a content digest header is not a secret.
pub fn same_entry(key: &str, other: &str, digest_header: &str, body_digest: &str) -> bool {
    key == other && digest_header == body_digest // ok: non-constant-time-compare
}

// Outside crypto code `tag`, `sign` and `mac` are ELF tags, float sign bits and macros; a compare
// with a known constant is not a secret compare; field-wise equality of a data type is not either.
pub fn elf_tag(tag: u32) -> bool {
    tag == DT_NULL // ok: non-constant-time-compare
}

const DT_NULL: u32 = 0;

pub struct Item {
    mac: u8,
}

impl PartialEq for Item {
    fn eq(&self, other: &Self) -> bool {
        self.mac == other.mac // ok: non-constant-time-compare
    }
}

pub struct Limits {
    pub upload_pass: Option<String>,
}

// The configured password, bound to a short name, compared with `==`.
pub fn upload_allowed(limits: &Limits, given: Option<String>) -> bool {
    if let Some(pass) = limits.upload_pass.clone() {
        if let Some(upass) = given {
            return upass == pass; // expect: non-constant-time-compare
        }
        return false;
    }
    true
}

pub fn same_name(wanted: Option<String>, name: &str) -> bool {
    if let Some(display_name) = wanted {
        return display_name == name; // ok: non-constant-time-compare
    }
    false
}
