// A file header parsed back into its fields. This module only reads the header; decryption is in
// another module of the crate (which depends on chacha20poly1305), so the nonce cut here is what
// will decrypt.
pub const SALT_LEN: usize = 16;

pub struct Header {
    pub salt: Vec<u8>,
    pub cipher_nonce: Vec<u8>,
}

pub fn parse_header(info: &[u8]) -> Header {
    let salt = info[0..SALT_LEN].to_vec();
    let nonce_start = SALT_LEN * 2;
    let cipher_nonce = info[nonce_start..(nonce_start + 24)].to_vec(); // expect: unchecked-slice-length
    Header { salt, cipher_nonce }
}

pub fn parse_header_checked(info: &[u8]) -> Option<Header> {
    let nonce_start = SALT_LEN * 2;
    if info.len() < nonce_start + 24 {
        return None;
    }
    let cipher_nonce = info[nonce_start..(nonce_start + 24)].to_vec(); // ok: unchecked-slice-length
    Some(Header { salt: info[..SALT_LEN].to_vec(), cipher_nonce })
}

// A bound read from the input is no length known in advance: that is a different question.
pub fn parse_sized(info: &[u8], take: usize) -> Vec<u8> {
    let cipher_nonce = info[..take].to_vec(); // ok: unchecked-slice-length
    cipher_nonce
}
