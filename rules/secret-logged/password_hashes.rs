// A stored password's hash in a log: whoever reads the log can crack it offline (bcrypt slows that
// down; a fast hash does not), and with the same salt and parameters it may be the vault key itself.
use argon2::password_hash::{rand_core::OsRng, PasswordHasher, SaltString};
use argon2::Argon2;
use sha2::{Digest, Sha256};
use sqlx::PgPool;

#[derive(Debug, Clone)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub password_hash: String,
}

#[derive(Debug)]
pub struct Profile {
    pub id: i64,
    pub display_name: String,
}

pub async fn find_user_by_email(pool: &PgPool, email: &str) -> Result<User, sqlx::Error> {
    sqlx::query_as!(User, "SELECT id, email, password_hash FROM users WHERE email = $1", email).fetch_one(pool).await
}

pub async fn find_profile(pool: &PgPool, id: i64) -> Result<Profile, sqlx::Error> {
    sqlx::query_as!(Profile, "SELECT id, display_name FROM profiles WHERE id = $1", id).fetch_one(pool).await
}

pub async fn sign_up(pool: &PgPool, email: &str, password: &str) -> Result<(), String> {
    let existing = find_user_by_email(pool, email).await;
    if let Ok(user) = existing {
        println!("sign_up: {} is taken by {:?}", email, user); // expect: secret-logged(medium) "`user.password_hash` is written out by `println!`"
        eprintln!("{:#?}", user); // expect: secret-logged "`user.password_hash` is written out by `eprintln!`"
        return Err("taken".into());
    }
    let password_hash = bcrypt::hash(password, 12).map_err(|e| e.to_string())?;
    println!("sign_up password_hash: {}", password_hash); // expect: secret-logged "`password_hash` is written out by `println!`"
    log::debug!("stored hash for {email}: {hashed_pwd}", hashed_pwd = password_hash); // expect: secret-logged
    Ok(())
}

pub fn register(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    let hash = Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map_err(|e| anyhow::anyhow!("hashing failed: {e}"))?
        .to_string();
    println!("salt string: {}, hash: {}", salt, hash); // expect: secret-logged "`hash` is written out by `println!`"
    let legacy = bcrypt::hash(password, 12)?;
    log::info!("legacy hash {}", legacy); // expect: secret-logged "`legacy`"
    Ok(hash)
}

// --- correct code ---

pub fn checksum(upload: &[u8]) -> String {
    let hash = hex::encode(Sha256::digest(upload));
    println!("upload hash: {}", hash); // ok: secret-logged
    hash
}

pub async fn show_profile(pool: &PgPool, id: i64) {
    let found = find_profile(pool, id).await;
    if let Ok(profile) = found {
        println!("profile {:?}", profile); // ok: secret-logged
    }
}

pub fn report_policy(password_hash_algorithm: &str, min_password_len: usize) {
    println!("hashing with {password_hash_algorithm}, at least {min_password_len} characters"); // ok: secret-logged
}
