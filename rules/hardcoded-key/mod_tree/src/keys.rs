use std::sync::LazyLock;

/// Read from the key file on first use: not a constant, whatever other modules call `KEY`.
pub static KEY: LazyLock<Vec<u8>> = LazyLock::new(|| std::fs::read("/run/secrets/app.key").expect("key file"));
