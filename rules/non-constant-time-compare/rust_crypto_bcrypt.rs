// A login that hashes with rust-crypto's raw `bcrypt` into a buffer and compares the bytes with `==`.
use crypto::bcrypt::bcrypt; // expect: broken-cipher "the `rust-crypto` crate is unmaintained"

pub struct User {
    pub pass_hash: Vec<u8>,
    pub salt: Vec<u8>,
}

pub fn create_user(password: &str, salt: [u8; 16]) -> User {
    let mut pass_output = [0u8; 24];
    bcrypt(12, &salt, password.as_bytes(), &mut pass_output);
    // The buffer bcrypt wrote into holds the hash, whatever its name says.
    User { pass_hash: Vec::from(pass_output), salt: Vec::from(salt) } // ok: weak-password-hash
}

pub fn login(user: &User, password: &str) -> bool {
    let mut pass_output = [0u8; 24];
    bcrypt(12, &user.salt, password.as_bytes(), &mut pass_output);
    user.pass_hash == pass_output // expect: non-constant-time-compare "`user.pass_hash == pass_output` compares secret bytes with `==`"
}

// --- correct code ---

// The password typed twice at sign-up: two inputs of the same user.
pub fn confirm(pass: &String, password_validation: String) -> bool {
    &password_validation == pass // ok: non-constant-time-compare
}

// A password read from the prompt into a buffer is the password, not a hash.
pub struct Account {
    pub password_hash: String,
}

pub fn register() -> Account {
    let mut password = String::new();
    std::io::stdin().read_line(&mut password).unwrap();
    Account { password_hash: password } // expect: weak-password-hash "is given the password"
}
