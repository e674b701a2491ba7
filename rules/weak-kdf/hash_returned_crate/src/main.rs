mod keys;
mod seal;

fn main() {
    let phrase = std::env::args().nth(1).expect("a key phrase");
    let data = std::fs::read("plain.txt").expect("read");

    // The phrase's one SHA-256 becomes the AES key: reported at `key_from_phrase`, once for both calls.
    let key = keys::key_from_phrase(&phrase);
    let sealed = seal::seal_file(&data, key);
    let again = seal::seal_file(&sealed, keys::key_from_phrase(&phrase));

    // A checksum stored, and a hash keying an HMAC: no cipher key, nothing to report.
    seal::store_checksum(keys::checksum(&again));
    let _t = seal::tag(&again, &keys::mac_key("v1"));
}
