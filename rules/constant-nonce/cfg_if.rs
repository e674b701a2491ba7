// Items inside `cfg_if::cfg_if!` (platform or feature selection) are code that ships: each branch is
// analyzed where it is written. A branch that only tests compile is test code.
use aes_gcm::aead::{Aead, KeyInit, OsRng};
use aes_gcm::{AeadCore, Aes256Gcm, Nonce};

cfg_if::cfg_if! {
    if #[cfg(all(target_arch = "x86_64", feature = "asm"))] {
        pub fn seal(cipher: &Aes256Gcm, msg: &[u8]) -> Vec<u8> {
            cipher.encrypt(Nonce::from_slice(b"unique nonce"), msg).unwrap_or_default() // expect: constant-nonce(critical)
        }
    } else if #[cfg(target_os = "windows")] {
        pub fn seal(cipher: &Aes256Gcm, msg: &[u8]) -> Vec<u8> {
            let nonce = [0u8; 12];
            cipher.encrypt(Nonce::from_slice(&nonce), msg).unwrap_or_default() // expect: constant-nonce(critical)
        }
    } else {
        pub fn seal(cipher: &Aes256Gcm, msg: &[u8]) -> Vec<u8> {
            let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
            let mut out = nonce.to_vec();
            out.extend(cipher.encrypt(&nonce, msg).unwrap_or_default()); // ok: constant-nonce
            out
        }
    }
}

// Nested, and with comments and braces in strings between the branches.
cfg_if::cfg_if! {
    if #[cfg(unix)] {
        cfg_if::cfg_if! {
            // "}" in a comment
            if #[cfg(target_os = "linux")] {
                pub fn label() -> &'static str { "{linux}" }
                pub fn seal_linux(cipher: &Aes256Gcm, msg: &[u8]) -> Vec<u8> {
                    cipher.encrypt(Nonce::from_slice(b"linux nonce!"), msg).unwrap_or_default() // expect: constant-nonce(critical)
                }
            }
        }
    }
}

// Test-only branches stay test code.
cfg_if::cfg_if! {
    if #[cfg(test)] {
        pub fn seal_for_tests(cipher: &Aes256Gcm, msg: &[u8]) -> Vec<u8> {
            cipher.encrypt(Nonce::from_slice(b"test vectors"), msg).unwrap_or_default() // ok: constant-nonce
        }
    } else {
        pub fn seal_fixed(cipher: &Aes256Gcm, msg: &[u8]) -> Vec<u8> {
            cipher.encrypt(Nonce::from_slice(b"fixed nonce!"), msg).unwrap_or_default() // expect: constant-nonce(critical)
        }
    }
}

pub fn make() -> Aes256Gcm {
    Aes256Gcm::new(&Aes256Gcm::generate_key(&mut OsRng))
}
