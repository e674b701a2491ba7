// A key generator prints the key it makes: that is its output, for the operator to store. Writing
// the key to the log (which is kept and shipped) is still a leak.
use base64::{prelude::BASE64_URL_SAFE, Engine};

fn main() {
    let key: [u8; 64] = rand::random();
    let base64_key = BASE64_URL_SAFE.encode(key);
    log::info!("generated key {}", base64_key); // expect: secret-logged "`base64_key` is written out by `log::info!`"
    // --- correct code ---
    println!("{}", base64_key); // ok: secret-logged
    eprintln!("store this key in SESSION_KEY: {base64_key}"); // ok: secret-logged
}
