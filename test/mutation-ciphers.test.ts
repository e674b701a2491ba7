import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CrateContext } from '../src/analyzer/check-context.ts';
import { inFunctions, inProcess, of } from './in-process.ts';

// broken-cipher (src/analyzer/checks/ciphers.ts) on real Rust source, case by case where the rule's
// fixtures cover it as a whole: ECB written by hand with a raw block cipher (and the single blocks,
// counters and feedback modes that are not ECB), the severity and wording by openssl mode, a
// hand-written RC4 by its file's name, and where rust-crypto is reported without a manifest. The analyzer runs in-process; `npm run mutate` runs this file against every
// mutant it reaches (scripts/stryker-fixtures-runner.ts, UNIT_TEST_FILES).

const { scan } = await inProcess();
const crateWith = (...dependencies: string[]): CrateContext => ({ manifest: 'Cargo.toml', name: 'app', dependencies });

/** The reported functions' names: the `pub fn` a finding's line is in. */
function reportedFns(text: string, ruleId: string, path = 'src/lib.rs', crate?: CrateContext): string[] {
  return inFunctions(of(scan(path, text, crate), ruleId), text);
}

const broken = (text: string, path = 'src/lib.rs', crate?: CrateContext) => reportedFns(text, 'broken-cipher', path, crate);

test('broken-cipher: a raw block cipher over the data in a chunks loop, or over a block cut from a parameter, is ECB; a counter, a feedback IV, a constant block, an own type are not', () => {
  const text = `use aes::Aes128;
use aes::cipher::{BlockEncrypt, KeyInit, generic_array::GenericArray};
pub struct MyCipher { k: u8 }
impl MyCipher { pub fn encrypt_block(&self, b: &mut [u8]) {} }
pub struct Sealer { state: Block, cipher: Aes128 }
impl Sealer {
    pub fn step(&mut self) { self.cipher.encrypt_block(&mut self.state); }
}
pub fn own_cipher(c: &MyCipher, data: &mut [u8]) {
    for chunk in data.chunks_mut(16) { c.encrypt_block(chunk); }
}
pub fn cfb_by_hand(cipher: &Aes128, data: &mut [u8], iv: &mut Block) {
    for chunk in data.chunks_mut(16) { cipher.encrypt_block(iv); xor(chunk, iv); }
}
pub fn ctr_by_hand(cipher: &Aes128, data: &mut [u8], mut n: u128) {
    for chunk in data.chunks_mut(16) {
        let mut block = GenericArray::from(n.to_be_bytes());
        cipher.encrypt_block(&mut block);
        xor(chunk, &block);
        n += 1;
    }
}
pub fn ecb_read(cipher: &Aes128, data: &[u8], out: &mut Vec<u8>) {
    for chunk in data.chunks(16) {
        let mut block = GenericArray::clone_from_slice(chunk);
        cipher.encrypt_block(&mut block);
        out.extend_from_slice(&block);
    }
}
pub fn zero_block(cipher: &Aes128) -> Block {
    let mut block = GenericArray::from([0u8; 16]);
    cipher.encrypt_block(&mut block);
    block
}
pub fn late_block(cipher: &Aes128) {
    let mut block;
    block = GenericArray::default();
    cipher.encrypt_block(&mut block);
}
pub fn encrypt_one(cipher: &Aes128, block: &mut Block) {
    cipher.encrypt_block(block);
}
pub fn challenge(cipher: &Aes128, challenge: &[u8; 16]) -> Block {
    let mut block = Block::from(*challenge);
    cipher.encrypt_block(&mut block);
    block
}
pub fn from_slice_block(cipher: &Aes128, data: &[u8]) {
    let mut block = *Block::from_slice(&data[..16]);
    cipher.encrypt_block(&mut block);
}
pub fn padded_block(cipher: &Aes128, msg: &str) {
    let padded = format!("{:16}", msg);
    let mut block = GenericArray::clone_from_slice(padded.as_bytes());
    cipher.encrypt_block(&mut block);
}
pub fn sliced_block(cipher: &Aes128, data: &[u8]) {
    let chunk: &[u8] = &data[..16];
    let mut block = GenericArray::clone_from_slice(chunk);
    cipher.encrypt_block(&mut block);
}
pub fn local_bytes(cipher: &Aes128) {
    let padded = [7u8; 16];
    let mut block = GenericArray::clone_from_slice(&padded[..16]);
    cipher.encrypt_block(&mut block);
}
pub fn counted(n: usize) { for i in 0..n { tick(i); } }
`;
  assert.deepEqual(broken(text), ['ecb_read:26', 'from_slice_block:50', 'padded_block:55', 'sliced_block:60']);
  assert.match(of(scan('src/lib.rs', text), 'broken-cipher')[0].message, /^`cipher\.encrypt_block\(&mut block\)` applies the raw block cipher to the data itself, one block at a time — that is ECB/);
});

