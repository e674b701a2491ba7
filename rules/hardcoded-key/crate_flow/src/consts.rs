// The key is defined as another constant, in a third file.
pub const DEFAULT_KEY: [u8; 32] = crate::store::FACTORY_KEY;
