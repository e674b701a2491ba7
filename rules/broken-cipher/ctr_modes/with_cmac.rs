// 3GPP's NEA2 (AES-CTR) beside NIA2 (AES-CMAC): the module gives both primitives and the protocol
// composes them, so the bare CTR is the protocol's design, reported low.
use cmac::{Cmac, Mac};
use ctr::cipher::{KeyIvInit, StreamCipher};

type Aes128Ctr64BE = ctr::Ctr64BE<aes::Aes128>;

pub fn nea2(key: [u8; 16], iv: [u8; 16], payload: &[u8]) -> Vec<u8> {
    let mut out = payload.to_vec();
    let mut cipher = Aes128Ctr64BE::new(&key.into(), &iv.into()); // expect: broken-cipher(low)
    cipher.apply_keystream(&mut out);
    out
}

pub fn nia2(key: [u8; 16], message: &[u8]) -> [u8; 16] {
    let mut mac = <Cmac<aes::Aes128> as Mac>::new_from_slice(&key).unwrap();
    mac.update(message);
    mac.finalize().into_bytes().into()
}
