// A crate that writes HKDF itself: no API model knows `hkdf_sha256`, but its name and its `ikm`
// parameter say that whatever reaches it is extracted in one pass.
use hmac::{Hmac, Mac};
use sha2::Sha256;

fn hmac_sha256(key: &[u8], data: &[u8]) -> [u8; 32] {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("any key length");
    mac.update(data);
    mac.finalize().into_bytes().into()
}

fn hkdf_sha256(salt: &[u8], ikm: &[u8], info: &[u8], okm: &mut [u8; 32]) {
    let prk = hmac_sha256(salt, ikm);
    let mut block = info.to_vec();
    block.push(1);
    okm.copy_from_slice(&hmac_sha256(&prk, &block));
}

pub fn key_from_passphrase(passphrase: &str) -> [u8; 32] {
    let mut okm = [0u8; 32];
    hkdf_sha256(b"app-v1", passphrase.as_bytes(), b"enc", &mut okm); // expect: weak-kdf "`hkdf_sha256`" "one HKDF pass"
    okm
}

// --- correct code: HKDF over a Diffie-Hellman secret ---

pub fn key_from_shared_secret(shared: &[u8; 32]) -> [u8; 32] {
    let mut okm = [0u8; 32];
    hkdf_sha256(b"app-v1", shared, b"enc", &mut okm); // ok: weak-kdf
    okm
}
