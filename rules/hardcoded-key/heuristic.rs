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
