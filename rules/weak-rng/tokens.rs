// Tokens and passwords drawn straight from a non-cryptographic generator and kept as secrets.
use rand::distributions::{Alphanumeric, DistString};
use rand::rngs::{OsRng, SmallRng};
use rand::{Rng, SeedableRng};
use random_string::generate;

pub struct Session {
    pub user: String,
    pub session_token: String,
}

// random-string draws from fastrand: a session token anyone can predict after seeing a few.
pub fn login(user: &str) -> Session {
    let charset = "1234567890abcdefghijklmnopqrstuvwxyz";
    let mut s = Session { user: user.to_string(), session_token: String::new() };
    s.session_token = generate(12, charset); // expect: weak-rng(high) "`session_token` is drawn from `random_string`, which is not cryptographically secure"
    s
}

pub fn reset_link(user: &str) -> String {
    let token: String = (0..32).map(|_| fastrand::alphanumeric()).collect(); // expect: weak-rng(high) "`token` is drawn from `fastrand`"
    format!("https://example.com/reset?user={user}&token={token}")
}

pub fn new_api_key() -> String {
    let mut rng = SmallRng::from_entropy();
    (0..40).map(|_| rng.sample(Alphanumeric) as char).collect() // expect: weak-rng(high) "`new_api_key` is drawn from `SmallRng`"
}

pub fn invite(user: &str) -> Session {
    Session {
        user: user.to_string(),
        session_token: fastrand::u64(..).to_string(), // expect: weak-rng(high) "`session_token` is drawn from `fastrand`"
    }
}

// Not secrets: a shuffle, a jitter, a sample id and a map key from a fast generator are fine.
pub fn jitter_ms() -> u64 {
    let delay = fastrand::u64(50..250);
    delay
}

pub fn sample_ids(n: usize) -> Vec<u32> {
    let mut rng = SmallRng::seed_from_u64(7);
    let ids: Vec<u32> = (0..n).map(|_| rng.gen()).collect();
    ids
}

pub fn bucket_key() -> u64 {
    let key = fastrand::u64(..);
    key
}

// The same tokens from the operating system's generator.
pub fn login_ok(user: &str) -> Session {
    let mut s = Session { user: user.to_string(), session_token: String::new() };
    s.session_token = Alphanumeric.sample_string(&mut OsRng, 32);
    s
}

pub fn reset_link_ok(user: &str) -> String {
    let token: String = (0..32).map(|_| OsRng.sample(Alphanumeric) as char).collect();
    format!("https://example.com/reset?user={user}&token={token}")
}

// A generator's own constructor is no secret kept: `from_seed` wraps the seed it is given (as
// rand's own `SmallRng` does).
pub mod game {
    use rand::SeedableRng;

    pub struct SmallRng(rand_pcg::Pcg64);

    impl SeedableRng for SmallRng {
        type Seed = <rand_pcg::Pcg64 as SeedableRng>::Seed;

        fn from_seed(seed: Self::Seed) -> Self {
            SmallRng(rand_pcg::Pcg64::from_seed(seed))
        }
    }
}
