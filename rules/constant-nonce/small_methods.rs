// Constant nonces from the value forms of methods: a small method of the type returning a literal
// (by its tail or by `return`), and ring's `try_assume_unique_for_key` over a literal.
use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use ring::aead::{Aad, LessSafeKey, Nonce as RingNonce};

pub struct Channel {
    c: Aes256Gcm,
}

impl Channel {
    fn fixed_nonce(&self) -> [u8; 12] {
        [6u8; 12]
    }
    fn two_ways(&self, first: bool) -> [u8; 12] {
        if first {
            return [1u8; 12];
        }
        [2u8; 12]
    }
    pub fn seal(&self, m: &[u8]) -> Vec<u8> {
        self.c.encrypt(Nonce::from_slice(&self.fixed_nonce()), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(&self.fixed_nonce())` (= `[6u8; 12]`) passed to `encrypt`: every message und"
    }
    pub fn seal_either(&self, m: &[u8], first: bool) -> Vec<u8> {
        self.c.encrypt(Nonce::from_slice(&self.two_ways(first)), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(&self.two_ways(first))` (= `[1u8; 12]`) passed to `encrypt`: every message u"
    }
}

pub fn ring_fixed(key: &LessSafeKey, data: &mut Vec<u8>) {
    let nonce = RingNonce::try_assume_unique_for_key(&[0u8; 12]).unwrap();
    key.seal_in_place_append_tag(nonce, Aad::empty(), data).unwrap(); // expect: constant-nonce(critical) "Constant nonce `nonce` (= `[0u8; 12]`) passed to `seal_in_place_append_tag`: every message under this key reus"
}

fn fixed_free() -> [u8; 12] {
    *b"free nonce!!"
}

pub fn by_self_path(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    c.encrypt(Nonce::from_slice(&self::fixed_free()), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(&self::fixed_free())` (= `b\"free nonce!!\"`) passed to `encrypt`: every messa"
}

pub fn by_crate_path(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    c.encrypt(Nonce::from_slice(&crate::fixed_free()), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(&crate::fixed_free())` (= `b\"free nonce!!\"`) passed to `encrypt`: every mess"
}

pub fn by_macro(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let n = vec![0 as u8; 12];
    c.encrypt(Nonce::from_slice(&n), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(&n)` (= `vec![0 as u8; 12]`) passed to `encrypt`: every message under this k"
}

pub fn by_hex(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let n = hex_literal::hex!("000102030405060708090a0b");
    c.encrypt(Nonce::from_slice(&n), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(&n)` (= `hex_literal::hex!(\"00010203040506070809…`) passed to `encrypt`: eve"
}

pub fn by_include(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    c.encrypt(Nonce::from_slice(include_bytes!("nonce.bin")), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(include_bytes!(\"nonce.bin\"))` passed to `encrypt`: every message under this"
}

// --- correct code ---

pub fn mapped(c: &Aes256Gcm, m: &[u8], salt: u8) -> Vec<u8> {
    let base = [0u8; 12];
    let n = base.map(|b| b ^ salt);
    c.encrypt(Nonce::from_slice(&n), m).unwrap_or_default() // ok: constant-nonce
}

pub fn ring_from_parameter(key: &LessSafeKey, data: &mut Vec<u8>, n: [u8; 12]) {
    let nonce = RingNonce::try_assume_unique_for_key(&n).unwrap();
    key.seal_in_place_append_tag(nonce, Aad::empty(), data).unwrap(); // ok: constant-nonce
}

pub fn macro_of_a_parameter(c: &Aes256Gcm, m: &[u8], counter: u8) -> Vec<u8> {
    let n = vec![counter; 12];
    c.encrypt(Nonce::from_slice(&n), m).unwrap_or_default() // ok: constant-nonce
}

pub fn formatted(c: &Aes256Gcm, m: &[u8], id: u32) -> Vec<u8> {
    let n = format!("{id:012}");
    c.encrypt(Nonce::from_slice(n.as_bytes()), m).unwrap_or_default() // ok: constant-nonce
}

// A method that returns a literal before a statement tail (`panic!(..);`) or a comment tail.

pub struct Gate { c: Aes256Gcm, ready: bool }
impl Gate {
    fn fixed_or_panic(&self) -> [u8; 12] {
        if self.ready {
            return [3u8; 12];
        }
        panic!("not ready");
    }
    fn fixed_then_comment(&self) -> [u8; 12] {
        return [4u8; 12];
        // unreachable from here on
    }
    pub fn seal(&self, m: &[u8]) -> Vec<u8> {
        self.c.encrypt(Nonce::from_slice(&self.fixed_or_panic()), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(&self.fixed_or_panic())` (= `[3u8; 12]`) passed to `encr"
    }
    pub fn seal2(&self, m: &[u8]) -> Vec<u8> {
        self.c.encrypt(Nonce::from_slice(&self.fixed_then_comment()), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(&self.fixed_then_comment())` (= `[4u8; 12]`) passed to `"
    }
}
