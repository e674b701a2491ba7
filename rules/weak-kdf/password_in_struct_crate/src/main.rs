mod vault;

use rand::RngCore;
use vault::{open_record, reopen, Session};

fn read_master_password() -> String {
    let mut line = String::new();
    std::io::stdin().read_line(&mut line).unwrap();
    line.trim().to_string()
}

fn main() {
    let sealed = std::fs::read("record.bin").unwrap();
    let master_password = read_master_password();
    let padded_password = format!("{:0<32}", master_password).into_bytes();

    // The typed master password, padded, becomes the AES key through the struct's fields: one finding, at the first field.
    let _a = open_record(
        &sealed,
        &Session {
            key: Some(padded_password.clone()), // expect: weak-kdf(high) "as the `key` field of its argument"
            backup_key: Some(padded_password.clone()),
            user: None,
        },
    );

    // Handed on whole by `reopen`: the field still reaches the key.
    let _b = reopen(
        &Session {
            key: Some(padded_password.clone()), // expect: weak-kdf(high) "is passed to `reopen` as the `key` field"
            backup_key: None,
            user: None,
        },
        &sealed,
    );

    // A random key in the fields, and the password only as the user's name: nothing to report.
    let mut random_key = vec![0u8; 32];
    rand::thread_rng().fill_bytes(&mut random_key);
    let _c = open_record(
        &sealed,
        &Session {
            key: Some(random_key.clone()),
            backup_key: Some(random_key),
            user: Some(master_password.clone()),
        },
    );
}