test('broken-cipher: openssl CBC is medium with the padding-oracle sentence, CTR and CFB low without it; a CFB stream names its mode; a decryptor and a broken cipher nobody imported', () => {
  const text = `use openssl::symm::{encrypt, Cipher};
use aes::Aes128;
pub fn cbc(key: &[u8], iv: &[u8], data: &[u8]) -> Vec<u8> {
    encrypt(Cipher::aes_256_cbc(), key, Some(iv), data).unwrap()
}
pub fn ctr(key: &[u8], iv: &[u8], data: &[u8]) -> Vec<u8> {
    encrypt(Cipher::aes_128_ctr(), key, Some(iv), data).unwrap()
}
pub fn cfb128(key: &[u8], iv: &[u8], data: &[u8]) -> Vec<u8> {
    encrypt(Cipher::aes_128_cfb128(), key, Some(iv), data).unwrap()
}
pub fn cfb_mode_stream(key: &[u8], iv: &[u8]) {
    let enc = cfb_mode::Encryptor::<Aes128>::new(key.into(), iv.into());
}
pub fn cbc_dec(key: &[u8], iv: &[u8]) {
    let dec = cbc::Decryptor::<Aes128>::new(key.into(), iv.into());
}
pub fn des_unimported(key: &[u8]) {
    let c = des::Des::new_from_slice(key).unwrap();
}
`;
  const found = of(scan('src/lib.rs', text), 'broken-cipher');
  assert.deepEqual(found.map((f) => `${f.region.startLine} ${f.severity} ${f.message.split(': an attacker')[0].split(', which')[0]} | ${f.related.length}`), [
    '4 medium `Cipher::aes_256_cbc()` is unauthenticated and nothing in this function checks a MAC | 0',
    '7 low `Cipher::aes_128_ctr()` is unauthenticated and nothing in this function checks a MAC | 0',
    '10 low `Cipher::aes_128_cfb128()` is unauthenticated and nothing in this function checks a MAC | 0',
    '13 low `cfb_mode::Encryptor::<Aes128>::new(key.into(), iv…` encrypts with CFB mode and nothing in this function authenticates the ciphertext | 0',
    '19 high `des::Des::new_from_slice(key)` constructs DES | 0',
  ]);
  assert.match(found[0].message, /can change the ciphertext undetected \(and CBC invites padding-oracle attacks\)\. Use an AEAD mode such as `Cipher::aes_256_gcm\(\)`, or add an HMAC\.$/);
  assert.match(found[1].message, /can change the ciphertext undetected\. Use an AEAD mode/);
  assert.match(found[3].message, /an attacker can change it undetected\. Use an AEAD/);
});

