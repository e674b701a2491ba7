// The crate's README example pasted into `main`, as generated code ships it: a literal nonce,
// one message encrypted and decrypted back. It is not test code — it is the program — so the
// fixed nonce is critical, and the unwrap of a decryption of its own ciphertext says nothing.
use aes_gcm::aead::{Aead, KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Nonce};

fn main() {
    let key = Aes256Gcm::generate_key(&mut OsRng);
    let cipher = Aes256Gcm::new(&key);
    let nonce = Nonce::from_slice(b"unique nonce");
    let ciphertext = cipher.encrypt(nonce, b"plaintext message".as_ref()).unwrap(); // expect: constant-nonce(critical)
    let plaintext = cipher.decrypt(nonce, ciphertext.as_ref()).unwrap(); // ok: unchecked-result
    assert_eq!(&plaintext, b"plaintext message");
}
