// A secret goes into a fast hash by reference, through a field, or as a slice of it.
use sha1::{Digest, Sha1};

pub struct Signer {
    signing_key: Vec<u8>,
}

impl Signer {
    pub fn key_id(&self) -> Vec<u8> {
        let mut h = Sha1::new(); // expect: weak-hash(high) "SHA-1 of `&self.signing_key`: SHA-1 has practical collision attacks and is fast"
        h.update(&self.signing_key);
        h.finalize().to_vec()
    }
}

pub fn short_id(secret_key: &[u8]) -> String {
    format!("{:x}", md5::compute(&secret_key[..8])) // expect: weak-hash(high) "MD5 of `&secret_key[..8]`: MD5 has practical collision attacks"
}

pub fn etag(body: &[u8]) -> Vec<u8> {
    let mut h = Sha1::new(); // expect: weak-hash(low) "`Sha1::new()` uses SHA-1, which has practical collision attacks: fine for checksums"
    h.update(&body[..]);
    h.finalize().to_vec()
}
