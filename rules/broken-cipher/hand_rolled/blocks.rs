// AES applied to a buffer one 16-byte block at a time through the crate's own helper, which pads
// the block it is given and encrypts it with the raw block cipher: ECB by construction.
use aes::cipher::{generic_array::GenericArray, BlockEncrypt, KeyInit};
use aes::Aes256;

pub struct Sealer {
    key: [u8; 32],
}

impl Sealer {
    pub fn seal(&self, buffer: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        for chunk in 0..buffer.len() / 16 {
            out.extend(encrypt_one(self.key, &buffer[chunk * 16..chunk * 16 + 16]));
        }
        out
    }
}

fn encrypt_one(key: [u8; 32], input: &[u8]) -> Vec<u8> {
    let cipher = Aes256::new(&GenericArray::clone_from_slice(&key));
    let padded = pad_to_block(input.to_vec());
    let mut block = GenericArray::clone_from_slice(&padded[0..16]);
    cipher.encrypt_block(&mut block); // expect: broken-cipher(high) "ECB"
    block.to_vec()
}

fn pad_to_block(mut v: Vec<u8>) -> Vec<u8> {
    while v.len() < 16 {
        v.push(0);
    }
    v
}

// A hand-written cipher whose module is not RC4 is not reported as RC4: a shuffle over 256 slots.
pub fn shuffle_deck(seed: u64) -> [u8; 256] {
    let mut deck = [0u8; 256];
    for i in 0..256 {
        deck[i] = i as u8;
    }
    for i in (1..256).rev() {
        deck.swap(i, (seed as usize).wrapping_mul(i) % 256); // ok: broken-cipher
    }
    deck
}
