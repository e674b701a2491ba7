// A DH shared secret hashed together with a label (`[shared, INFO].concat()`) is key material run
// through a hash, as `Sha256::digest(shared.as_bytes())` is: no guessable password. A password
// concatenated with its salt is still one fast hash of a password.
use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Key};
use sha2::{Digest, Sha256};
use x25519_dalek::{EphemeralSecret, PublicKey, StaticSecret};

const INFO: &[u8] = b"sealbox v1 message key";

/// Encrypts `msg` to `recipient`: an ephemeral X25519 exchange, the shared secret hashed with a
/// label into the AES-256-GCM key.
pub fn seal(recipient: &PublicKey, msg: &[u8]) -> (PublicKey, Vec<u8>) {
    let eph = EphemeralSecret::random_from_rng(OsRng);
    let eph_pub = PublicKey::from(&eph);
    let shared_secret = eph.diffie_hellman(recipient);
    let key = Sha256::digest([shared_secret.as_bytes().as_slice(), INFO].concat());
    let cipher = Aes256Gcm::new(&key); // ok: weak-kdf
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    let ct = cipher.encrypt(&nonce, msg).expect("encrypt");
    (eph_pub, [nonce.as_slice(), &ct].concat())
}

pub fn open(me: &StaticSecret, eph_pub: &PublicKey, blob: &[u8]) -> Option<Vec<u8>> {
    if blob.len() < 12 {
        return None;
    }
    let shared = me.diffie_hellman(eph_pub);
    let key = Sha256::digest(&[INFO, shared.as_bytes()].concat());
    let cipher = Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(&key)); // ok: weak-kdf
    let (nonce, ct) = blob.split_at(12);
    cipher.decrypt(nonce.into(), ct).ok()
}

/// The same, the pieces joined with a separator.
pub fn joined(me: &StaticSecret, eph_pub: &PublicKey) -> Aes256Gcm {
    let shared_secret = me.diffie_hellman(eph_pub);
    let key = Sha256::digest([shared_secret.as_bytes().as_slice(), INFO].join(&b'|'));
    Aes256Gcm::new(&key) // ok: weak-kdf
}

pub fn from_password(password: &str, salt: &[u8]) -> Aes256Gcm {
    let key = Sha256::digest([password.as_bytes(), salt].concat());
    Aes256Gcm::new(&key) // expect: weak-kdf(high) "The key for `Aes256Gcm::new` is one fast hash of its input (`&key`)"
}
