// No secret fields here.

#[derive(Debug)]
pub struct Session {
    pub id: u64,
}

#[derive(Debug)]
pub struct Profile {
    pub name: String,
    pub email: String,
}
