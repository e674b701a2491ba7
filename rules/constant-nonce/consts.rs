pub const SHARED_NONCE: [u8; 12] = *b"shared nonce";
