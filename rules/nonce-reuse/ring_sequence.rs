// ring: a NonceSequence that never advances, and a nonce made once and sealed twice.
use ring::aead::{Aad, LessSafeKey, Nonce, NonceSequence, NONCE_LEN};
use ring::error::Unspecified;
use ring::rand::{SecureRandom, SystemRandom};

pub struct StuckSequence {
    bytes: [u8; NONCE_LEN],
}

impl StuckSequence {
    pub fn new(rng: &SystemRandom) -> Self {
        let mut bytes = [0u8; NONCE_LEN];
        rng.fill(&mut bytes).unwrap();
        StuckSequence { bytes }
    }
}

impl NonceSequence for StuckSequence {
    fn advance(&mut self) -> Result<Nonce, Unspecified> {
        Nonce::try_assume_unique_for_key(&self.bytes) // expect: nonce-reuse "Nonce `&self.bytes` comes from the field `bytes`, which nothing ever advances"
    }
}

pub fn seal_many(key: &LessSafeKey, rng: &SystemRandom, records: &mut [Vec<u8>]) {
    let mut nonce_bytes = [0u8; NONCE_LEN];
    rng.fill(&mut nonce_bytes).unwrap();
    for record in records.iter_mut() {
        let nonce = Nonce::assume_unique_for_key(nonce_bytes);
        key.seal_in_place_append_tag(nonce, Aad::empty(), record).unwrap(); // expect: nonce-reuse "Nonce `nonce` is made once (line 25) outside the loop at line 27 and used by `seal_in_place_append_tag` on every iteration"
    }
}

// --- correct code ---

pub fn seal_each_with_fresh_nonce(key: &LessSafeKey, rng: &SystemRandom, records: &mut [Vec<u8>]) {
    for record in records.iter_mut() {
        let mut nonce_bytes = [0u8; NONCE_LEN];
        rng.fill(&mut nonce_bytes).unwrap();
        let nonce = Nonce::assume_unique_for_key(nonce_bytes);
        key.seal_in_place_append_tag(nonce, Aad::empty(), record).unwrap(); // ok: nonce-reuse
    }
}

// The sequence hands out what a getter returns, and nothing counts up.
pub struct FixedSequence {
    nonce_bytes: [u8; NONCE_LEN],
}

impl FixedSequence {
    fn current(&self) -> [u8; NONCE_LEN] {
        self.nonce_bytes
    }
}

impl NonceSequence for FixedSequence {
    fn advance(&mut self) -> Result<Nonce, Unspecified> {
        let nonce = Nonce::assume_unique_for_key(self.current()); // expect: nonce-reuse "returns a nonce without changing anything"
        Ok(nonce)
    }
}

// --- correct code ---

pub struct CountingSequence {
    counter: u64,
}

impl NonceSequence for CountingSequence {
    fn advance(&mut self) -> Result<Nonce, Unspecified> {
        let mut bytes = [0u8; NONCE_LEN];
        bytes[4..].copy_from_slice(&self.counter.to_be_bytes());
        self.counter = self.counter.checked_add(1).ok_or(Unspecified)?;
        Ok(Nonce::assume_unique_for_key(bytes)) // ok: nonce-reuse
    }
}
