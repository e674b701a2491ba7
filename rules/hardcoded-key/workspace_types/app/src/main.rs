// A type imported from a workspace crate is that crate's type: its setter's key reaches a cipher.
use vault_lib::Vault;

mod remote;

fn configure(v: &mut Vault) {
    v.set_key(b"0123456789abcdef0123456789abcdef"); // expect: hardcoded-key(critical) "passed to `Vault::set_key`, whose parameter reaches `Aes256Gcm::new_from_slice` (workspace_types/vault-lib/src/lib.rs:15)"
}

fn main() {
    let _ = configure;
    remote::connect_remote;
}
