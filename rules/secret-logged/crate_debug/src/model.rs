#[derive(Debug, Clone)]
pub struct LoginRequest {
    pub name: String,
    pub password: String,
}

#[derive(Debug, Default)]
pub struct User {
    pub id: u64,
    pub name: String,
    pub api_token: String,
}

impl User {
    pub fn find(id: u64) -> Option<User> {
        (id == 7).then(|| User { id, name: "ann".into(), api_token: "tok".into() })
    }

    pub fn name_of(id: u64) -> Option<String> {
        Self::find(id).map(|u| u.name)
    }
}

#[derive(Debug, Default)]
pub struct Admin {
    pub user_id: i32,
    pub name: String,
    // The stored password column (a bcrypt hash, or worse).
    pub password: String,
}

#[derive(Debug)]
pub struct Session {
    pub token: String,
    pub user: u64,
}
