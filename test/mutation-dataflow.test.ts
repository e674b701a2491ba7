import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../src/finding.ts';
import { at, crateScanner } from './crate-scan.ts';

// Dataflow across functions and files (src/analyzer/flow.ts, values.ts, resolve.ts) as a user sees
// it: which call sites are reported, at which severity, with which message, and the path (SARIF
// `codeFlows`) and related locations each finding carries. The analyzer runs in-process on real
// Rust source, the files of one crate analyzed together. `npm run mutate` runs this file against
// every mutant it reaches (UNIT_TEST_FILES in scripts/stryker-fixtures-runner.ts).

const scan = await crateScanner();
/** Every finding: rule, severity and position, the whole message, the path and the related locations. */
const view = (findings: Finding[]) =>
  findings.map((f) => ({ at: `${f.ruleId}(${f.severity})@${f.file}:${f.region.startLine}:${f.region.startColumn}`, message: f.message, flow: f.flow?.map(at) ?? [], related: f.related.map(at) }));

test("a password handed to the crate's own functions: as a key, through a `let` of another function's parameter, as the input of a hand-written HKDF, as a field named for one", () => {
  const files = {
    'src/crypto.rs': `use aes_gcm::{aead::KeyInit, Aes256Gcm};
pub fn make_cipher(material: &[u8]) -> Aes256Gcm {
    Aes256Gcm::new_from_slice(material).unwrap()
}
pub fn login(password: &str) -> Aes256Gcm {
    let ikm = password.as_bytes().to_vec();
    make_cipher(&ikm)
}
pub fn hkdf_sha256(salt: &[u8], ikm: &[u8], info: &[u8]) -> [u8; 32] {
    let _ = (salt, ikm, info);
    [0u8; 32]
}
`,
    'src/app.rs': `use crate::crypto::{hkdf_sha256, login, make_cipher};
pub fn run(user_password: String, passphrase: &str) {
    let _a = make_cipher(user_password.as_bytes());
    let _b = login(&user_password);
    let _c = hkdf_sha256(b"salt", (passphrase).trim().as_bytes(), b"info");
    let _d = make_cipher(config.password_bytes.as_ref());
}
`,
  };
  assert.deepEqual(view(scan(files)), [
    {
      "at": "weak-kdf(high)@src/app.rs:3:14",
      "message": "Password `user_password.as_bytes()` is passed to `make_cipher`, which uses it directly as the key of `Aes256Gcm::new_from_slice` (src/crypto.rs:3). Derive keys from passwords with Argon2id (or scrypt, or PBKDF2 with ≥ 600 000 iterations) and a random salt.",
      "flow": [
        "src/app.rs:3:14 password passed to `make_cipher`",
        "src/crypto.rs:2:20 parameter `material` of `make_cipher`",
        "src/crypto.rs:3:5 reaches `Aes256Gcm::new_from_slice` here"
      ],
      "related": [
        "src/crypto.rs:3:5 the password becomes key material here",
        "src/crypto.rs:2:20 through this parameter"
      ]
    },
    {
      "at": "weak-kdf(high)@src/app.rs:4:14",
      "message": "Password `&user_password` is passed to `login`, which uses it directly as the key of `Aes256Gcm::new_from_slice` (src/crypto.rs:3). Derive keys from passwords with Argon2id (or scrypt, or PBKDF2 with ≥ 600 000 iterations) and a random salt.",
      "flow": [
        "src/app.rs:4:14 password passed to `login`",
        "src/crypto.rs:5:14 parameter of `login`",
        "src/crypto.rs:7:5 passed to `make_cipher`",
        "src/crypto.rs:2:20 parameter `material` of `make_cipher`",
        "src/crypto.rs:3:5 reaches `Aes256Gcm::new_from_slice` here"
      ],
      "related": [
        "src/crypto.rs:3:5 the password becomes key material here",
        "src/crypto.rs:5:14 through this parameter"
      ]
    },
    {
      "at": "weak-kdf(high)@src/app.rs:5:14",
      "message": "Password `(passphrase).trim().as_bytes()` is passed to `hkdf_sha256`, which derives a key from it with one HKDF pass (`hkdf_sha256`, src/crypto.rs:9): HKDF does no work per guess, so every password guess costs an attacker one hash. Derive keys from passwords with Argon2id (or scrypt, or PBKDF2 with ≥ 600 000 iterations) and a random salt.",
      "flow": [
        "src/app.rs:5:14 password passed to `hkdf_sha256`",
        "src/crypto.rs:9:33 parameter `ikm` of the crate's own HKDF `hkdf_sha256`"
      ],
      "related": [
        "src/crypto.rs:9:33 the password becomes key material here",
        "src/crypto.rs:9:33 through this parameter"
      ]
    },
    {
      "at": "weak-kdf(high)@src/app.rs:6:14",
      "message": "Password `config.password_bytes.as_ref()` is passed to `make_cipher`, which uses it directly as the key of `Aes256Gcm::new_from_slice` (src/crypto.rs:3). Derive keys from passwords with Argon2id (or scrypt, or PBKDF2 with ≥ 600 000 iterations) and a random salt.",
      "flow": [
        "src/app.rs:6:14 password passed to `make_cipher`",
        "src/crypto.rs:2:20 parameter `material` of `make_cipher`",
        "src/crypto.rs:3:5 reaches `Aes256Gcm::new_from_slice` here"
      ],
      "related": [
        "src/crypto.rs:3:5 the password becomes key material here",
        "src/crypto.rs:2:20 through this parameter"
      ]
    },
    {
      "at": "weak-kdf(high)@src/crypto.rs:7:5",
      "message": "Password `&ikm` is passed to `make_cipher`, which uses it directly as the key of `Aes256Gcm::new_from_slice` (src/crypto.rs:3). Derive keys from passwords with Argon2id (or scrypt, or PBKDF2 with ≥ 600 000 iterations) and a random salt.",
      "flow": [
        "src/crypto.rs:7:5 password passed to `make_cipher`",
        "src/crypto.rs:2:20 parameter `material` of `make_cipher`",
        "src/crypto.rs:3:5 reaches `Aes256Gcm::new_from_slice` here"
      ],
      "related": [
        "src/crypto.rs:3:5 the password becomes key material here",
        "src/crypto.rs:2:20 through this parameter"
      ]
    }
  ]);
});