test('broken-cipher: a block-modes ECB alias says ECB; rust-crypto CBC beside an HMAC is left alone, alone it is medium', () => {
  const text = `use block_modes::{BlockMode, Ecb};
use block_modes::block_padding::Pkcs7;
use aes::Aes128;
use crypto::{aes, blockmodes, buffer};
use hmac::{Hmac, Mac};
type Aes128Ecb = Ecb<Aes128, Pkcs7>;
pub fn ecb(key: &[u8], data: &[u8]) -> Vec<u8> {
    let cipher = Aes128Ecb::new_from_slices(key, &[]).unwrap();
    cipher.encrypt_vec(data)
}
pub fn cbc_then_mac(key: &[u8], iv: &[u8], mac_key: &[u8]) {
    let enc = aes::cbc_encryptor(aes::KeySize::KeySize128, key, iv, blockmodes::PkcsPadding);
    let mut mac = Hmac::<Sha256>::new_from_slice(mac_key).unwrap();
}
pub fn cbc_alone(key: &[u8], iv: &[u8]) {
    let enc = aes::cbc_encryptor(aes::KeySize::KeySize128, key, iv, blockmodes::PkcsPadding);
}
`;
  const found = of(scan('src/lib.rs', text), 'broken-cipher');
  assert.deepEqual(found.map((f) => `${f.region.startLine} ${f.severity} ${f.message.split(/`: | and nothing|: equal/)[0]}`), [
    '4 high `use crypto::{aes, blockmodes, buffer};',
    '8 high `Aes128Ecb::new_from_slices(key, &[])` uses ECB mode',
    '16 medium `aes::cbc_encryptor(aes::KeySize::KeySize128, key,…` encrypts with CBC mode',
  ]);
  assert.match(found[1].message, /uses ECB mode: equal plaintext blocks give equal ciphertext blocks, so the structure of the data shows through\. Use an AEAD/);
});

test('broken-cipher: without a manifest a `crypto::` path is rust-crypto only by its module names; `crate::crypto` and a written-out call are not', () => {
  const text = `use crate::crypto::aes::encrypt_file;
use crypto::keys::Vault;
pub fn digest(data: &[u8]) -> Vec<u8> {
    crypto::hash(data)
}
`;
  assert.deepEqual(broken(text), []);
  assert.deepEqual(broken(text, 'src/lib.rs', crateWith('rust-crypto')), ['?:2']);
  const withManifest = of(scan('src/lib.rs', text, crateWith('rust-crypto')), 'broken-cipher')[0].message;
  assert.match(withManifest, /^`use crypto::keys::Vault;`: the `rust-crypto` crate is unmaintained since 2016 .* Move to the RustCrypto crates \(`aes-gcm`, `chacha20poly1305`, `sha2`, `argon2`\)\.$/);
  assert.match(of(scan('src/lib.rs', 'extern crate crypto;\n'), 'broken-cipher')[0].message, /`argon2`\)\. \(Reported once per crate\.\)$/);
  assert.deepEqual(broken('extern crate crypto;\n'), ['?:1']);
});

test('broken-cipher: a hand-written RC4 key schedule in a file named rc4, reported at the name of the function that runs it', () => {
  const text = `pub fn swap_bytes(s: &mut [u8], i: usize, j: usize) {
    s.swap(i, j);
}
pub fn ksa(key: &[u8]) -> [u8; 256] {
    let mut s = [0u8; 256];
    let mut j = 0usize;
    for i in 0..256 {
        j = (j + s[i] as usize + key[i % key.len()] as usize) % 256;
        s.swap(i, j);
    }
    s
}
`;
  const at = (path: string) => of(scan(path, text), 'broken-cipher').map((f) => `${f.region.startLine}:${f.region.startColumn}-${f.region.endLine}:${f.region.endColumn} ${f.message.split(':')[0]}`);
  assert.deepEqual(at('src/rc4.rs'), ['4:8-4:11 `ksa` is a hand-written RC4']);
  assert.deepEqual(at('src/arc4/mod.rs'), ['4:8-4:11 `ksa` is a hand-written RC4']);
  assert.deepEqual(at('rc4/src/util.rs'), []);
  assert.deepEqual(at('src/util.rs'), []);
});
