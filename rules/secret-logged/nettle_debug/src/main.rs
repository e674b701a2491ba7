// A debug helper of the crate (in io.rs) given what nettle decrypted into a buffer, and what is about to be encrypted.
mod io;
use io::debug;
use nettle::cipher::{Cipher, Twofish};

fn open(key: &[u8; 32], data: &[u8]) -> Vec<u8> {
    let mut decrypted = vec![0u8; data.len()];
    Twofish::with_decrypt_key(key).unwrap().decrypt(&mut decrypted[..], data); // expect: broken-cipher "runs the bare block cipher over the whole buffer"
    debug(format!("{:?}", &decrypted[..]).as_str()); // expect: secret-logged "`decrypted` is the plaintext a decryption returned, written to the log by `debug`, which writes its argument out"
    debug(format!("{} bytes", decrypted.len()).as_str()); // ok: secret-logged
    decrypted
}

fn main() {
    let key: [u8; 32] = std::fs::read("key.bin").unwrap().try_into().unwrap();
    let _ = open(&key, &[0u8; 16]);
}
