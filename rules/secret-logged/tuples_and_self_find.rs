// A user store: users printed inside a list of pairs, and users looked up through `Self::find`
// of the repository or `Self::load` of the user type. A `{:?}` of any of them prints the password.
use log::info;
use std::collections::HashMap;

#[derive(Debug, Clone)]
pub struct User {
    pub name: String,
    pub password: String,
}

#[derive(Debug, Clone)]
pub struct Profile {
    pub name: String,
    pub bio: String,
}

pub struct Db {
    users: HashMap<u64, User>,
    profiles: HashMap<u64, Profile>,
}

pub struct UserRepo;

impl UserRepo {
    pub fn find(db: &Db, id: u64) -> Option<User> {
        db.users.get(&id).cloned()
    }

    pub fn profile(db: &Db, id: u64) -> Option<Profile> {
        db.profiles.get(&id).cloned()
    }

    pub fn by_name(db: &Db) -> Vec<(String, User)> {
        db.users.values().map(|u| (u.name.clone(), u.clone())).collect()
    }

    pub fn log_all(db: &Db) {
        let pairs: Vec<(String, User)> = Self::by_name(db);
        info!("users: {:?}", pairs); // expect: secret-logged "`pairs.password`"
    }

    pub fn log_one(db: &Db, id: u64) {
        if let Some(u) = Self::find(db, id) {
            info!("found {:?}", u); // expect: secret-logged "`u.password`"
        }
    }

    // --- correct code ---

    pub fn log_profiles(list: &[(u64, Profile)]) {
        info!("profiles: {:?}", list); // ok: secret-logged
    }

    pub fn log_profile(db: &Db, id: u64) {
        if let Some(p) = Self::profile(db, id) {
            info!("profile {:?}", p); // ok: secret-logged
        }
    }
}

impl User {
    pub fn load(db: &Db, id: u64) -> Option<Self> {
        db.users.get(&id).cloned()
    }

    pub fn audit(db: &Db, id: u64) {
        if let Some(u) = Self::load(db, id) {
            info!("audit {:?}", u); // expect: secret-logged "`u.password`"
        }
    }
}