test("a nonce made once before a loop and passed to a helper on every iteration (a parameter attribute does not shift the index); made inside the loop it is not reported", () => {
  const files = {
    'src/seal.rs': `use aes_gcm::aead::{Aead, AeadCore, OsRng};
use aes_gcm::{Aes256Gcm, Nonce};
pub fn seal_one(c: &Aes256Gcm, #[allow(unused)] tag: u8, nonce: &Nonce<aes_gcm::aead::consts::U12>, m: &[u8]) -> Vec<u8> {
    c.encrypt(nonce, m).unwrap_or_default()
}
pub fn seal_all(c: &Aes256Gcm, msgs: &[Vec<u8>]) -> Vec<Vec<u8>> {
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    let mut out = Vec::new();
    for m in msgs {
        out.push(seal_one(c, 0, &nonce, m));
    }
    out
}
pub fn seal_each(c: &Aes256Gcm, msgs: &[Vec<u8>]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for m in msgs {
        let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
        out.push(seal_one(c, 0, &nonce, m));
    }
    out
}
`,
  };
  assert.deepEqual(view(scan(files)), [
    {
      "at": "nonce-reuse(critical)@src/seal.rs:10:18",
      "message": "Nonce `&nonce` is made once (line 7) before the loop at line 9 and passed to `seal_one` on every iteration, where it becomes the nonce of `encrypt` (src/seal.rs:4): every message after the first is encrypted under the same key and nonce. Make a fresh nonce per message (inside the loop, or inside `seal_one`).",
      "flow": [
        "src/seal.rs:7:5 made once",
        "src/seal.rs:10:18 passed to `seal_one` in the loop",
        "src/seal.rs:3:58 parameter `nonce` of `seal_one`",
        "src/seal.rs:4:5 reaches `encrypt` here"
      ],
      "related": [
        "src/seal.rs:7:5 the nonce is made here, once",
        "src/seal.rs:4:5 it becomes the nonce here"
      ]
    }
  ]);
});

test("a key stored by a constructor (`Self { key: key.to_vec() }`) reaches the cipher of another method; a crate const and a multi-line literal are quoted", () => {
  const files = {
    'src/locker.rs': `use aes_gcm::{aead::KeyInit, Aes256Gcm};
pub struct Locker { key: Vec<u8>, label: String }
impl Locker {
    pub fn new(label: &str, key: &[u8]) -> Self {
        Self { key: key.to_vec(), label: label.to_string() }
    }
    pub fn wipe(&mut self) {
        self.key = Vec::new();
    }
    pub fn cipher(&self) -> Aes256Gcm {
        Aes256Gcm::new_from_slice(&self.key).unwrap()
    }
}
`,
    'src/keys.rs': `pub const MASTER_KEY: [u8; 32] = [
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
    17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32,
];
`,
    'src/app.rs': `use crate::keys::MASTER_KEY;
use crate::locker::Locker;
pub fn open() -> Locker {
    Locker::new("main", &MASTER_KEY)
}
pub fn open_inline() -> Locker {
    Locker::new("inline", &[
        9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
        9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
    ])
}
`,
  };
  assert.deepEqual(view(scan(files)), [
    {
      "at": "hardcoded-key(critical)@src/app.rs:4:5",
      "message": "Hard-coded key: `&MASTER_KEY` is passed to `Locker::new`, whose parameter reaches `Aes256Gcm::new_from_slice` (src/locker.rs:11). Anyone with the source or the binary can decrypt and forge every message. Load the key at run time (a secrets manager, the environment, a key file) or derive it with a KDF.",
      "flow": [
        "src/keys.rs:1:1 `MASTER_KEY` is a constant defined here",
        "src/app.rs:4:5 passed to `new`",
        "src/locker.rs:5:21 stored into `Locker.key`",
        "src/locker.rs:11:9 `self.key` reaches `Aes256Gcm::new_from_slice` here"
      ],
      "related": [
        "src/locker.rs:11:9 the value reaches `Aes256Gcm::new_from_slice` here",
        "src/locker.rs:5:21 through this parameter",
        "src/keys.rs:1:1 `MASTER_KEY` is a constant defined here"
      ]
    },
    {
      "at": "hardcoded-key(critical)@src/app.rs:7:5",
      "message": "Hard-coded key: `&[ 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, ` is passed to `Locker::new`, whose parameter reaches `Aes256Gcm::new_from_slice` (src/locker.rs:11). Anyone with the source or the binary can decrypt and forge every message. Load the key at run time (a secrets manager, the environment, a key file) or derive it with a KDF.",
      "flow": [
        "src/app.rs:7:5 passed to `new`",
        "src/locker.rs:5:21 stored into `Locker.key`",
        "src/locker.rs:11:9 `self.key` reaches `Aes256Gcm::new_from_slice` here"
      ],
      "related": [
        "src/locker.rs:11:9 the value reaches `Aes256Gcm::new_from_slice` here",
        "src/locker.rs:5:21 through this parameter"
      ]
    }
  ]);
});

