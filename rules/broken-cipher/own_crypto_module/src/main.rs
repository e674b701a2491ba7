// This crate has a module named `crypto` and no rust-crypto dependency (see Cargo.toml).
mod crypto;
use crypto::{aes, open, seal}; // ok: broken-cipher

fn main() {
    let sealed = seal(b"hi");
    let _ = open(&sealed);
}
