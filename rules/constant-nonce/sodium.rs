// libsodium's secretbox through sodiumoxide: the nonce and the key are arguments of every seal.
use sodiumoxide::crypto::secretbox;

pub fn seal_fixed(key: &secretbox::Key, msg: &[u8]) -> Vec<u8> {
    let nonce = secretbox::Nonce([0u8; 24]);
    secretbox::seal(msg, &nonce, key) // expect: constant-nonce "Constant nonce `&nonce` (= `[0u8; 24]`) passed to `secretbox::seal`"
}

pub fn seal_random(key: &secretbox::Key, msg: &[u8]) -> (secretbox::Nonce, Vec<u8>) {
    let nonce = secretbox::gen_nonce();
    let ct = secretbox::seal(msg, &nonce, key); // ok: constant-nonce
    (nonce, ct)
}

pub fn literal_key(msg: &[u8], nonce: &secretbox::Nonce) -> Vec<u8> {
    let key = secretbox::Key(*b"0123456789abcdef0123456789abcdef");
    secretbox::seal(msg, nonce, &key) // expect: hardcoded-key "Hard-coded key"
}

pub fn orion_literal_key(msg: &[u8]) -> Vec<u8> {
    let key = orion::aead::SecretKey::from_slice(b"an orion key of thirty-two bytes").unwrap(); // expect: hardcoded-key "Hard-coded key"
    orion::aead::seal(&key, msg).unwrap_or_default()
}
