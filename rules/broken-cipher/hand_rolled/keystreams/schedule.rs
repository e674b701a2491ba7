// RC4's key schedule alone, named `rc4_…`.
// (This comment says `Rc4` for the prefilter: a file whose text has none of broken-cipher's
// trigger words is not analyzed for it, so a hand-written RC4 named only in lower case is missed;
// docs/mutation.md, "Defects the mutants showed".)
pub fn rc4_schedule(key: &[u8]) -> [u8; 256] { // expect: broken-cipher(high) "`rc4_schedule` is a hand-written RC4"
    let mut s = [0u8; 256];
    for (i, x) in s.iter_mut().enumerate() {
        *x = i as u8;
    }
    let mut j = 0usize;
    for i in 0..256 {
        j = (j + s[i] as usize + key[i % key.len()] as usize) % 256;
        s.swap(i, j);
    }
    s
}

// A 256-entry shuffle in a function whose name only contains the letters: `sourc4` is no RC4.
pub fn sourc4_shuffle(seed: usize) -> [u8; 256] {
    let mut s = [0u8; 256];
    for i in (1..256).rev() {
        s.swap(i, seed.wrapping_mul(i) % 256); // ok: broken-cipher
    }
    s
}
