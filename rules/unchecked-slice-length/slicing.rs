// Nonces and tags cut off untrusted input without a length check.
use aes_gcm::aead::Aead;
use aes_gcm::{Aes256Gcm, Nonce};

const NONCE_LEN: usize = 12;

pub fn split_then_decrypt(cipher: &Aes256Gcm, data: &[u8]) -> Option<Vec<u8>> {
    let (nonce, ciphertext) = data.split_at(12); // expect: unchecked-slice-length "`data.split_at(12)` cuts the nonce or tag off `data` without checking its length first"
    cipher.decrypt(Nonce::from_slice(nonce), ciphertext).ok()
}

pub fn index_ranges(cipher: &Aes256Gcm, message: &[u8]) -> Option<Vec<u8>> {
    let nonce = Nonce::from_slice(&message[..NONCE_LEN]); // expect: unchecked-slice-length "`message[..NONCE_LEN]` cuts the nonce or tag off `message` without checking its length first"
    cipher.decrypt(nonce, &message[NONCE_LEN..]).ok()
}

pub fn tail_first(cipher: &Aes256Gcm, packet: Vec<u8>) -> Option<Vec<u8>> {
    let body = &packet[12..]; // expect: unchecked-slice-length "`packet[12..]` cuts the nonce or tag off `packet` without checking its length first"
    cipher.decrypt(Nonce::from_slice(&packet[0..12]), body).ok()
}

pub fn ring_open(key: &ring::aead::LessSafeKey, input: &mut [u8]) -> Option<usize> {
    let (nonce_bytes, rest) = input.split_at_mut(12); // expect: unchecked-slice-length "`input.split_at_mut(12)` cuts the nonce or tag off `input` without checking its length first"
    let nonce = ring::aead::Nonce::try_assume_unique_for_key(nonce_bytes).ok()?;
    key.open_in_place(nonce, ring::aead::Aad::empty(), rest).ok().map(|p| p.len())
}

// --- correct code ---

pub fn checked_split(cipher: &Aes256Gcm, data: &[u8]) -> Option<Vec<u8>> {
    if data.len() < NONCE_LEN + 16 {
        return None;
    }
    let (nonce, ciphertext) = data.split_at(NONCE_LEN); // ok: unchecked-slice-length
    cipher.decrypt(Nonce::from_slice(nonce), ciphertext).ok()
}

pub fn get_range(cipher: &Aes256Gcm, data: &[u8]) -> Option<Vec<u8>> {
    let nonce = data.get(..12)?;
    cipher.decrypt(Nonce::from_slice(nonce), &data[12..]).ok() // ok: unchecked-slice-length
}

pub fn fixed_array(cipher: &Aes256Gcm, header: &[u8; 32], ct: &[u8]) -> Option<Vec<u8>> {
    cipher.decrypt(Nonce::from_slice(&header[..12]), ct).ok() // ok: unchecked-slice-length
}

pub fn not_crypto(line: &str) -> &str {
    &line[..3] // ok: unchecked-slice-length
}

// Offsets into a received packet, by constants: the end offset is what the packet must reach.
const NONCE_START: usize = 4;
const NONCE_END: usize = 16;

pub fn packet_nonce(cipher: &Aes256Gcm, data: &[u8]) -> Option<Vec<u8>> {
    let nonce = Nonce::from_slice(&data[NONCE_START..NONCE_END]); // expect: unchecked-slice-length "`data[NONCE_START..NONCE_END]` cuts the nonce or tag off `data` without checking its length first"
    cipher.decrypt(nonce, &data[NONCE_END..]).ok()
}

pub fn header_split(cipher: &Aes256Gcm, data: &[u8]) -> Option<Vec<u8>> {
    let (nonce, body) = data.split_at(encoded_size(NONCE_LEN)); // expect: unchecked-slice-length "`data.split_at(encoded_size(NONCE_LEN))` cuts the nonce or tag off `data` without checking its length first"
    cipher.decrypt(Nonce::from_slice(nonce), body).ok()
}

fn encoded_size(n: usize) -> usize {
    n * 2
}

// --- correct code ---

// `to_be_bytes()` is an array, and the first half of `split_at(16)` has 16 bytes.
pub fn counter_nonce(cipher: &Aes256Gcm, counter: u128, ct: &[u8]) -> Option<Vec<u8>> {
    let bytes = counter.to_be_bytes();
    cipher.decrypt(Nonce::from_slice(&bytes[4..]), ct).ok() // ok: unchecked-slice-length
}

