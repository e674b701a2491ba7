// The crate's own logging helper, in another file than its callers.
pub fn debug(msg: &str) {
    if std::env::var("APP_DEBUG").is_ok() {
        eprintln!("[debug]: {}", msg);
    }
}

pub fn title(s: &str) -> String {
    s.to_uppercase()
}
