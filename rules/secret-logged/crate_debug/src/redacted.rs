use std::fmt;

pub struct Credentials {
    pub user: String,
    pub password: String,
}

// Debug written by hand, so the password never reaches a log.
impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials").field("user", &self.user).field("password", &"[REDACTED]").finish()
    }
}