test("a method call reaches the method of the receiver's type: a typed receiver of another type does not, an untyped one reaches the only method of that name that reaches a sink", () => {
  const files = {
    'src/a.rs': `use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
pub struct Real { c: Aes256Gcm }
impl Real {
    pub fn seal(&self, nonce: &[u8], m: &[u8]) -> Vec<u8> {
        self.c.encrypt(Nonce::from_slice(nonce), m).unwrap_or_default()
    }
}
pub struct Fake;
impl Fake {
    pub fn seal(&self, nonce: &[u8], m: &[u8]) -> Vec<u8> {
        let _ = nonce;
        m.to_vec()
    }
}
`,
    'src/b.rs': `use crate::a::{Fake, Real};
pub fn typed(r: &Real, f: &Fake, m: &[u8]) {
    let _x = r.seal(b"fixed nonce!", m);
    let _y = f.seal(b"fixed nonce!", m);
}
pub fn untyped(m: &[u8]) {
    let r = make();
    let _z = r.seal(b"fixed nonce!", m);
}
`,
  };
  assert.deepEqual(view(scan(files)), [
    {
      "at": "constant-nonce(critical)@src/b.rs:3:14",
      "message": "Constant nonce `b\"fixed nonce!\"` is passed to `Real::seal`, whose parameter reaches `encrypt` (src/a.rs:6) as the nonce: every message under this key reuses it, and a repeated AEAD nonce reveals the XOR of the plaintexts and lets an attacker forge tags. Generate a fresh random nonce per message inside the function, or use a counter that never repeats.",
      "flow": [
        "src/b.rs:3:14 passed to `seal`",
        "src/a.rs:5:24 parameter `nonce` of `seal`",
        "src/a.rs:6:9 reaches `encrypt` here"
      ],
      "related": [
        "src/a.rs:6:9 the value reaches `encrypt` here",
        "src/a.rs:5:24 through this parameter"
      ]
    },
    {
      "at": "constant-nonce(critical)@src/b.rs:8:14",
      "message": "Constant nonce `b\"fixed nonce!\"` is passed to `Real::seal`, whose parameter reaches `encrypt` (src/a.rs:6) as the nonce: every message under this key reuses it, and a repeated AEAD nonce reveals the XOR of the plaintexts and lets an attacker forge tags. Generate a fresh random nonce per message inside the function, or use a counter that never repeats.",
      "flow": [
        "src/b.rs:8:14 passed to `seal`",
        "src/a.rs:5:24 parameter `nonce` of `seal`",
        "src/a.rs:6:9 reaches `encrypt` here"
      ],
      "related": [
        "src/a.rs:6:9 the value reaches `encrypt` here",
        "src/a.rs:5:24 through this parameter"
      ]
    }
  ]);
});


test("a constant salt and a low iteration count handed to the crate's own PBKDF2 wrapper: one finding each, at the call, with the parameter it goes through", () => {
  const files = {
    'src/kdf.rs': `use pbkdf2::pbkdf2_hmac;
use sha2::Sha256;
pub fn derive(password: &[u8], salt: &[u8], rounds: u32) -> [u8; 32] {
    let mut out = [0u8; 32];
    pbkdf2_hmac::<Sha256>(password, salt, rounds, &mut out);
    out
}
`,
    'src/app.rs': `use crate::kdf::derive;
pub fn unlock(pw: &[u8], salt: &[u8]) -> [u8; 32] {
    derive(pw, b"constant salt!!!", 1_000)
}
pub fn good(pw: &[u8], salt: &[u8]) -> [u8; 32] {
    derive(pw, salt, 600_000)
}
`,
  };
  assert.deepEqual(view(scan(files)), [
    {
      "at": "weak-kdf(medium)@src/app.rs:3:5",
      "message": "Constant salt `b\"constant salt!!!\"` is passed to `derive`, whose parameter reaches `pbkdf2::pbkdf2_hmac` (src/kdf.rs:5): the same password gives the same key everywhere. Generate a random salt per password and store it beside the hash.",
      "flow": [
        "src/app.rs:3:5 passed to `derive`",
        "src/kdf.rs:3:32 parameter `salt` of `derive`",
        "src/kdf.rs:5:5 reaches `pbkdf2::pbkdf2_hmac` here"
      ],
      "related": [
        "src/kdf.rs:5:5 the value reaches `pbkdf2::pbkdf2_hmac` here",
        "src/kdf.rs:3:32 through this parameter"
      ]
    },
    {
      "at": "weak-kdf-cost(medium)@src/app.rs:3:5",
      "message": "PBKDF2 with 1,000 iterations: `1_000` is passed to `derive`, whose parameter reaches `pbkdf2::pbkdf2_hmac` (src/kdf.rs:5); OWASP recommends at least 600,000 for HMAC-SHA256. Raise the count, or move to Argon2id.",
      "flow": [
        "src/app.rs:3:5 passed to `derive`",
        "src/kdf.rs:3:45 parameter `rounds` of `derive`",
        "src/kdf.rs:5:5 reaches `pbkdf2::pbkdf2_hmac` here"
      ],
      "related": [
        "src/kdf.rs:5:5 the value reaches `pbkdf2::pbkdf2_hmac` here",
        "src/kdf.rs:3:45 through this parameter"
      ]
    }
  ]);
});

