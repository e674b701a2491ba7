// A nonce field that some method advances (by any of the ways a counter or buffer is changed in
// place) is a new nonce per message, not a reused one.
use aes_gcm::aead::{Aead, KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Nonce};

fn bump(n: &mut [u8; 12]) {
    n[11] = n[11].wrapping_add(1);
}

pub struct Counted {
    c: Aes256Gcm,
    iv_counted: [u8; 12],
}

impl Counted {
    pub fn seal(&mut self, m: &[u8], next: [u8; 12]) -> Vec<u8> {
        let _ = next;
        self.iv_counted.increment_be();
        self.c.encrypt(Nonce::from_slice(&self.iv_counted), m).unwrap_or_default() // ok: nonce-reuse
    }
}

pub struct Filled {
    c: Aes256Gcm,
    iv_filled: [u8; 12],
}

impl Filled {
    pub fn seal(&mut self, m: &[u8], next: [u8; 12]) -> Vec<u8> {
        let _ = next;
        self.iv_filled.fill_random(&mut OsRng);
        self.c.encrypt(Nonce::from_slice(&self.iv_filled), m).unwrap_or_default() // ok: nonce-reuse
    }
}

pub struct Copied {
    c: Aes256Gcm,
    iv_copied: [u8; 12],
}

impl Copied {
    pub fn seal(&mut self, m: &[u8], next: [u8; 12]) -> Vec<u8> {
        let _ = next;
        self.iv_copied.clone_from_slice(&next);
        self.c.encrypt(Nonce::from_slice(&self.iv_copied), m).unwrap_or_default() // ok: nonce-reuse
    }
}

pub struct Stepped {
    c: Aes256Gcm,
    iv_stepped: [u8; 12],
}

impl Stepped {
    pub fn seal(&mut self, m: &[u8], next: [u8; 12]) -> Vec<u8> {
        let _ = next;
        self.iv_stepped.iter_mut().for_each(|b| *b = b.wrapping_add(1));
        self.c.encrypt(Nonce::from_slice(&self.iv_stepped), m).unwrap_or_default() // ok: nonce-reuse
    }
}

pub struct Viewed {
    c: Aes256Gcm,
    iv_viewed: [u8; 12],
}

impl Viewed {
    pub fn seal(&mut self, m: &[u8], next: [u8; 12]) -> Vec<u8> {
        let _ = next;
        self.iv_viewed.as_mut_slice()[11] ^= 1;
        self.c.encrypt(Nonce::from_slice(&self.iv_viewed), m).unwrap_or_default() // ok: nonce-reuse
    }
}

pub struct Added {
    c: Aes256Gcm,
    iv_added: [u8; 12],
}

impl Added {
    pub fn seal(&mut self, m: &[u8], next: [u8; 12]) -> Vec<u8> {
        let _ = next;
        self.iv_added.checked_add_assign(1);
        self.c.encrypt(Nonce::from_slice(&self.iv_added), m).unwrap_or_default() // ok: nonce-reuse
    }
}

pub struct Advanced {
    c: Aes256Gcm,
    iv_advanced: [u8; 12],
}

impl Advanced {
    pub fn seal(&mut self, m: &[u8], next: [u8; 12]) -> Vec<u8> {
        let _ = next;
        self.iv_advanced.advance_by(1);
        self.c.encrypt(Nonce::from_slice(&self.iv_advanced), m).unwrap_or_default() // ok: nonce-reuse
    }
}

pub struct Swapped {
    c: Aes256Gcm,
    iv_swapped: [u8; 12],
}

impl Swapped {
    pub fn seal(&mut self, m: &[u8], next: [u8; 12]) -> Vec<u8> {
        let _ = next;
        self.iv_swapped.swap(0, 11);
        self.c.encrypt(Nonce::from_slice(&self.iv_swapped), m).unwrap_or_default() // ok: nonce-reuse
    }
}

pub struct Replaced {
    c: Aes256Gcm,
    iv_replaced: [u8; 12],
}

