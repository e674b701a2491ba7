// A key schedule written by hand in a file that never spells the cipher as a crate would: the
// type is `Arc4State` (a CamelCase name) and nothing else in the file says which cipher it is.
pub struct Arc4State {
    s: [u8; 256],
    i: u8,
    j: u8,
}

impl Arc4State {
    pub fn new(key: &[u8]) -> Self { // expect: broken-cipher "hand-written RC4"
        let mut s = [0u8; 256];
        for (i, x) in s.iter_mut().enumerate() {
            *x = i as u8;
        }
        let mut j: u8 = 0;
        for i in 0..256 {
            j = j.wrapping_add(s[i]).wrapping_add(key[i % key.len()]);
            s.swap(i, j as usize);
        }
        Arc4State { s, i: 0, j: 0 }
    }
}

/// A table shuffle with the same shape, in a type that is no cipher.
pub struct Deck {
    cards: [u8; 256],
}

impl Deck {
    pub fn shuffled(seed: &[u8]) -> Self { // ok: broken-cipher
        let mut cards = [0u8; 256];
        for i in 0..256 {
            cards[i] = i as u8;
        }
        for i in 0..256 {
            let j = (seed[i % seed.len()] as usize + i) % 256;
            cards.swap(i, j);
        }
        Deck { cards }
    }
}
