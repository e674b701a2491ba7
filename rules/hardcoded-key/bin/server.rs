// Any other binary is production code: full severity.
use aes_gcm::{aead::KeyInit, Aes256Gcm};

fn main() {
    let cipher = Aes256Gcm::new_from_slice(b"0123456789abcdef0123456789abcdef").unwrap(); // expect: hardcoded-key(critical) "Hard-coded key"
    let _ = cipher;
}
