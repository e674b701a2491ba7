mod keys;
mod seal;

use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng};
use aes_gcm::Aes256Gcm;
use hmac::{Hmac, Mac};
use sha2::Sha256;

fn main() {
    let phrase = std::env::args().nth(1).expect("a key phrase");
    let data = std::fs::read("plain.txt").expect("read");

    // The phrase's one SHA-256 becomes the AES key: reported at `key_from_phrase`, once for both calls.
    let key = keys::key_from_phrase(&phrase);
    let sealed = seal::seal_file(&data, key);
    let again = seal::seal_file(&sealed, keys::key_from_phrase(&phrase));

    // Keyed with the hash where it is made: reported at `file_key`.
    let cipher = Aes256Gcm::new_from_slice(&keys::file_key(&phrase)).expect("32 bytes");
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    let _n = cipher.encrypt(&nonce, data.as_slice());
    // A checksum keying an HMAC directly: no cipher key.
    let _m = Hmac::<Sha256>::new_from_slice(&keys::checksum(&data)).expect("any length");

    // A checksum stored, and a hash keying an HMAC: no cipher key, nothing to report.
    seal::store_checksum(keys::checksum(&again));
    let _t = seal::tag(&again, &keys::mac_key("v1"));
}
