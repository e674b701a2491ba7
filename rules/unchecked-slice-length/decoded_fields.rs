// A file format cut field by field, each field decoded before use: one input, one finding, at the
// first cut of the file's bytes that leads to the nonce (a short file panics there). The decoded
// nonce sliced again later is the same input, not a second finding.
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::XChaCha20Poly1305;

const FLAGS_SIZE: usize = 4;
const NONCE_SIZE: usize = 24;

fn decode_field(encoded: &[u8]) -> Result<Vec<u8>, String> {
    Ok(encoded.iter().map(|b| b ^ 0x5a).collect())
}

pub fn decrypt_file(encrypted_file: Vec<u8>, key: &[u8; 32]) -> Result<Vec<u8>, String> {
    let (_flags, rem_data) = encrypted_file.split_at(FLAGS_SIZE);
    let (encoded_nonce, ciphertext) = rem_data.split_at(NONCE_SIZE * 2); // expect: unchecked-slice-length "`rem_data.split_at(NONCE_SIZE * 2)` cuts the nonce or tag off `rem_data`"
    let nonce = decode_field(encoded_nonce)?;
    let cipher = XChaCha20Poly1305::new(key.into());
    cipher
        .decrypt(nonce[0..NONCE_SIZE].as_ref().into(), ciphertext) // ok: unchecked-slice-length
        .map_err(|e| e.to_string())
}

// Two inputs of one function are two findings: the header's and the trailer's.
pub fn open_pair(cipher: &XChaCha20Poly1305, header: &[u8], trailer: &[u8]) -> Option<Vec<u8>> {
    let first = cipher.decrypt(header[..NONCE_SIZE].into(), &header[NONCE_SIZE..]).ok()?; // expect: unchecked-slice-length
    let second = cipher.decrypt(trailer[..NONCE_SIZE].into(), &trailer[NONCE_SIZE..]).ok()?; // expect: unchecked-slice-length
    Some([first, second].concat())
}
