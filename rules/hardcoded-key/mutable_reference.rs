// A key made from literals is hard-coded however it is handed on, also through a `&mut` borrow.
use aes_gcm::aead::KeyInit;
use aes_gcm::{Aes256Gcm, Key};

pub fn through_a_mutable_reference() -> Aes256Gcm {
    let mut key = [7u8; 32];
    let k = &mut key;
    // One key, one finding: where its bytes enter (`Key::from_slice`), not again at `Aes256Gcm::new`.
    Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(k)) // expect: hardcoded-key(critical) "Hard-coded key: `k` reaches `Key::from_slice`. Anyone with t"
}
