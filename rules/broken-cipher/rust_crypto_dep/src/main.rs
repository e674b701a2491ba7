// A crate that depends on rust-crypto and writes its paths out instead of importing them: the
// first path is the finding.

fn main() {
    let mut hasher = crypto::sha2::Sha512::new(); // expect: broken-cipher(high) "`crypto::sha2::Sha512::new`: the `rust-crypto` crate is unmaintained since 2016" "(`aes-gcm`, `chacha20poly1305`, `sha2`, `argon2`)."
    let _ = &mut hasher;
    let _ = crypto::sha3::Sha3::sha3_256(); // ok: broken-cipher
}