test("two types with methods and fields of the same names: a typed receiver reaches its own type's method, an untyped one is not guessed between two, and a key stored in a type whose field reaches no cipher is not reported", () => {
  const files = {
    'src/a.rs': `use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
pub struct Left { c: Aes256Gcm, key: Vec<u8> }
pub struct Right { c: Aes256Gcm, key: Vec<u8> }
impl Left {
    pub fn new(key: &[u8]) -> Self {
        Left { c: Aes256Gcm::new_from_slice(&[0u8; 32]).unwrap(), key: key.to_vec() }
    }
    pub fn seal(&self, nonce: &[u8], m: &[u8]) -> Vec<u8> {
        self.c.encrypt(Nonce::from_slice(nonce), m).unwrap_or_default()
    }
    pub fn cipher(&self) -> Aes256Gcm {
        Aes256Gcm::new_from_slice(&self.key).unwrap()
    }
}
impl Right {
    pub fn new(key: &[u8]) -> Self {
        Right { c: Aes256Gcm::new_from_slice(&[1u8; 32]).unwrap(), key: key.to_vec() }
    }
    pub fn seal(&self, nonce: &[u8], m: &[u8]) -> Vec<u8> {
        self.c.encrypt(Nonce::from_slice(nonce), m).unwrap_or_default()
    }
}
pub struct Plain { key: Vec<u8> }
impl Plain {
    pub fn new(key: &[u8]) -> Self {
        Plain { key: key.to_vec() }
    }
}
`,
    'src/b.rs': `use crate::a::{Left, Plain, Right};
pub fn typed(l: &Left, r: &Right, m: &[u8]) {
    let _x = l.seal(b"fixed nonce!", m);
    let _y = r.seal(b"other nonce!", m);
}
pub fn untyped(m: &[u8]) {
    let which = pick();
    let _z = which.seal(b"fixed nonce!", m);
}
pub fn keys() {
    let _l = Left::new(b"0123456789abcdef0123456789abcdef");
    let _p = Plain::new(b"0123456789abcdef0123456789abcdef");
}
`,
  };
  assert.deepEqual(view(scan(files)), [
    {
      "at": "hardcoded-key(critical)@src/a.rs:7:19",
      "message": "Hard-coded key: `&[0u8; 32]` reaches `Aes256Gcm::new_from_slice`. Anyone with the source or the binary can decrypt and forge every message. Load the key at run time (a secrets manager, the environment, a key file) or derive it with a KDF.",
      "flow": [
        "src/a.rs:7:46 the key bytes are defined here",
        "src/a.rs:7:19 used here"
      ],
      "related": [
        "src/a.rs:7:46 the key bytes are defined here"
      ]
    },
    {
      "at": "hardcoded-key(critical)@src/a.rs:18:20",
      "message": "Hard-coded key: `&[1u8; 32]` reaches `Aes256Gcm::new_from_slice`. Anyone with the source or the binary can decrypt and forge every message. Load the key at run time (a secrets manager, the environment, a key file) or derive it with a KDF.",
      "flow": [
        "src/a.rs:18:47 the key bytes are defined here",
        "src/a.rs:18:20 used here"
      ],
      "related": [
        "src/a.rs:18:47 the key bytes are defined here"
      ]
    },
    {
      "at": "constant-nonce(critical)@src/b.rs:3:14",
      "message": "Constant nonce `b\"fixed nonce!\"` is passed to `Left::seal`, whose parameter reaches `encrypt` (src/a.rs:10) as the nonce: every message under this key reuses it, and a repeated AEAD nonce reveals the XOR of the plaintexts and lets an attacker forge tags. Generate a fresh random nonce per message inside the function, or use a counter that never repeats.",
      "flow": [
        "src/b.rs:3:14 passed to `seal`",
        "src/a.rs:9:24 parameter `nonce` of `seal`",
        "src/a.rs:10:9 reaches `encrypt` here"
      ],
      "related": [
        "src/a.rs:10:9 the value reaches `encrypt` here",
        "src/a.rs:9:24 through this parameter"
      ]
    },
    {
      "at": "constant-nonce(critical)@src/b.rs:4:14",
      "message": "Constant nonce `b\"other nonce!\"` is passed to `Right::seal`, whose parameter reaches `encrypt` (src/a.rs:21) as the nonce: every message under this key reuses it, and a repeated AEAD nonce reveals the XOR of the plaintexts and lets an attacker forge tags. Generate a fresh random nonce per message inside the function, or use a counter that never repeats.",
      "flow": [
        "src/b.rs:4:14 passed to `seal`",
        "src/a.rs:20:24 parameter `nonce` of `seal`",
        "src/a.rs:21:9 reaches `encrypt` here"
      ],
      "related": [
        "src/a.rs:21:9 the value reaches `encrypt` here",
        "src/a.rs:20:24 through this parameter"
      ]
    },
    {
      "at": "hardcoded-key(critical)@src/b.rs:11:14",
      "message": "Hard-coded key: `b\"0123456789abcdef0123456789abcdef\"` is passed to `Left::new`, whose parameter reaches `Aes256Gcm::new_from_slice` (src/a.rs:13). Anyone with the source or the binary can decrypt and forge every message. Load the key at run time (a secrets manager, the environment, a key file) or derive it with a KDF.",
      "flow": [
        "src/b.rs:11:14 passed to `new`",
        "src/a.rs:7:72 stored into `Left.key`",
        "src/a.rs:13:9 `self.key` reaches `Aes256Gcm::new_from_slice` here"
      ],
      "related": [
        "src/a.rs:13:9 the value reaches `Aes256Gcm::new_from_slice` here",
        "src/a.rs:7:72 through this parameter"
      ]
    }
  ]);
});

test("a nonce made before nested loops is reported with the innermost loop; one made anew in the loop is not", () => {
  const files = {
    'src/seal.rs': `use aes_gcm::aead::{Aead, AeadCore, OsRng};
use aes_gcm::{Aes256Gcm, Nonce};
pub fn seal_one(c: &Aes256Gcm, nonce: &Nonce<aes_gcm::aead::consts::U12>, m: &[u8]) -> Vec<u8> {
    c.encrypt(nonce, m).unwrap_or_default()
}
pub fn seal_batches(c: &Aes256Gcm, batches: &[Vec<Vec<u8>>]) -> Vec<Vec<u8>> {
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    let mut out = Vec::new();
    for batch in batches {
        for m in batch {
            out.push(seal_one(c, &nonce, m));
        }
    }
    out
}
pub fn seal_each(c: &Aes256Gcm, batches: &[Vec<Vec<u8>>]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for batch in batches {
        let mut nonce = Aes256Gcm::generate_nonce(&mut OsRng);
        for m in batch {
            nonce = Aes256Gcm::generate_nonce(&mut OsRng);
            out.push(seal_one(c, &nonce, m));
        }
    }
    out
}
`,
  };
  assert.deepEqual(view(scan(files)), [
    {
      "at": "nonce-reuse(critical)@src/seal.rs:11:22",
      "message": "Nonce `&nonce` is made once (line 7) before the loop at line 10 and passed to `seal_one` on every iteration, where it becomes the nonce of `encrypt` (src/seal.rs:4): every message after the first is encrypted under the same key and nonce. Make a fresh nonce per message (inside the loop, or inside `seal_one`).",
      "flow": [
        "src/seal.rs:7:5 made once",
        "src/seal.rs:11:22 passed to `seal_one` in the loop",
        "src/seal.rs:3:32 parameter `nonce` of `seal_one`",
        "src/seal.rs:4:5 reaches `encrypt` here"
      ],
      "related": [
        "src/seal.rs:7:5 the nonce is made here, once",
        "src/seal.rs:4:5 it becomes the nonce here"
      ]
    }
  ]);
});

