// Work-factor constants, some defined through others (see legacy.rs).
mod legacy;
pub use legacy::OLD_PROFILE_ROUNDS;

pub const LEGACY_ROUNDS: u32 = OLD_PROFILE_ROUNDS;
pub const SCRYPT_LOG_N: u8 = 13;
