// The crate's own types from another file, by their paths (its module is named `cipher`, like the RustCrypto crate): never cbc's Encryptor/Decryptor.
mod cipher;
use crate::cipher::Encryptor;

fn main() {
    let _a = Encryptor::new(b"report.pdf", &[0u8; 16]); // ok: constant-nonce, hardcoded-key
    let _b = cipher::Encryptor::new(b"report.pdf", &[0u8; 16]); // ok: constant-nonce, hardcoded-key
    let _c = crate::cipher::Decryptor::new(b"backup context", b"v1"); // ok: hardcoded-key
    // cbc's own, named by its crate, stays what it is.
    let key = std::fs::read("key.bin").unwrap();
    let _d = cbc::Encryptor::<aes::Aes128>::new_from_slices(&key, &[0u8; 16]); // expect: constant-nonce, broken-cipher(medium) "cbc::Encryptor::<aes::Aes128>::new_from_slices"
}
