// No `use` of either Vault here: the receiver's type is only known from what made it.
fn make_plain() -> crate::plain::Vault {
    crate::plain::Vault::new()
}

fn make_sealed() -> crate::sealed::Vault {
    crate::sealed::Vault::new()
}

pub fn plain_from_helper() {
    let mut p = make_plain();
    p.install([6u8; 32]); // ok: hardcoded-key
}

pub fn sealed_from_helper() {
    let mut s = make_sealed();
    s.install([9u8; 32]); // expect: hardcoded-key(critical) "is passed to `Vault::install`, whose parameter reaches `Aes256Gcm::new`"
}
