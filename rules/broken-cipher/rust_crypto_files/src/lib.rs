// With rust-crypto in the manifest, any `crypto::` import is the crate (here a module name the
// analyzer does not list); the finding is made once for the whole crate (mac.rs imports it too).
mod mac;
use crypto::symmetriccipher::SynchronousStreamCipher as _; // expect: broken-cipher "`use crypto::symmetriccipher::SynchronousStreamCip…`: the `rust-crypto` crate"
