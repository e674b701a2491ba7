// The crypto side: what a caller puts into a `Session`'s fields becomes the key here.
use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};

pub struct Session {
    pub key: Option<Vec<u8>>,
    pub backup_key: Option<Vec<u8>>,
    pub user: Option<String>,
}

pub fn open_record(sealed: &[u8], session: &Session) -> Option<Vec<u8>> {
    if sealed.len() < 12 {
        return None;
    }
    let (nonce, body) = sealed.split_at(12);
    let cipher = Aes256Gcm::new_from_slice(session.key.as_ref()?).ok()?;
    let backup = Aes256Gcm::new_from_slice(session.backup_key.as_deref()?).ok()?;
    cipher.decrypt(Nonce::from_slice(nonce), body).ok().or_else(|| backup.decrypt(Nonce::from_slice(nonce), body).ok())
}

/// Hands the whole session on: its `key` field still reaches the cipher.
pub fn reopen(session: &Session, sealed: &[u8]) -> Option<Vec<u8>> {
    open_record(sealed, session)
}
