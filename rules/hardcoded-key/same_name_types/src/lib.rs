// Two modules, each with its own `Vault` and an `install` method; only `sealed::Vault` hands what it
// is given to a cipher. A literal installed into `plain::Vault` reaches no cipher.
pub mod plain;
pub mod sealed;
mod unimported;

use crate::plain::Vault;

pub fn into_plain(v: &mut Vault) {
    v.install([1u8; 32]); // ok: hardcoded-key
}

pub fn into_plain_by_path(v: &mut crate::plain::Vault) {
    v.install([3u8; 32]); // ok: hardcoded-key
}

pub fn into_sealed(v: &mut crate::sealed::Vault) {
    v.install([2u8; 32]); // expect: hardcoded-key(critical) "is passed to `Vault::install`, whose parameter reaches `Aes256Gcm::new`"
}

// The receiver's type from what made it: a local function's return type, a constructor's path.
fn make_plain() -> plain::Vault {
    plain::Vault::default()
}

pub fn returned_plain() {
    let mut p = make_plain();
    p.install([6u8; 32]); // ok: hardcoded-key
}

pub fn constructed_plain() {
    let mut p = plain::Vault::new();
    p.install([7u8; 32]); // ok: hardcoded-key
}

pub fn constructed_sealed() {
    let mut s = sealed::Vault::new();
    s.install([8u8; 32]); // expect: hardcoded-key(critical) "is passed to `Vault::install`"
}
