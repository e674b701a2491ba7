pub fn debug(msg: &str) {
    if std::env::var("APP_DEBUG").is_ok() {
        eprintln!("[Debug]: {}", msg);
    }
}
