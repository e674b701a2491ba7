// What a method call names depends on the receiver's type, found where the file shows it: a
// method of a type this crate defines is that method, never the crypto API of the same name.
use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm as Cipher, Nonce};
use std::sync::{Arc, Mutex};

pub struct Parcel {
    label: String,
}

impl Parcel {
    pub fn new(label: &str) -> Self {
        Parcel { label: label.to_string() }
    }
    // Not a cipher: "encrypt" here means wrapping the message in a labelled parcel.
    pub fn encrypt(&self, nonce: &[u8], m: &[u8]) -> Vec<u8> {
        [self.label.as_bytes(), nonce, m].concat()
    }
    pub fn again(&self, m: &[u8]) -> Vec<u8> {
        self.encrypt(b"fixed nonce!", m) // ok: constant-nonce
    }
    pub fn copy(&self) -> Self {
        Self::new(&self.label)
    }
    pub fn fresh(m: &[u8]) -> Vec<u8> {
        let p = Self::new("fresh");
        p.encrypt(b"fixed nonce!", m) // ok: constant-nonce
    }
}

pub struct Courier {
    parcel: Arc<Mutex<Parcel>>,
    cipher: Arc<Cipher>,
}

type Wrapper = Parcel;
type Outer = Inner;
type Inner = Parcel;
type Shared<'a> = &'a Parcel;

fn make_parcel() -> Parcel {
    Parcel::new("made")
}

