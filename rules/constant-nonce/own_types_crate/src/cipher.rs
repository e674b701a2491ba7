// The crate's own `Encryptor` and `Decryptor`, named like cbc's: (name, label) and (key, context), no IV.
pub struct Encryptor {
    name: Vec<u8>,
}

impl Encryptor {
    pub fn new(name: &[u8], label: &[u8]) -> Self {
        let _ = label;
        Encryptor { name: name.to_vec() }
    }
}

pub struct Decryptor;

impl Decryptor {
    pub fn new(context: &[u8], label: &[u8]) -> Self {
        let _ = (context, label);
        Decryptor
    }
}
