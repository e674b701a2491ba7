// A `hash` brought in by a glob from the crate's own module is the crate's function, not BLAKE3's:
// a file that uses sha2 does not make every bare `hash(..)` a BLAKE3 pass.
use sha2::{Digest, Sha256};

use crate::passwords::*;

pub fn register(password: &str) -> String {
    let stored = hash(password); // ok: weak-password-hash
    stored
}

pub fn checksum(data: &[u8]) -> String {
    hex::encode(Sha256::digest(data)) // ok: weak-password-hash
}