impl Replaced {
    pub fn seal(&mut self, m: &[u8], next: [u8; 12]) -> Vec<u8> {
        let _ = next;
        self.iv_replaced.replace(next);
        self.c.encrypt(Nonce::from_slice(&self.iv_replaced), m).unwrap_or_default() // ok: nonce-reuse
    }
}

pub struct Taken {
    c: Aes256Gcm,
    iv_taken: [u8; 12],
}

impl Taken {
    pub fn seal(&mut self, m: &[u8], next: [u8; 12]) -> Vec<u8> {
        let _ = next;
        let _old = self.iv_taken.take();
        self.c.encrypt(Nonce::from_slice(&self.iv_taken), m).unwrap_or_default() // ok: nonce-reuse
    }
}

pub struct Set {
    c: Aes256Gcm,
    iv_set: [u8; 12],
}

impl Set {
    pub fn seal(&mut self, m: &[u8], next: [u8; 12]) -> Vec<u8> {
        let _ = next;
        self.iv_set.set_counter(7);
        self.c.encrypt(Nonce::from_slice(&self.iv_set), m).unwrap_or_default() // ok: nonce-reuse
    }
}

pub struct Fetched {
    c: Aes256Gcm,
    iv_fetched: [u8; 12],
}

impl Fetched {
    pub fn seal(&mut self, m: &[u8], next: [u8; 12]) -> Vec<u8> {
        let _ = next;
        self.iv_fetched.fetch_add(1);
        self.c.encrypt(Nonce::from_slice(&self.iv_fetched), m).unwrap_or_default() // ok: nonce-reuse
    }
}

pub struct Updated {
    c: Aes256Gcm,
    iv_updated: [u8; 12],
}

impl Updated {
    pub fn seal(&mut self, m: &[u8], next: [u8; 12]) -> Vec<u8> {
        let _ = next;
        self.iv_updated.fetch_update(|n| n + 1);
        self.c.encrypt(Nonce::from_slice(&self.iv_updated), m).unwrap_or_default() // ok: nonce-reuse
    }
}

pub struct Helper {
    c: Aes256Gcm,
    iv_helper: [u8; 12],
}

impl Helper {
    pub fn seal(&mut self, m: &[u8], next: [u8; 12]) -> Vec<u8> {
        let _ = next;
        bump(&mut self.iv_helper);
        self.c.encrypt(Nonce::from_slice(&self.iv_helper), m).unwrap_or_default() // ok: nonce-reuse
    }
}

pub struct Nexted {
    c: Aes256Gcm,
    iv_nexted: [u8; 12],
}

impl Nexted {
    pub fn seal(&mut self, m: &[u8], next: [u8; 12]) -> Vec<u8> {
        let _ = next;
        let _ = self.iv_nexted.next_nonce();
        self.c.encrypt(Nonce::from_slice(&self.iv_nexted), m).unwrap_or_default() // ok: nonce-reuse
    }
}

// --- a field nothing advances ---

pub struct Stuck {
    c: Aes256Gcm,
    iv_stuck: [u8; 12],
}

impl Stuck {
    pub fn seal(&mut self, m: &[u8], next: [u8; 12]) -> Vec<u8> {
        let _copy = self.iv_stuck.clone();
        let _ = next;
        self.c.encrypt(Nonce::from_slice(&self.iv_stuck), m).unwrap_or_default() // expect: nonce-reuse(critical) "Nonce `Nonce::from_slice(&self.iv_stuck)` comes from the field `iv_stuck`, which nothing ever advanc"
    }
}

// Copied from itself into the next value: still never advanced (and the resolver stops following
// a field that is made from itself).
pub struct Relay {
    c: Aes256Gcm,
    iv_relayed: [u8; 12],
}

impl Relay {
    pub fn forward(&self) -> Relay {
        Relay { c: self.c.clone(), iv_relayed: self.iv_relayed }
    }
    pub fn seal(&self, m: &[u8]) -> Vec<u8> {
        self.c.encrypt(Nonce::from_slice(&self.iv_relayed), m).unwrap_or_default() // expect: nonce-reuse(critical) "comes from the field `iv_relayed`, which nothing ever advances"
    }
}
