// Key constants typed as arrays (`[u8; 16]`, whose `;` once hid them from the text prefilter),
// with nothing else in the file that names a cipher.
use hex_literal::hex;

pub const MASTER_KEY: [u8; 16] = hex!("2b7e151628aed2a6abf7158809cf4f3c"); // expect: hardcoded-key "MASTER_KEY"

pub static SIGNING_SECRET: &[u8; 8] = b"s3cr3t!!"; // expect: hardcoded-key "SIGNING_SECRET"

pub const PRIVATE_KEY_PEM: &str = concat!( // expect: hardcoded-key "PRIVATE_KEY_PEM"
    "-----BEGIN PRIVATE KEY-----\n",
    "MC4CAQAwBQYDK2VwBCIEIB0xu0k2VIbz4J8a2U5hHZd8wJ5jK3TzVdW5yFqg5xQy\n",
    "-----END PRIVATE KEY-----\n"
);

pub const KEY_LEN: [u8; 1] = [32]; // ok: hardcoded-key
