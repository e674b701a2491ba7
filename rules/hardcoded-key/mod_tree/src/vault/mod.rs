mod build;

pub use self::build::make_cipher;

pub const KEY: [u8; 32] = *b"vault-key-vault-key-vault-key-vk";
