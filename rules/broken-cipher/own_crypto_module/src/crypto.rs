pub fn seal(msg: &[u8]) -> Vec<u8> {
    msg.to_vec()
}

pub fn open(msg: &[u8]) -> Option<Vec<u8>> {
    Some(msg.to_vec())
}
pub mod aes {}