test("passwords in the forms a call site writes them (a long field path cut to 40 characters, a reference in parentheses, `?`, `clone().into_bytes()`, `self.password`); a password given to a parameter that reaches no key, or as HKDF's salt, or hashed first, is not a password key", () => {
  const files = {
    'src/crypto.rs': `use aes_gcm::{aead::KeyInit, Aes256Gcm};
pub fn make_cipher(material: &[u8]) -> Aes256Gcm {
    Aes256Gcm::new_from_slice(material).unwrap()
}
pub fn remember(secret: &[u8]) -> Vec<u8> {
    secret.to_vec()
}
pub fn hkdf_extract(salt: &[u8], input_key_material: &[u8]) -> [u8; 32] {
    let _ = (salt, input_key_material);
    [0u8; 32]
}
pub struct Login { password: String }
impl Login {
    pub fn cipher(&self) -> Aes256Gcm {
        make_cipher(self.password.as_bytes())
    }
}
pub fn forward(password: &str) -> Aes256Gcm {
    make_cipher(&password.as_bytes().to_vec())
}
pub fn hashed(password: &str) -> Aes256Gcm {
    let digest = blake3::hash(password.as_bytes());
    make_cipher(digest.as_bytes())
}
`,
    'src/app.rs': `use crate::crypto::{forward, hkdf_extract, make_cipher, remember};
pub fn run(settings: &Settings, admin_password: String) -> Option<()> {
    let _a = make_cipher(settings.database_administrator_password.trim().as_bytes());
    let _b = remember(admin_password.as_bytes());
    let _c = hkdf_extract(admin_password.as_bytes(), &[7u8; 32]);
    let _d = make_cipher((&admin_password).as_ref());
    let _e = make_cipher(&admin_password.clone().into_bytes());
    let _f = forward(&admin_password);
    let pw = Some(admin_password.clone());
    let _g = make_cipher(pw?.as_bytes());
    Some(())
}
`,
  };
  assert.deepEqual(view(scan(files)), [
    {
      "at": "weak-kdf(high)@src/app.rs:3:14",
      "message": "Password `settings.database_administrator_password` is passed to `make_cipher`, which uses it directly as the key of `Aes256Gcm::new_from_slice` (src/crypto.rs:3). Derive keys from passwords with Argon2id (or scrypt, or PBKDF2 with ≥ 600 000 iterations) and a random salt.",
      "flow": [
        "src/app.rs:3:14 password passed to `make_cipher`",
        "src/crypto.rs:2:20 parameter `material` of `make_cipher`",
        "src/crypto.rs:3:5 reaches `Aes256Gcm::new_from_slice` here"
      ],
      "related": [
        "src/crypto.rs:3:5 the password becomes key material here",
        "src/crypto.rs:2:20 through this parameter"
      ]
    },
    {
      "at": "weak-kdf(high)@src/app.rs:6:14",
      "message": "Password `(&admin_password).as_ref()` is passed to `make_cipher`, which uses it directly as the key of `Aes256Gcm::new_from_slice` (src/crypto.rs:3). Derive keys from passwords with Argon2id (or scrypt, or PBKDF2 with ≥ 600 000 iterations) and a random salt.",
      "flow": [
        "src/app.rs:6:14 password passed to `make_cipher`",
        "src/crypto.rs:2:20 parameter `material` of `make_cipher`",
        "src/crypto.rs:3:5 reaches `Aes256Gcm::new_from_slice` here"
      ],
      "related": [
        "src/crypto.rs:3:5 the password becomes key material here",
        "src/crypto.rs:2:20 through this parameter"
      ]
    },
    {
      "at": "weak-kdf(high)@src/app.rs:7:14",
      "message": "Password `&admin_password.clone().into_bytes()` is passed to `make_cipher`, which uses it directly as the key of `Aes256Gcm::new_from_slice` (src/crypto.rs:3). Derive keys from passwords with Argon2id (or scrypt, or PBKDF2 with ≥ 600 000 iterations) and a random salt.",
      "flow": [
        "src/app.rs:7:14 password passed to `make_cipher`",
        "src/crypto.rs:2:20 parameter `material` of `make_cipher`",
        "src/crypto.rs:3:5 reaches `Aes256Gcm::new_from_slice` here"
      ],
      "related": [
        "src/crypto.rs:3:5 the password becomes key material here",
        "src/crypto.rs:2:20 through this parameter"
      ]
    },
    {
      "at": "weak-kdf(high)@src/app.rs:8:14",
      "message": "Password `&admin_password` is passed to `forward`, which uses it directly as the key of `Aes256Gcm::new_from_slice` (src/crypto.rs:3). Derive keys from passwords with Argon2id (or scrypt, or PBKDF2 with ≥ 600 000 iterations) and a random salt.",
      "flow": [
        "src/app.rs:8:14 password passed to `forward`",
        "src/crypto.rs:18:16 parameter of `forward`",
        "src/crypto.rs:19:5 passed to `make_cipher`",
        "src/crypto.rs:2:20 parameter `material` of `make_cipher`",
        "src/crypto.rs:3:5 reaches `Aes256Gcm::new_from_slice` here"
      ],
      "related": [
        "src/crypto.rs:3:5 the password becomes key material here",
        "src/crypto.rs:18:16 through this parameter"
      ]
    },
    {
      "at": "weak-kdf(high)@src/app.rs:10:14",
      "message": "Password `pw?.as_bytes()` is passed to `make_cipher`, which uses it directly as the key of `Aes256Gcm::new_from_slice` (src/crypto.rs:3). Derive keys from passwords with Argon2id (or scrypt, or PBKDF2 with ≥ 600 000 iterations) and a random salt.",
      "flow": [
        "src/app.rs:10:14 password passed to `make_cipher`",
        "src/crypto.rs:2:20 parameter `material` of `make_cipher`",
        "src/crypto.rs:3:5 reaches `Aes256Gcm::new_from_slice` here"
      ],
      "related": [
        "src/crypto.rs:3:5 the password becomes key material here",
        "src/crypto.rs:2:20 through this parameter"
      ]
    },
    {
      "at": "weak-kdf(high)@src/crypto.rs:15:9",
      "message": "Password `self.password.as_bytes()` is passed to `make_cipher`, which uses it directly as the key of `Aes256Gcm::new_from_slice` (src/crypto.rs:3). Derive keys from passwords with Argon2id (or scrypt, or PBKDF2 with ≥ 600 000 iterations) and a random salt.",
      "flow": [
        "src/crypto.rs:15:9 password passed to `make_cipher`",
        "src/crypto.rs:2:20 parameter `material` of `make_cipher`",
        "src/crypto.rs:3:5 reaches `Aes256Gcm::new_from_slice` here"
      ],
      "related": [
        "src/crypto.rs:3:5 the password becomes key material here",
        "src/crypto.rs:2:20 through this parameter"
      ]
    },
    {
      "at": "weak-kdf(high)@src/crypto.rs:19:5",
      "message": "Password `&password.as_bytes().to_vec()` is passed to `make_cipher`, which uses it directly as the key of `Aes256Gcm::new_from_slice` (src/crypto.rs:3). Derive keys from passwords with Argon2id (or scrypt, or PBKDF2 with ≥ 600 000 iterations) and a random salt.",
      "flow": [
        "src/crypto.rs:19:5 password passed to `make_cipher`",
        "src/crypto.rs:2:20 parameter `material` of `make_cipher`",
        "src/crypto.rs:3:5 reaches `Aes256Gcm::new_from_slice` here"
      ],
      "related": [
        "src/crypto.rs:3:5 the password becomes key material here",
        "src/crypto.rs:2:20 through this parameter"
      ]
    },
    {
      "at": "weak-password-hash(high)@src/crypto.rs:22:18",
      "message": "Password hashed with one pass of BLAKE3 (`password.as_bytes()`): a fast hash lets an attacker who gets the stored hashes test billions of guesses per second. Store passwords with a password hash: Argon2id (`argon2::Argon2::default().hash_password(pw, &salt)`), scrypt or bcrypt, and check them with `verify_password`.",
      "flow": [],
      "related": []
    }
  ]);
});


