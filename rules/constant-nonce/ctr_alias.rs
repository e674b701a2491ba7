// A stream cipher behind a type alias, the nonce a literal: the file has no `encrypt`, no
// `Ctr64BE::`, only the alias and `apply_keystream`.
use cipher::{KeyIvInit, StreamCipher};
use hex_literal::hex;

type Kuznyechik64 = ctr::Ctr64BE<kuznyechik::Kuznyechik>;

pub fn mask(key: &[u8; 32], buf: &mut [u8]) {
    let iv = hex!("1234567890abcef00000000000000000");
    let mut cipher = Kuznyechik64::new(key.into(), &iv.into()); // expect: constant-nonce, broken-cipher "CTR mode"
    cipher.apply_keystream(buf);
}

pub fn mask_with(key: &[u8; 32], iv: &[u8; 16], buf: &mut [u8]) {
    // ok: constant-nonce (and the file's CTR without a MAC is one finding, at `mask`)
    let mut cipher = Kuznyechik64::new(key.into(), iv.into()); // ok: broken-cipher
    cipher.apply_keystream(buf);
}
