// A nonce decoded from text (hex, base64) and given to `from_slice` without a length check: `from_slice`
// panics unless the bytes are exactly the nonce's size.
use aes_gcm::{aead::Aead, Aes256Gcm, Nonce};
use base64::{engine::general_purpose::STANDARD, Engine};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};

pub fn decrypt_named_file(cipher: &Aes256Gcm, file_name: &str, body: &[u8]) -> Option<Vec<u8>> {
    let parts: Vec<&str> = file_name.split('.').collect();
    let decoded_nonce: Vec<u8> = STANDARD.decode(parts[1]).expect("nonce");
    let nonce = Nonce::from_slice(&decoded_nonce); // expect: unchecked-slice-length "takes the nonce decoded from text (`STANDARD.decode(parts[1])`) without checking its length"
    cipher.decrypt(nonce, body).ok()
}

pub fn decrypt_hex(cipher: &XChaCha20Poly1305, nonce_hex: &str, body: &[u8]) -> Result<Vec<u8>, String> {
    let nonce_bytes = match hex::decode(nonce_hex) {
        Ok(b) => b,
        Err(e) => return Err(e.to_string()),
    };
    cipher.decrypt(XNonce::from_slice(&nonce_bytes), body).map_err(|e| e.to_string()) // expect: unchecked-slice-length "`XNonce::from_slice(&nonce_bytes)` takes the nonce decoded from text"
}

// --- correct code ---

pub fn decrypt_hex_checked(cipher: &Aes256Gcm, nonce_hex: &str, body: &[u8]) -> Result<Vec<u8>, String> {
    let nonce_bytes = hex::decode(nonce_hex).map_err(|e| e.to_string())?;
    if nonce_bytes.len() != 12 {
        return Err("bad nonce".into());
    }
    cipher.decrypt(Nonce::from_slice(&nonce_bytes), body).map_err(|e| e.to_string()) // ok: unchecked-slice-length
}

pub fn decrypt_text_checked(cipher: &XChaCha20Poly1305, nonce_hex: &str, body: &[u8]) -> Result<Vec<u8>, String> {
    if nonce_hex.len() != 48 {
        return Err("the nonce must be 48 hex digits".into());
    }
    let nonce = hex::decode(nonce_hex).map_err(|e| e.to_string())?;
    cipher.decrypt(XNonce::from_slice(&nonce), body).map_err(|e| e.to_string()) // ok: unchecked-slice-length
}

pub fn fresh_nonce(cipher: &Aes256Gcm, body: &[u8]) -> Option<Vec<u8>> {
    let bytes: [u8; 12] = rand::random();
    cipher.decrypt(Nonce::from_slice(&bytes), body).ok() // ok: unchecked-slice-length
}

pub fn decrypt_hex_mapped(cipher: &Aes256Gcm, nonce_hex: &str, body: &[u8]) -> Result<Vec<u8>, String> {
    let nonce_bytes = hex::decode(nonce_hex).map_err(|e| e.to_string())?;
    cipher.decrypt(Nonce::from_slice(&nonce_bytes), body).map_err(|e| e.to_string()) // expect: unchecked-slice-length "takes the nonce decoded from text"
}

/// A fallback of the right size does not check what was decoded: a short hex nonce still panics.
pub fn decrypt_hex_fallback(cipher: &Aes256Gcm, nonce_hex: &str, body: &[u8]) -> Option<Vec<u8>> {
    let nonce_bytes = hex::decode(nonce_hex).unwrap_or_else(|_| vec![0u8; 12]);
    cipher.decrypt(Nonce::from_slice(&nonce_bytes), body).ok() // expect: unchecked-slice-length "takes the nonce decoded from text"
}
