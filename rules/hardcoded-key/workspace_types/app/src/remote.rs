// Another crate's `Vault` (a client of a remote vault service, not in this workspace) has a
// `set_key` too: it is not vault-lib's, so the literal is judged by the method's name alone.
use acme_vault::Vault;

pub fn connect_remote(v: &mut Vault) {
    v.set_key(b"fedcba9876543210fedcba9876543210"); // expect: hardcoded-key(medium) "judged by the name"
}
