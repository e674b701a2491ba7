// Passwords kept in the clear: the stored field compared with the one presented.
pub struct Teacher {
    pub id: i32,
    pub password: String,
}

impl Teacher {
    pub fn check_password(&self, password: &String) -> bool {
        self.password == *password // expect: weak-password-hash(high) "in the clear", non-constant-time-compare
    }
}

pub struct SignUp {
    pub password: String,
    pub password_confirm: String,
}

// A sign-up form checks that the two fields the user typed agree: no stored password there.
pub fn passwords_match(form: &SignUp) -> bool {
    form.password == form.password_confirm // ok: weak-password-hash
}

// The stored value is a hash of the presented password: not in the clear, but one fast pass.
pub fn check_hashed(stored: &Teacher, password: &str) -> bool {
    stored.password == hex::encode(sha2::Sha256::digest(password.as_bytes())) // expect: weak-password-hash "one pass of SHA-256", non-constant-time-compare
}
