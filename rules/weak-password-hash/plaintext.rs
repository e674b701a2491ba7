// Passwords kept in the clear: the stored field compared with the one presented.
pub struct Teacher {
    pub id: i32,
    pub password: String,
}

impl Teacher {
    pub fn check_password(&self, password: &String) -> bool {
        self.password == *password // expect: weak-password-hash(high) "in the clear", non-constant-time-compare
    }
}

pub struct SignUp {
    pub password: String,
    pub password_confirm: String,
}

// A sign-up form checks that the two fields the user typed agree: no stored password there.
pub fn passwords_match(form: &SignUp) -> bool {
    form.password == form.password_confirm // ok: weak-password-hash
}

// The stored value is a hash of the presented password: not in the clear, but one fast pass.
pub fn check_hashed(stored: &Teacher, password: &str) -> bool {
    stored.password == hex::encode(sha2::Sha256::digest(password.as_bytes())) // expect: weak-password-hash "one pass of SHA-256", non-constant-time-compare
}

// The password itself where its hash belongs: an ORM record's `password_hash` column, and a query
// on that column by the password typed at login. One scheme, one finding (the others related).
pub mod users {
    use sea_orm::{ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

    pub async fn register(db: &DatabaseConnection, phone: String, password: String, password2: String) -> bool {
        if password != password2 {
            return false;
        }
        let user = entity::ActiveModel {
            phone: Set(Some(phone)),
            password_hash: Set(Some(password)), // expect: weak-password-hash(high) "`password_hash` is given the password `password` itself"
            ..Default::default()
        };
        entity::Entity::insert(user).exec(db).await.is_ok()
    }

    pub async fn login(db: &DatabaseConnection, phone: String, password: String) -> bool {
        entity::Entity::find()
            .filter(entity::Column::Phone.eq(phone))
            .filter(entity::Column::PasswordHash.eq(password.clone()))
            .one(db)
            .await
            .map(|u| u.is_some())
            .unwrap_or(false)
    }

    // --- correct code: the hash goes into the column ---
    pub fn record(phone: String, password: &str, salt: &argon2::password_hash::SaltString) -> entity::ActiveModel {
        use argon2::PasswordHasher;
        let password_hash = argon2::Argon2::default().hash_password(password.as_bytes(), salt).map(|h| h.to_string()).unwrap_or_default();
        entity::ActiveModel { phone: Set(Some(phone)), password_hash: Set(Some(password_hash)), ..Default::default() }
    }
}
