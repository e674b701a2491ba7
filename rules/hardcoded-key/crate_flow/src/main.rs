// Keys that reach the cipher one, two and three calls away, through a constructor and a field,
// and from consts defined in other files. The sinks are in cipher.rs and store/mod.rs.
mod cipher;
mod consts;
mod store;

use cipher::{build_cipher, open_with};
use store::Store;

fn main() {
    let c = build_cipher(&consts::DEFAULT_KEY); // expect: hardcoded-key(critical) "is passed to `build_cipher`"
    let _ = c;
    let _ = open_with(b"0123456789abcdef0123456789abcdef", b"msg"); // expect: hardcoded-key "is handed on until it reaches"
    let s = Store::open(b"k3y-k3y-k3y-k3y-k3y-k3y-k3y-k3y!"); // expect: hardcoded-key "Store::open"
    let _ = s.seal(b"plaintext");
    let vault = store::Vault::new(b"another literal key of 32 bytes!"); // expect: hardcoded-key "Vault::new"
    let _ = vault.encrypt(b"msg");
}

// --- correct code ---

fn from_env() {
    let key = std::env::var("APP_KEY").expect("APP_KEY must be set").into_bytes();
    let c = build_cipher(&key); // ok: hardcoded-key
    let _ = c;
    let s = Store::open(&key); // ok: hardcoded-key
    let _ = s.seal(b"literal plaintext is not a key"); // ok: hardcoded-key
}
