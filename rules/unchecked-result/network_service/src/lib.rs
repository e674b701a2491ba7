// A service that decrypts what peers send it over TCP: a forged frame must not crash it.
use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use tokio::io::AsyncReadExt;

pub async fn read_frame(key: &[u8; 32], sock: &mut tokio::net::TcpStream) -> Vec<u8> {
    let mut frame = vec![0u8; 4096];
    let n = sock.read(&mut frame).await.unwrap_or(0);
    if n < 12 {
        return Vec::new();
    }
    let cipher = Aes256Gcm::new_from_slice(key).unwrap();
    cipher.decrypt(Nonce::from_slice(&frame[..12]), &frame[12..n]).unwrap() // expect: unchecked-result(medium)
}

// Decrypting what this very function just encrypted is a self-check, not input from anyone.
pub fn self_check(key: &[u8; 32], nonce: &[u8; 12]) -> bool {
    let cipher = Aes256Gcm::new_from_slice(key).unwrap();
    let sealed = cipher.encrypt(Nonce::from_slice(nonce), b"probe".as_ref()).unwrap();
    let back = cipher.decrypt(Nonce::from_slice(nonce), sealed.as_ref()).unwrap(); // ok: unchecked-result
    back == b"probe"
}
