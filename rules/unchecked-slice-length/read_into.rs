// Reading the nonce into the caller's buffer writes into a slice of it; it cuts nothing off input.
use aes_gcm::aead::Aead;
use aes_gcm::{Aes256Gcm, Nonce};
use std::io::Read;

pub fn receive(cipher: &Aes256Gcm, reader: &mut impl Read, buffer: &mut [u8]) -> std::io::Result<Vec<u8>> {
    reader.read_exact(&mut buffer[..12])?; // ok: unchecked-slice-length
    let nonce = Nonce::clone_from_slice(&buffer[..12]); // ok: unchecked-slice-length
    let mut body = Vec::new();
    reader.read_to_end(&mut body)?;
    Ok(cipher.decrypt(&nonce, body.as_slice()).unwrap_or_default())
}

pub fn open_packet(cipher: &Aes256Gcm, packet: &[u8]) -> Option<Vec<u8>> {
    let nonce = Nonce::from_slice(&packet[..12]); // expect: unchecked-slice-length "`packet[..12]` cuts the nonce or tag off `packet` without checking its length first"
    cipher.decrypt(nonce, &packet[12..]).ok()
}
