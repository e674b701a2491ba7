// A wrapper crate this scan cannot see into, and that no model describes: a literal handed to a
// function whose name says it takes key material is reported at medium (CodeQL's heuristic sinks).
use acme_vault::{Connection, Vault};

pub fn open_vault() -> Vault {
    let mut v = Vault::builder();
    v.set_key(b"0123456789abcdef0123456789abcdef"); // expect: hardcoded-key(medium) "judged by the name"
    v.build()
}

pub fn connect() -> Connection {
    Connection::builder()
        .user("app")
        .password("hunter2hunter2") // expect: hardcoded-key(medium) "literal password"
        .connect()
}

// A key of a map or a cache, an id, a path: not key material.
pub fn lookup(cache: &acme_vault::Cache) -> Option<String> {
    cache.key("user:42").get() // ok: hardcoded-key
}

// Read at run time: nothing in the source.
pub fn from_env(v: &mut Vault) {
    v.set_key(&std::env::var("VAULT_KEY").unwrap().into_bytes()); // ok: hardcoded-key
}

// Byte arrays written out are key material as much as a byte string is.
pub fn zero_key() -> Vault {
    let mut v = Vault::builder();
    v.set_key([0u8; 32]); // expect: hardcoded-key(medium) "literal key (`[0u8; 32]`)"
    v.build()
}

pub fn listed_key(v: &mut Vault) {
    let key = [0x1f, 0x2e, 0x3d, 0x4c, 0x5b, 0x6a, 0x79, 0x88];
    v.with_secret(&key); // expect: hardcoded-key(medium) "literal key"
}

// A short array is a flag set or a version, not a key. And `Vault` here is `acme_vault::Vault`, not
// the `Vault` of setters.rs in this crate, whose `set_key` reaches a cipher: a type imported from
// another crate is not the crate's own type of the same name.
pub fn short_array(v: &mut Vault) {
    v.set_key([1, 2]); // ok: hardcoded-key
}