test("constants of another file of the crate: the literal forms a const can take are constant (`*b\"\u2026\"`, parentheses, a list with a comment, `hex!`, a `&` static, a `&str` through `as_bytes`); one built by a call, holding a name, or a macro that is not a literal one is not; a tuple field is not followed", () => {
  const files = {
    'src/consts.rs': `pub const DEREF_NONCE: [u8; 12] = *b"deref nonce!";
pub const PAREN_NONCE: [u8; 12] = ([3u8; 12]);
pub const LISTED_NONCE: [u8; 12] = [0x01, 0x02, /* fixed */ 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c];
pub const HEX_NONCE: [u8; 12] = hex_literal::hex!("0102030405060708090a0b0c");
pub const PAIR: ([u8; 12], u8) = ([4u8; 12], 1);
pub static REF_KEY: &[u8; 32] = &[5u8; 32];
pub const KEY_TEXT: &str = "0123456789abcdef0123456789abcdef";
pub const BUILT_NONCE: [u8; 12] = make_nonce();
pub const MIXED_NONCE: [u8; 12] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, SEED];
pub const NESTED_NONCE: [u8; 12] = vec_macro!([1, 2]);
`,
    'src/app.rs': `use crate::consts::*;
use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
pub fn run(c: &Aes256Gcm, m: &[u8]) {
    let _a = c.encrypt(Nonce::from_slice(&DEREF_NONCE), m);
    let _b = c.encrypt(Nonce::from_slice(&PAREN_NONCE), m);
    let _c = c.encrypt(Nonce::from_slice(&LISTED_NONCE), m);
    let _d = c.encrypt(Nonce::from_slice(&HEX_NONCE), m);
    let _e = c.encrypt(Nonce::from_slice(&PAIR.0), m);
    let _f = Aes256Gcm::new_from_slice(REF_KEY);
    let _g = Aes256Gcm::new_from_slice(KEY_TEXT.as_bytes());
    let _h = c.encrypt(Nonce::from_slice(&BUILT_NONCE), m);
    let _i = c.encrypt(Nonce::from_slice(&MIXED_NONCE), m);
    let _j = c.encrypt(Nonce::from_slice(&NESTED_NONCE), m);
}
`,
  };
  assert.deepEqual(view(scan(files)), [
    {
      "at": "constant-nonce(critical)@src/app.rs:5:14",
      "message": "Constant nonce `Nonce::from_slice(&DEREF_NONCE)` passed to `encrypt`: every message under this key reuses it, and with AES-256-GCM a repeated nonce reveals the XOR of the plaintexts and lets an attacker forge authentication tags. Generate a fresh random nonce for each message (e.g. `Aes256Gcm::generate_nonce(&mut OsRng)`) or use a counter that never repeats.",
      "flow": [
        "src/consts.rs:1:1 `DEREF_NONCE` is a constant defined here",
        "src/app.rs:5:14 used here"
      ],
      "related": [
        "src/consts.rs:1:1 `DEREF_NONCE` is a constant defined here"
      ]
    },
    {
      "at": "constant-nonce(critical)@src/app.rs:6:14",
      "message": "Constant nonce `Nonce::from_slice(&PAREN_NONCE)` passed to `encrypt`: every message under this key reuses it, and with AES-256-GCM a repeated nonce reveals the XOR of the plaintexts and lets an attacker forge authentication tags. Generate a fresh random nonce for each message (e.g. `Aes256Gcm::generate_nonce(&mut OsRng)`) or use a counter that never repeats.",
      "flow": [
        "src/consts.rs:2:1 `PAREN_NONCE` is a constant defined here",
        "src/app.rs:6:14 used here"
      ],
      "related": [
        "src/consts.rs:2:1 `PAREN_NONCE` is a constant defined here"
      ]
    },
    {
      "at": "constant-nonce(critical)@src/app.rs:7:14",
      "message": "Constant nonce `Nonce::from_slice(&LISTED_NONCE)` passed to `encrypt`: every message under this key reuses it, and with AES-256-GCM a repeated nonce reveals the XOR of the plaintexts and lets an attacker forge authentication tags. Generate a fresh random nonce for each message (e.g. `Aes256Gcm::generate_nonce(&mut OsRng)`) or use a counter that never repeats.",
      "flow": [
        "src/consts.rs:3:1 `LISTED_NONCE` is a constant defined here",
        "src/app.rs:7:14 used here"
      ],
      "related": [
        "src/consts.rs:3:1 `LISTED_NONCE` is a constant defined here"
      ]
    },
    {
      "at": "constant-nonce(critical)@src/app.rs:8:14",
      "message": "Constant nonce `Nonce::from_slice(&HEX_NONCE)` passed to `encrypt`: every message under this key reuses it, and with AES-256-GCM a repeated nonce reveals the XOR of the plaintexts and lets an attacker forge authentication tags. Generate a fresh random nonce for each message (e.g. `Aes256Gcm::generate_nonce(&mut OsRng)`) or use a counter that never repeats.",
      "flow": [
        "src/consts.rs:4:1 `HEX_NONCE` is a constant defined here",
        "src/app.rs:8:14 used here"
      ],
      "related": [
        "src/consts.rs:4:1 `HEX_NONCE` is a constant defined here"
      ]
    },
    {
      "at": "hardcoded-key(critical)@src/app.rs:10:14",
      "message": "Hard-coded key: `REF_KEY` reaches `Aes256Gcm::new_from_slice`. Anyone with the source or the binary can decrypt and forge every message. Load the key at run time (a secrets manager, the environment, a key file) or derive it with a KDF.",
      "flow": [
        "src/consts.rs:6:1 `REF_KEY` is a constant defined here",
        "src/app.rs:10:14 used here"
      ],
      "related": [
        "src/consts.rs:6:1 `REF_KEY` is a constant defined here"
      ]
    },
    {
      "at": "hardcoded-key(critical)@src/app.rs:11:14",
      "message": "Hard-coded key: `KEY_TEXT.as_bytes()` reaches `Aes256Gcm::new_from_slice`. Anyone with the source or the binary can decrypt and forge every message. Load the key at run time (a secrets manager, the environment, a key file) or derive it with a KDF.",
      "flow": [
        "src/consts.rs:7:1 `KEY_TEXT` is a constant defined here",
        "src/app.rs:11:14 used here"
      ],
      "related": [
        "src/consts.rs:7:1 `KEY_TEXT` is a constant defined here"
      ]
    }
  ]);
});


