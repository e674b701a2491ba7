// A nonce read from a packet header given as words. A slice of words can be short whatever the
// element type, also behind a lifetime (`&'a [u16]`); a fixed-size array of words (`[u32; 4]`)
// cannot.
use chacha20poly1305::aead::Aead;
use chacha20poly1305::{ChaCha20Poly1305, Nonce};

/// The header is the sender id (two words) and then the nonce (six big-endian words).
pub fn open_words<'a>(cipher: &ChaCha20Poly1305, header: &'a [u16], body: &[u8]) -> Option<Vec<u8>> {
    let nonce_words = &header[2..8]; // expect: unchecked-slice-length "`header[2..8]` cuts the nonce or tag off `header` without checking its length first"
    let mut nonce = [0u8; 12];
    for (chunk, w) in nonce.chunks_exact_mut(2).zip(nonce_words) {
        chunk.copy_from_slice(&w.to_be_bytes());
    }
    cipher.decrypt(Nonce::from_slice(&nonce), body).ok()
}

// --- correct code ---

/// A fixed header of four words: the flags, then the nonce (three little-endian words).
pub fn open_fixed(cipher: &ChaCha20Poly1305, header: [u32; 4], body: &[u8]) -> Option<Vec<u8>> {
    let nonce_words = &header[1..4]; // ok: unchecked-slice-length
    let mut nonce = [0u8; 12];
    for (chunk, w) in nonce.chunks_exact_mut(4).zip(nonce_words) {
        chunk.copy_from_slice(&w.to_le_bytes());
    }
    cipher.decrypt(Nonce::from_slice(&nonce), body).ok()
}

pub fn open_parsed(cipher: &ChaCha20Poly1305, packet: &[u8]) -> Option<Vec<u8>> {
    let (head, body) = packet.split_at_checked(16)?;
    let header: [u32; 4] = bytemuck::pod_read_unaligned(head);
    let nonce_words = &header[1..4]; // ok: unchecked-slice-length
    let mut nonce = [0u8; 12];
    for (chunk, w) in nonce.chunks_exact_mut(4).zip(nonce_words) {
        chunk.copy_from_slice(&w.to_le_bytes());
    }
    cipher.decrypt(Nonce::from_slice(&nonce), body).ok()
}

pub fn open_checked<'a>(cipher: &ChaCha20Poly1305, header: &'a [u16], body: &[u8]) -> Option<Vec<u8>> {
    if header.len() < 8 {
        return None;
    }
    let nonce_words = &header[2..8]; // ok: unchecked-slice-length
    let mut nonce = [0u8; 12];
    for (chunk, w) in nonce.chunks_exact_mut(2).zip(nonce_words) {
        chunk.copy_from_slice(&w.to_be_bytes());
    }
    cipher.decrypt(Nonce::from_slice(&nonce), body).ok()
}
