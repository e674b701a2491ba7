// RSA-PSS verification (RFC 8017, 9.1.2): the hash H recomputed from the message is compared with
// the H in the encoded message. Both are public — the signature and the message are — so `!=` leaks
// nothing; a `verify` that compares a credential's hash is another matter (see compare.rs).
use ring::digest;

pub struct Pss;

impl Pss {
    pub fn verify(&self, m_hash: &digest::Digest, encoded: &[u8]) -> Result<(), ()> {
        let (masked_db, h_hash) = encoded.split_at(encoded.len() - 32);
        let h_prime = pss_digest(m_hash, masked_db);
        if h_hash != h_prime.as_ref() { // ok: non-constant-time-compare
            return Err(());
        }
        Ok(())
    }
}

fn pss_digest(m_hash: &digest::Digest, db: &[u8]) -> digest::Digest {
    let mut ctx = digest::Context::new(&digest::SHA256);
    ctx.update(&[0u8; 8]);
    ctx.update(m_hash.as_ref());
    ctx.update(&db[db.len() - 8..]);
    ctx.finish()
}
