// A login by PIN: the stored hash of the PIN compared with `==` against the hash of the one typed.
pub struct User {
    pub name: String,
    pub pin_hashed: String,
}

pub fn login(user: &User, hashed_pin_input: &str) -> bool {
    user.pin_hashed == hashed_pin_input // expect: non-constant-time-compare(medium) "`user.pin_hashed == hashed_pin_input` compares secret bytes"
}

// --- correct code ---

pub struct Board {
    pub led_pin: u8,
}

pub fn is_led(board: &Board, pin: u8) -> bool {
    board.led_pin == pin // ok: non-constant-time-compare
}

pub fn same_layout(a: &[u8], b: &[u8]) -> bool {
    let pinout_hash_a = a.len();
    let pinout_hash_b = b.len();
    pinout_hash_a == pinout_hash_b // ok: non-constant-time-compare
}