pub fn salt_then_nonce(cipher: &Aes256Gcm, data: &[u8]) -> Option<Vec<u8>> {
    if data.len() < 16 {
        return None;
    }
    let (salt, body) = data.split_at(16);
    cipher.decrypt(Nonce::from_slice(&salt[..12]), body).ok() // ok: unchecked-slice-length
}

// One unchecked input is one finding, and it goes where the nonce is cut off (a reviewer's line),
// not at an earlier slice of the same input that feeds something else.
pub fn peer_then_nonce(cipher: &Aes256Gcm, data: &[u8]) -> Option<(Vec<u8>, Vec<u8>)> {
    let peer = data[..32].to_vec(); // ok: unchecked-slice-length
    let nonce = Nonce::from_slice(&data[32..44]); // expect: unchecked-slice-length "`data[32..44]`"
    Some((peer, cipher.decrypt(nonce, &data[44..]).ok()?))
}

// The length checked through a variable: `let total = data.len()` compared before the cut.
pub fn length_in_a_variable(cipher: &Aes256Gcm, data: &[u8]) -> Option<Vec<u8>> {
    let total = data.len();
    if total < NONCE_LEN + 16 {
        return None;
    }
    let (nonce, ct) = data.split_at(NONCE_LEN); // ok: unchecked-slice-length
    cipher.decrypt(Nonce::from_slice(nonce), ct).ok()
}

// A length read from the frame's header and compared with what arrived: the nonce is cut from a
// part of the checked frame.
pub fn length_from_the_header(cipher: &Aes256Gcm, frame: &[u8]) -> Option<Vec<u8>> {
    let declared = u16::from_be_bytes(frame.get(..2)?.try_into().ok()?) as usize;
    if frame.len() < 2 + NONCE_LEN + declared {
        return None;
    }
    let body = &frame[2..];
    let (nonce, ct) = body.split_at(NONCE_LEN); // ok: unchecked-slice-length
    cipher.decrypt(Nonce::from_slice(nonce), &ct[..declared]).ok()
}

// The part cut from an unchecked frame is as short as the frame can be.
pub fn part_of_unchecked(cipher: &Aes256Gcm, frame: &[u8]) -> Option<Vec<u8>> {
    let body = &frame[2..];
    let (nonce, ct) = body.split_at(NONCE_LEN); // expect: unchecked-slice-length
    cipher.decrypt(Nonce::from_slice(nonce), ct).ok()
}

// `drain(24..)` on the file being decrypted panics like `split_at` on a short file.
pub fn extract_nonce(filecontent: &Vec<u8>) -> (Vec<u8>, Vec<u8>) {
    let mut nonce = filecontent.clone();
    let rest: Vec<u8> = nonce.drain(24..).collect(); // expect: unchecked-slice-length
    (nonce, rest)
}

// A buffer this code allocated (declared first, then `vec![0; n]`) is not input.
pub fn seal_into_new(key: &ring::aead::LessSafeKey, input: &[u8]) -> Vec<u8> {
    let mut data;
    data = vec![0u8; NONCE_LEN + input.len() + 16];
    let (nonce, rest) = data.split_at_mut(NONCE_LEN); // ok: unchecked-slice-length
    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), nonce).unwrap();
    rest[..input.len()].copy_from_slice(input);
    let _ = key;
    data
}

// A `let mut` offset moved by what the header says is no fixed length: whatever cuts the nonce at
// `start` depends on the input, which the skip above has read (and bounded) already.
pub fn offset_moved_by_header(cipher: &Aes256Gcm, data: &[u8]) -> Option<Vec<u8>> {
    let mut start = 4;
    start += skip_extensions(data)?;
    let nonce = Nonce::from_slice(&data[start..start + 12]); // ok: unchecked-slice-length
    cipher.decrypt(nonce, data.get(start + 12..)?).ok()
}

fn skip_extensions(data: &[u8]) -> Option<usize> {
    let n = *data.first()? as usize;
    (data.len() >= 4 + n + 12).then_some(n)
}

// A digest has the hash's length however it is converted: cutting a nonce off it cuts nothing short.
pub fn nonce_from_digest(cipher: &Aes256Gcm, secret: &[u8], ct: &[u8]) -> Option<Vec<u8>> {
    use sha2::{Digest, Sha256};
    let hashed: [u8; 32] = Sha256::digest(secret).into();
    let hash_key = Sha256::digest(hashed).to_vec();
    cipher.decrypt(Nonce::from_slice(&hash_key[0..12]), ct).ok() // ok: unchecked-slice-length
}
