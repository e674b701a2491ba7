// A binary that says it is a demo (src/bin/demo*.rs, test*.rs, example*.rs): reported at low severity.
use aes_gcm::{aead::KeyInit, Aes256Gcm};

fn main() {
    let cipher = Aes256Gcm::new_from_slice(b"0123456789abcdef0123456789abcdef").unwrap(); // expect: hardcoded-key(low) "Hard-coded key"
    let _ = cipher;
}
