// A peer-to-peer transfer tool on the standard library's sockets: no network crate among its
// dependencies, but every frame comes from whoever connects, so a panic on a forged frame is a
// remote crash (medium), not a local one.
use std::io::Read;
use std::net::TcpListener;

use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};

fn main() -> std::io::Result<()> {
    let key = Key::from_slice(&std::fs::read("transfer.key")?).to_owned();
    let cipher = ChaCha20Poly1305::new(&key);
    let listener = TcpListener::bind("0.0.0.0:7878")?;
    for stream in listener.incoming() {
        let mut frame = Vec::new();
        stream?.read_to_end(&mut frame)?;
        if frame.len() < 12 {
            continue;
        }
        let (nonce, body) = frame.split_at(12);
        let plain = cipher.decrypt(Nonce::from_slice(nonce), body).expect("decrypts frame"); // expect: unchecked-result(medium) "anyone who can send a forged or corrupted ciphertext can crash the process."
        println!("{} bytes", plain.len());
        // --- correct code ---
        match cipher.decrypt(Nonce::from_slice(nonce), body) { // ok: unchecked-result
            Ok(p) => println!("{} bytes", p.len()),
            Err(_) => eprintln!("dropped a forged frame"),
        }
    }
    Ok(())
}
