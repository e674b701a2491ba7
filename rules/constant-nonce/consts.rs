pub const SHARED_NONCE: [u8; 12] = *b"shared nonce";
// The literal forms another file's const can take: an array (with a comment inside), a repeat
// expression, a reference, parentheses, a `hex!` macro.
pub const LISTED_NONCE: [u8; 12] = [
    0, 1, 2, 3, 4, 5, // first half
    6, 7, 8, 9, 10, 11,
];
pub const ZERO_NONCE: [u8; 12] = [0u8; 12];
pub const REF_NONCE: &[u8; 12] = &(*b"by reference");
pub const HEX_NONCE: [u8; 12] = hex_literal::hex!("000102030405060708090a0b");
pub const STR_NONCE: &[u8] = "twelve bytes".as_bytes();
