// Keys written in the source, reached through the forms a `use` declaration takes: a renamed
// import, a nested list with `self`, a glob (also of a free function), a renamed module, a leading `::`, an extern crate
// under another name.
use aes_gcm::{aead::{self, KeyInit}, Aes256Gcm as Gcm};
use chacha20poly1305::*;
use ring::aead as ring_aead;
use ::hmac::{Hmac, Mac};
use sha2::{Sha256, Sha512 as _};
extern crate aes_siv as siv;

pub fn renamed() -> Gcm {
    Gcm::new_from_slice(b"0123456789abcdef0123456789abcdef").unwrap() // expect: hardcoded-key(critical) "Hard-coded key: `b\"0123456789abcdef0123456789abcdef\"` reaches `Aes256Gcm::new_from_slice`."
}

pub fn through_a_module_self(k: &aead::Key<Gcm>) -> Gcm {
    Gcm::new(k)
}

pub fn globbed() -> ChaCha20Poly1305 {
    ChaCha20Poly1305::new_from_slice(b"0123456789abcdef0123456789abcdef").unwrap() // expect: hardcoded-key(critical) "Hard-coded key: `b\"0123456789abcdef0123456789abcdef\"` reaches `ChaCha20Poly1305::new_from_slice`."
}

pub fn renamed_module() -> ring_aead::UnboundKey {
    ring_aead::UnboundKey::new(&ring_aead::AES_256_GCM, b"0123456789abcdef0123456789abcdef").unwrap() // expect: hardcoded-key(critical) "Hard-coded key: `b\"0123456789abcdef0123456789abcdef\"` reaches `UnboundKey::new`."
}

pub fn leading_colons() -> Hmac<Sha256> {
    Hmac::<Sha256>::new_from_slice(b"0123456789abcdef0123456789abcdef").unwrap() // expect: hardcoded-key(critical) "Hard-coded key: `b\"0123456789abcdef0123456789abcdef\"` reaches `Hmac::new_from_slice`."
}

pub fn extern_crate_alias() -> siv::Aes256SivAead {
    siv::Aes256SivAead::new_from_slice(b"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef").unwrap() // expect: hardcoded-key(critical) "Hard-coded key: `b\"0123456789abcdef0123456789abcdef0123456789abcdef012345678…` reaches `Aes256SivAead::new_from_slice`."
}

pub fn qualified() -> Gcm {
    <Gcm as KeyInit>::new_from_slice(b"0123456789abcdef0123456789abcdef").unwrap() // expect: hardcoded-key(critical) "Hard-coded key: `b\"0123456789abcdef0123456789abcdef\"` reaches `Aes256Gcm::new_from_slice`."
}

pub fn turbofish_key() -> Gcm {
    let key = aes_gcm::Key::<Gcm>::from_slice(b"0123456789abcdef0123456789abcdef"); // expect: hardcoded-key(critical) "Hard-coded key: `b\"0123456789abcdef0123456789abcdef\"` reaches `Key::from_slice`."
    Gcm::new(key)
}

pub fn free_function_through_a_glob(password: &[u8]) -> [u8; 32] {
    use pbkdf2::*;
    let mut out = [0u8; 32];
    pbkdf2_hmac::<sha2::Sha256>(password, b"fixed salt value", 1_000, &mut out); // expect: weak-kdf(medium) "Constant salt `b\"fixed salt value\"` passed to `pbkdf2::pbkdf2_hmac`: t", weak-kdf-cost(medium) "PBKDF2-HMAC-SHA256 with 1,000 iterations (`1_000`): OWASP recommends a"
    out
}

// --- correct code ---

mod labels {
    pub struct Tag(pub Vec<u8>);
    impl Tag {
        pub fn new_from_slice(b: &[u8]) -> Option<Self> {
            Some(Tag(b.to_vec()))
        }
    }
}
use labels::Tag as Label;
use self::labels::Tag;

pub fn own_type_renamed() -> Option<Label> {
    Label::new_from_slice(b"0123456789abcdef0123456789abcdef") // ok: hardcoded-key
}

pub fn own_type_by_self_path() -> Option<Tag> {
    Tag::new_from_slice(b"0123456789abcdef0123456789abcdef") // ok: hardcoded-key
}

// A secret-named const used by a path (`self::MASTER_KEY`) is reported where it reaches the cipher,
// once, not again as a secret-named constant.
const MASTER_KEY: [u8; 32] = *b"master-key-master-key-master-key";

pub fn by_a_path() -> Gcm {
    Gcm::new_from_slice(&self::MASTER_KEY).unwrap() // expect: hardcoded-key(critical) "Hard-coded key: `&self::MASTER_KEY` reaches `Aes256Gcm::new_from_slice`. Anyone with the s"
}