test("a parameter that reaches two sinks of two rules (a pepper used as the Argon2 salt and as the HMAC key): both findings, at the call and through a function that hands it on", () => {
  const files = {
    'src/hashing.rs': `use argon2::Argon2;
use hmac::{Hmac, Mac};
use sha2::Sha256;
pub fn protect(password: &[u8], pepper: &[u8]) -> Vec<u8> {
    let mut out = [0u8; 32];
    Argon2::default().hash_password_into(password, pepper, &mut out).unwrap();
    let mut mac = Hmac::<Sha256>::new_from_slice(pepper).unwrap();
    mac.update(&out);
    mac.finalize().into_bytes().to_vec()
}
pub fn protect_user(password: &[u8], pepper: &[u8]) -> Vec<u8> {
    protect(password, pepper)
}
`,
    'src/app.rs': `use crate::hashing::{protect, protect_user};
pub fn store(pw: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let direct = protect(pw, b"static pepper!!!");
    let through = protect_user(pw, b"another pepper!!");
    (direct, through)
}
`,
  };
  assert.deepEqual(view(scan(files)), [
    {
      "at": "hardcoded-key(critical)@src/app.rs:3:18",
      "message": "Hard-coded key: `b\"static pepper!!!\"` is passed to `protect`, whose parameter reaches `Hmac::new_from_slice` (src/hashing.rs:7). Anyone with the source or the binary can decrypt and forge every message. Load the key at run time (a secrets manager, the environment, a key file) or derive it with a KDF.",
      "flow": [
        "src/app.rs:3:18 passed to `protect`",
        "src/hashing.rs:4:33 parameter `pepper` of `protect`",
        "src/hashing.rs:7:19 reaches `Hmac::new_from_slice` here"
      ],
      "related": [
        "src/hashing.rs:7:19 the value reaches `Hmac::new_from_slice` here",
        "src/hashing.rs:4:33 through this parameter"
      ]
    },
    {
      "at": "weak-kdf(medium)@src/app.rs:3:18",
      "message": "Constant salt `b\"static pepper!!!\"` is passed to `protect`, whose parameter reaches `hash_password_into` (src/hashing.rs:6): the same password gives the same key everywhere. Generate a random salt per password and store it beside the hash.",
      "flow": [
        "src/app.rs:3:18 passed to `protect`",
        "src/hashing.rs:4:33 parameter `pepper` of `protect`",
        "src/hashing.rs:6:5 reaches `hash_password_into` here"
      ],
      "related": [
        "src/hashing.rs:6:5 the value reaches `hash_password_into` here",
        "src/hashing.rs:4:33 through this parameter"
      ]
    },
    {
      "at": "hardcoded-key(critical)@src/app.rs:4:19",
      "message": "Hard-coded key: `b\"another pepper!!\"` is passed to `protect_user`, whose parameter is handed on until it reaches `Hmac::new_from_slice` (src/hashing.rs:7). Anyone with the source or the binary can decrypt and forge every message. Load the key at run time (a secrets manager, the environment, a key file) or derive it with a KDF.",
      "flow": [
        "src/app.rs:4:19 passed to `protect_user`",
        "src/hashing.rs:11:38 parameter of `protect_user`",
        "src/hashing.rs:12:5 passed to `protect`",
        "src/hashing.rs:4:33 parameter `pepper` of `protect`",
        "src/hashing.rs:7:19 reaches `Hmac::new_from_slice` here"
      ],
      "related": [
        "src/hashing.rs:7:19 the value reaches `Hmac::new_from_slice` here",
        "src/hashing.rs:11:38 through this parameter"
      ]
    },
    {
      "at": "weak-kdf(medium)@src/app.rs:4:19",
      "message": "Constant salt `b\"another pepper!!\"` is passed to `protect_user`, whose parameter is handed on until it reaches `hash_password_into` (src/hashing.rs:6): the same password gives the same key everywhere. Generate a random salt per password and store it beside the hash.",
      "flow": [
        "src/app.rs:4:19 passed to `protect_user`",
        "src/hashing.rs:11:38 parameter of `protect_user`",
        "src/hashing.rs:12:5 passed to `protect`",
        "src/hashing.rs:4:33 parameter `pepper` of `protect`",
        "src/hashing.rs:6:5 reaches `hash_password_into` here"
      ],
      "related": [
        "src/hashing.rs:6:5 the value reaches `hash_password_into` here",
        "src/hashing.rs:11:38 through this parameter"
      ]
    }
  ]);
});

