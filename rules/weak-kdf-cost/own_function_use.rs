// The crate's own `pbkdf2_hmac` (its module `pbkdf2`), brought in by `use crate::…`, is that function, not the pbkdf2
// crate's, just as when it is called by its path: what it does with the count is in its own body.
// The pbkdf2 crate's, by its path `::pbkdf2::…` in the same file, is reported.
use crate::pbkdf2::pbkdf2_hmac;
use sha2::Sha256;

pub fn derive_own(password: &[u8], salt: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    pbkdf2_hmac(password, salt, 1000, &mut out); // ok: weak-kdf-cost
    out
}

pub fn derive_own_by_path(password: &[u8], salt: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    crate::pbkdf2::pbkdf2_hmac(password, salt, 1000, &mut out); // ok: weak-kdf-cost
    out
}

pub fn derive_library(password: &[u8], salt: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    ::pbkdf2::pbkdf2_hmac::<Sha256>(password, salt, 1000, &mut out); // expect: weak-kdf-cost(medium) "1,000 iterations"
    out
}
