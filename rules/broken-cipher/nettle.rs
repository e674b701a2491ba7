// nettle: `encrypt(dst, src)` of a bare block cipher runs it over the whole buffer, block by block (ECB);
// 3DES is broken wherever it is keyed.
use nettle::aead::{Aead, Gcm};
use nettle::cipher::{Aes256, Cipher, Des3, Twofish};

pub struct Vault {
    pub key: Option<String>,
    pub password: Option<String>,
}

pub fn seal(data: &[u8], vault: &Vault, key: &[u8; 32]) -> Vec<u8> {
    let mut one = vec![0u8; data.len()];
    let mut two = vec![0u8; data.len()];
    Twofish::with_encrypt_key(key).unwrap().encrypt(&mut one[..], data); // expect: broken-cipher "runs the bare block cipher over the whole buffer, block by block — that is ECB"
    Des3::with_encrypt_key(vault.password.clone().unwrap().as_bytes()) // expect: broken-cipher, weak-kdf "`Des3::with_encrypt_key"
        .unwrap()
        .encrypt(&mut two[..], &one);
    two
}

pub fn open(data: &[u8], vault: &Vault, key: &[u8; 32]) -> Vec<u8> {
    let mut one = vec![0u8; data.len()];
    let mut two = vec![0u8; data.len()];
    // The decrypting side of the same design: one finding each, at the encrypting side.
    Des3::with_decrypt_key(vault.password.clone().unwrap().as_bytes()).unwrap().decrypt(&mut one[..], data); // expect: broken-cipher "constructs 3DES"
    Twofish::with_decrypt_key(key).unwrap().decrypt(&mut two[..], &one); // ok: broken-cipher
    two
}

// --- correct code ---

pub fn seal_gcm(key: &[u8; 32], nonce: &[u8; 12], data: &[u8]) -> (Vec<u8>, [u8; 16]) {
    let mut gcm = Gcm::<Aes256>::with_key_and_nonce(key, nonce).unwrap();
    let mut out = vec![0u8; data.len()];
    gcm.encrypt(&mut out, data); // ok: broken-cipher
    let mut tag = [0u8; 16];
    gcm.digest(&mut tag);
    (out, tag)
}
