use crypto::hmac::Hmac; // ok: broken-cipher
use crypto::mac::Mac; // ok: broken-cipher
