// The iteration count comes from a small helper with more than one constant answer: the weakest
// one a caller can get is what the key is worth.
use pbkdf2::pbkdf2_hmac;
use sha2::Sha256;

fn rounds(fast: bool) -> u32 {
    if fast {
        return 1_000;
    }
    2_000
}

fn strong_rounds(paranoid: bool) -> u32 {
    if paranoid {
        return 1_200_000;
    }
    600_000
}

pub fn derive(pw: &[u8], salt: &[u8], fast: bool) -> [u8; 32] {
    let mut key = [0u8; 32];
    pbkdf2_hmac::<Sha256>(pw, salt, rounds(fast), &mut key); // expect: weak-kdf-cost(medium) "1,000 iterations"
    key
}

// --- correct code ---

pub fn derive_strong(pw: &[u8], salt: &[u8], paranoid: bool) -> [u8; 32] {
    let mut key = [0u8; 32];
    pbkdf2_hmac::<Sha256>(pw, salt, strong_rounds(paranoid), &mut key); // ok: weak-kdf-cost
    key
}