test("a `let` of a password handed on as `ikm.as_ref()` or `&ikm.to_vec()` is a password; a key field of a value named for passwords is not", () => {
  const files = {
    'src/crypto.rs': `use aes_gcm::{aead::KeyInit, Aes256Gcm};
pub fn make_cipher(material: &[u8]) -> Aes256Gcm {
    Aes256Gcm::new_from_slice(material).unwrap()
}
pub fn sliced(password: &str) -> Aes256Gcm {
    let ikm = password.as_bytes();
    make_cipher(ikm.as_ref())
}
pub fn copied(password: &str) -> Aes256Gcm {
    let ikm = password.as_bytes();
    make_cipher(&ikm.to_vec())
}
pub fn stored_key(password_store: &Store) -> Aes256Gcm {
    make_cipher(password_store.master_key.as_slice())
}
`,
  };
  assert.deepEqual(view(scan(files)), [
    {
      "at": "weak-kdf(high)@src/crypto.rs:7:5",
      "message": "Password `ikm.as_ref()` is passed to `make_cipher`, which uses it directly as the key of `Aes256Gcm::new_from_slice` (src/crypto.rs:3). Derive keys from passwords with Argon2id (or scrypt, or PBKDF2 with ≥ 600 000 iterations) and a random salt.",
      "flow": [
        "src/crypto.rs:7:5 password passed to `make_cipher`",
        "src/crypto.rs:2:20 parameter `material` of `make_cipher`",
        "src/crypto.rs:3:5 reaches `Aes256Gcm::new_from_slice` here"
      ],
      "related": [
        "src/crypto.rs:3:5 the password becomes key material here",
        "src/crypto.rs:2:20 through this parameter"
      ]
    },
    {
      "at": "weak-kdf(high)@src/crypto.rs:11:5",
      "message": "Password `&ikm.to_vec()` is passed to `make_cipher`, which uses it directly as the key of `Aes256Gcm::new_from_slice` (src/crypto.rs:3). Derive keys from passwords with Argon2id (or scrypt, or PBKDF2 with ≥ 600 000 iterations) and a random salt.",
      "flow": [
        "src/crypto.rs:11:5 password passed to `make_cipher`",
        "src/crypto.rs:2:20 parameter `material` of `make_cipher`",
        "src/crypto.rs:3:5 reaches `Aes256Gcm::new_from_slice` here"
      ],
      "related": [
        "src/crypto.rs:3:5 the password becomes key material here",
        "src/crypto.rs:2:20 through this parameter"
      ]
    }
  ]);
});


test("a constructor that stores two parameters into two fields, each reaching its own sink: the constant nonce is reported as a nonce, and not as the key", () => {
  const files = {
    'src/session.rs': `use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
pub struct Session { key: Vec<u8>, nonce: Vec<u8> }
impl Session {
    pub fn new(key: &[u8], nonce: &[u8]) -> Self {
        Session { key: key.to_vec(), nonce: nonce.to_vec() }
    }
    pub fn seal(&self, m: &[u8]) -> Vec<u8> {
        let c = Aes256Gcm::new_from_slice(&self.key).unwrap();
        c.encrypt(Nonce::from_slice(&self.nonce), m).unwrap_or_default()
    }
}
`,
    'src/app.rs': `use crate::session::Session;
pub fn start(key: &[u8]) -> Session {
    Session::new(key, b"fixed nonce!")
}
`,
  };
  assert.deepEqual(view(scan(files)), [
    {
      "at": "constant-nonce(critical)@src/app.rs:3:5",
      "message": "Constant nonce `b\"fixed nonce!\"` is passed to `Session::new`, whose parameter reaches `encrypt` (src/session.rs:10) as the nonce: every message under this key reuses it, and a repeated AEAD nonce reveals the XOR of the plaintexts and lets an attacker forge tags. Generate a fresh random nonce per message inside the function, or use a counter that never repeats.",
      "flow": [
        "src/app.rs:3:5 passed to `new`",
        "src/session.rs:6:45 stored into `Session.nonce`",
        "src/session.rs:10:9 `self.nonce` reaches `encrypt` here"
      ],
      "related": [
        "src/session.rs:10:9 the value reaches `encrypt` here",
        "src/session.rs:6:45 through this parameter"
      ]
    },
    {
      "at": "nonce-reuse(critical)@src/session.rs:10:9",
      "message": "Nonce `Nonce::from_slice(&self.nonce)` comes from the field `nonce`, which nothing ever advances: every call of `seal` encrypts under the same key and nonce. Generate a nonce per message, or increment a counter field and refuse to wrap.",
      "flow": [],
      "related": [
        "src/session.rs:6:45 `nonce` is set here and never changed"
      ]
    }
  ]);
});