impl Courier {
    pub fn through_a_field(&self, m: &[u8]) -> Vec<u8> {
        self.parcel.lock().unwrap().encrypt(b"fixed nonce!", m) // ok: constant-nonce
    }
    pub fn cipher_field(&self, m: &[u8]) -> Vec<u8> {
        self.cipher.encrypt(Nonce::from_slice(b"fixed nonce!"), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(b\"fixed nonce!\")` passed t"
    }
}

pub fn annotated(m: &[u8]) -> Vec<u8> {
    let e: Parcel = Parcel::new("a");
    e.encrypt(b"fixed nonce!", m) // ok: constant-nonce
}

pub fn constructed(m: &[u8]) -> Vec<u8> {
    let e = Parcel::new("b");
    e.encrypt(b"fixed nonce!", m) // ok: constant-nonce
}

pub fn a_parameter(e: &mut Arc<Parcel>, m: &[u8]) -> Vec<u8> {
    e.encrypt(b"fixed nonce!", m) // ok: constant-nonce
}

pub fn a_reference_with_a_lifetime<'a>(e: &'a mut Box<Parcel>, m: &[u8]) -> Vec<u8> {
    (&e).encrypt(b"fixed nonce!", m) // ok: constant-nonce
}

pub fn from_a_local_function(m: &[u8]) -> Vec<u8> {
    make_parcel().encrypt(b"fixed nonce!", m) // ok: constant-nonce
}

pub fn through_a_let_of_a_local_function(m: &[u8]) -> Vec<u8> {
    let e = make_parcel();
    e.clone().encrypt(b"fixed nonce!", m) // ok: constant-nonce
}

pub fn through_a_type_alias(e: Wrapper, m: &[u8]) -> Vec<u8> {
    e.encrypt(b"fixed nonce!", m) // ok: constant-nonce
}

pub fn through_a_generic_alias(e: Shared<'_>, m: &[u8]) -> Vec<u8> {
    e.encrypt(b"fixed nonce!", m) // ok: constant-nonce
}

pub fn struct_literal(m: &[u8]) -> Vec<u8> {
    Parcel { label: String::new() }.encrypt(b"fixed nonce!", m) // ok: constant-nonce
}

pub fn through_try(m: &[u8]) -> Option<Vec<u8>> {
    let e: Option<Parcel> = Some(Parcel::new("c"));
    Some(e?.encrypt(b"fixed nonce!", m)) // ok: constant-nonce
}

pub fn cipher_by_alias(m: &[u8]) -> Vec<u8> {
    let c = Cipher::new_from_slice(&[3u8; 32]).unwrap(); // expect: hardcoded-key(critical) "Hard-coded key: `&[3u8; 32]` reaches `Aes256Gcm::new_from_sl"
    c.encrypt(Nonce::from_slice(b"fixed nonce!"), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(b\"fixed nonce!\")` passed t"
}

pub fn generic<T: Aead>(c: &T, m: &[u8]) -> Vec<u8> {
    c.encrypt(Nonce::from_slice(b"fixed nonce!"), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(b\"fixed nonce!\")` passed t"
}

pub fn cipher_parameter(c: &Arc<Mutex<Cipher>>, m: &[u8]) -> Vec<u8> {
    c.lock().unwrap().encrypt(Nonce::from_slice(b"fixed nonce!"), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(b\"fixed nonce!\")` passed t"
}

pub fn shared_cell(p: &std::rc::Rc<std::cell::RefCell<Parcel>>, m: &[u8]) -> Vec<u8> {
    p.borrow().encrypt(b"fixed nonce!", m) // ok: constant-nonce
}

pub fn behind_a_rwlock(p: &std::sync::RwLock<Parcel>, m: &[u8]) -> Vec<u8> {
    p.read().unwrap().encrypt(b"fixed nonce!", m) // ok: constant-nonce
}

pub fn zeroizing(p: zeroize::Zeroizing<Parcel>, m: &[u8]) -> Vec<u8> {
    p.encrypt(b"fixed nonce!", m) // ok: constant-nonce
}

pub fn borrowed(p: std::borrow::Cow<Parcel>, m: &[u8]) -> Vec<u8> {
    p.encrypt(b"fixed nonce!", m) // ok: constant-nonce
}

pub fn alias_of_an_alias(p: &Outer, m: &[u8]) -> Vec<u8> {
    p.encrypt(b"fixed nonce!", m) // ok: constant-nonce
}

pub struct Boxed<C> {
    cipher: C,
}

impl<C: Aead> Boxed<C> {
    pub fn seal_with(&self, c: &C, m: &[u8]) -> Vec<u8> {
        let _ = &self.cipher;
        c.encrypt(Nonce::from_slice(b"fixed nonce!"), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(b\"fixed nonce!\")` passed t"
    }
}

// A trait's generic parameter stands for whatever cipher the implementor picks: unknown, as a
// function's or an impl's is, so the constant nonce is found there too.
pub trait Sealer<C: Aead> {
    fn seal(&self, c: &C, m: &[u8]) -> Vec<u8> {
        c.encrypt(Nonce::from_slice(b"fixed nonce!"), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(b\"fixed nonce!\")` passed t"
    }
}

// A real cipher behind the same wrappers is still the cipher.
pub fn cipher_behind_rc(c: &std::rc::Rc<std::cell::RefCell<Cipher>>, m: &[u8]) -> Vec<u8> {
    c.borrow().encrypt(Nonce::from_slice(b"fixed nonce!"), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(b\"fixed nonce!\")` passed t"
}

pub fn cipher_behind_a_rwlock(c: &std::sync::RwLock<Cipher>, m: &[u8]) -> Vec<u8> {
    c.read().unwrap().encrypt(Nonce::from_slice(b"fixed nonce!"), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(b\"fixed nonce!\")` passed t"
}

pub fn cipher_in_an_option(c: Option<&Cipher>, m: &[u8]) -> Vec<u8> {
    c.unwrap().encrypt(Nonce::from_slice(b"fixed nonce!"), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(b\"fixed nonce!\")` passed t"
}

pub fn cipher_zeroizing(c: zeroize::Zeroizing<Cipher>, m: &[u8]) -> Vec<u8> {
    c.encrypt(Nonce::from_slice(b"fixed nonce!"), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(b\"fixed nonce!\")` passed t"
}

pub fn cipher_borrowed(c: std::borrow::Cow<Cipher>, m: &[u8]) -> Vec<u8> {
    c.encrypt(Nonce::from_slice(b"fixed nonce!"), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(b\"fixed nonce!\")` passed t"
}

pub fn cipher_with_a_lifetime<'a>(c: &'a mut Cipher, m: &[u8]) -> Vec<u8> {
    c.encrypt(Nonce::from_slice(b"fixed nonce!"), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(b\"fixed nonce!\")` passed t"
}

pub fn cipher_in_an_arc_of_a_reference(c: Arc<&mut Cipher>, m: &[u8]) -> Vec<u8> {
    c.encrypt(Nonce::from_slice(b"fixed nonce!"), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(b\"fixed nonce!\")` passed t"
}

// A type alias of a trait object: a type of this file, not a cipher.
pub trait Wrap {
    fn encrypt(&self, nonce: &[u8], m: &[u8]) -> Vec<u8>;
}
type AnyWrap = Box<dyn Wrap>;

pub fn through_an_alias_of_a_trait_object(w: &AnyWrap, m: &[u8]) -> Vec<u8> {
    w.encrypt(b"fixed nonce!", m) // ok: constant-nonce
}

// A lifetime argument before the wrapped type: still the file's own type.
pub fn borrowed_with_a_lifetime(p: std::borrow::Cow<'_, Parcel>, m: &[u8]) -> Vec<u8> {
    p.encrypt(b"fixed nonce!", m) // ok: constant-nonce
}

pub fn cipher_borrowed_with_a_lifetime<'a>(c: std::borrow::Cow<'a, Cipher>, m: &[u8]) -> Vec<u8> {
    c.encrypt(Nonce::from_slice(b"fixed nonce!"), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(b\"fixed nonce!\")` passed t"
}

pub fn cipher_in_an_arc_of_a_reference_with_a_lifetime<'a>(c: Arc<&'a mut Cipher>, m: &[u8]) -> Vec<u8> {
    c.encrypt(Nonce::from_slice(b"fixed nonce!"), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(b\"fixed nonce!\")` passed t"
}
