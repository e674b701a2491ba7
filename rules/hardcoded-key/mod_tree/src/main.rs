// Two modules each define `make_cipher(key)` and a `KEY`: `vault`'s builds a cipher from its key,
// `cache`'s only names a cache entry with it, and `keys::KEY` is read from a file. Which one a
// call or a const means is what the `mod` tree says, not the name.
mod cache;
mod keys;
mod lookup;
mod report;
mod sealed;
mod vault;

// A re-export at the crate root: `crate::make_cipher` is `vault::build::make_cipher`.
pub use vault::make_cipher;

fn main() {
    let _ = vault::make_cipher(b"0123456789abcdef0123456789abcdef"); // expect: hardcoded-key(critical) "is passed to `make_cipher`, whose parameter reaches `Aes256Gcm::new_from_slice`"
    let _ = crate::make_cipher(b"fedcba9876543210fedcba9876543210"); // expect: hardcoded-key "is passed to `make_cipher`"
    let _ = make_cipher(b"a-literal-key-through-the-pub-use"); // expect: hardcoded-key "is passed to `make_cipher`"
    let _ = vault::make_cipher(&vault::KEY); // expect: hardcoded-key "is passed to `make_cipher`"
    let _ = cache::make_cipher(b"sessions-by-user-0123456789abcdef"); // ok: hardcoded-key
    let _ = vault::make_cipher(&*keys::KEY); // ok: hardcoded-key
    // Two structs named `Vault`, each filling its `key` in `new`: only `sealed::Vault`'s reaches a cipher.
    let _ = sealed::Vault::new(b"sealed-vault-key-0123456789abcde").seal(b"m"); // expect: hardcoded-key "is passed to `Vault::new`"
    let _ = lookup::Vault::new(b"settings/theme").get(); // ok: hardcoded-key
    let _ = lookup::Sealer::from_env().seal(b"theme=dark");
    // The same with generic impls (`impl<T> Locker<T>`).
    let _ = sealed::Locker::<u8>::new(b"sealed-locker-key-0123456789abcd").seal(b"m"); // expect: hardcoded-key "is passed to `Locker::new`"
    let _ = lookup::Locker::<String>::new(b"settings/locale").get(); // ok: hardcoded-key
    cache::warm();
    let _ = report::label();
}
