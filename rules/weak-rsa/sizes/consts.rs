// Key sizes defined in another file of the crate.
pub const LEGACY_RSA_BITS: usize = 1536;
pub const RSA_BITS: usize = 4096;
