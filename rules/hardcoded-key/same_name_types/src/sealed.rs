use aes_gcm::{Aes256Gcm, KeyInit};

#[derive(Default)]
pub struct Vault {
    bytes: [u8; 32],
}

impl Vault {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn install(&mut self, bytes: [u8; 32]) {
        self.bytes = bytes;
    }

    pub fn cipher(&self) -> Aes256Gcm {
        Aes256Gcm::new(&self.bytes.into())
    }
}
