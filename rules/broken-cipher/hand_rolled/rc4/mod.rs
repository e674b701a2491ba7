// RC4 written out by hand in the crate's own `rc4` module: the key schedule permutes a 256-entry
// state with swaps, then the keystream is XORed over the data.
pub struct Rc4;

impl Rc4 {
    pub fn crypt(data: &[u8], key: &[u8]) -> Vec<u8> { // expect: broken-cipher(high) "`Rc4::crypt` is a hand-written RC4: its keystream is biased"
        let mut s: [u8; 256] = [0; 256];
        for i in 0..256 {
            s[i] = i as u8;
        }
        let mut j: usize = 0;
        for i in 0..256 {
            j = (j + s[i] as usize + key[i % key.len()] as usize) % 256;
            s.swap(i, j);
        }
        let (mut i, mut j) = (0usize, 0usize);
        data.iter()
            .map(|b| {
                i = (i + 1) % 256;
                j = (j + s[i] as usize) % 256;
                s.swap(i, j);
                b ^ s[(s[i] as usize + s[j] as usize) % 256]
            })
            .collect()
    }
}
