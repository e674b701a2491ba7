// How the call is written does not hide it: nested generics in a turbofish, a comment or a string
// with a parenthesis among the arguments.
use hmac::Hmac;
use sha2::Sha256;

pub fn nested_turbofish(password: &[u8], salt: &[u8]) -> [u8; 32] {
    let mut key = [0u8; 32];
    pbkdf2::pbkdf2::<Hmac<Sha256>>(password, salt, 1_000, &mut key).unwrap(); // expect: weak-kdf-cost "PBKDF2-HMAC-SHA256 with 1,000 iterations (`1_000`)"
    key
}

pub fn commented(password: &[u8], salt: &[u8]) -> [u8; 32] {
    let mut key = [0u8; 32];
    pbkdf2::pbkdf2::<Hmac<Sha256>>(password, salt, /* legacy count (v1 */ 2_000, &mut key).unwrap(); // expect: weak-kdf-cost "with 2,000 iterations"
    key
}

pub fn salt_with_parenthesis(password: &[u8]) -> [u8; 32] {
    pbkdf2::pbkdf2_hmac_array::<Sha256, 32>(password, b"app(v2", 3_000) // expect: weak-kdf-cost "with 3,000 iterations", weak-kdf
}

// A function held in a field, called through parentheses: no name to read before the arguments.
pub struct Hasher {
    derive: fn(&[u8]) -> [u8; 32],
}

pub fn via_field(h: &Hasher, password: &[u8]) -> [u8; 32] {
    (h.derive)(password) // ok: weak-kdf-cost
}
