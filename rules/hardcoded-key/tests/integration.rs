// Files under tests/ are test code: findings there are reported at low severity.
use aes_gcm::{aead::KeyInit, Aes256Gcm};

const TEST_KEY: &[u8; 32] = b"test key test key test key test!"; // ok: hardcoded-key

#[test]
fn encrypts() {
    let cipher = Aes256Gcm::new_from_slice(TEST_KEY).unwrap(); // expect: hardcoded-key(low) "Hard-coded key"
    let _ = cipher;
}
