// `debug` is defined in util.rs and prints its argument; `title` does not.
mod util;
use util::*;

fn login(user: &str, password: &str) {
    debug(&format!("login {} with {}", user, password)); // expect: secret-logged "`password` is written out by `debug`, which writes its argument out"
    let t = title(&format!("{}:{}", user, password)); // ok: secret-logged
    debug(&format!("login {} ({} chars)", user, t.len())); // ok: secret-logged
}

fn main() {
    login("alice", "hunter2");
}
