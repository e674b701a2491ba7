// The crate's README example pasted into `main`: a fresh key, a literal nonce, one message encrypted
// and decrypted back. Nothing leaves the function, so the fixed nonce is reported low, as in tests.
use aes_gcm::aead::{Aead, KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Nonce};

fn main() {
    let key = Aes256Gcm::generate_key(&mut OsRng);
    let cipher = Aes256Gcm::new(&key);
    let nonce = Nonce::from_slice(b"unique nonce");
    let ciphertext = cipher.encrypt(nonce, b"plaintext message".as_ref()).unwrap(); // expect: constant-nonce(low)
    let plaintext = cipher.decrypt(nonce, ciphertext.as_ref()).unwrap();
    assert_eq!(&plaintext, b"plaintext message");
}
