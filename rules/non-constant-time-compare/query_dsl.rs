// diesel's `.eq()` builds a SQL condition or assignment: the database compares, nothing here does.
use diesel::prelude::*;

pub fn change_password(conn: &mut PgConnection, user_id: i32, new_hash: String) -> QueryResult<usize> {
    use crate::schema::users::dsl::*;
    diesel::update(users)
        .filter(id.eq(user_id))
        .set(password_hash.eq(new_hash)) // ok: non-constant-time-compare
        .execute(conn)
}

pub fn find_by_token(conn: &mut PgConnection, presented: &str) -> QueryResult<i32> {
    use crate::schema::sessions::dsl::*;
    sessions.filter(session_token.eq(presented)).select(user_id).first(conn) // ok: non-constant-time-compare
}

// A comparison that runs in this process still counts.
pub fn check_secret(stored_secret: &str, presented_secret: &str) -> bool {
    stored_secret.eq(presented_secret) // expect: non-constant-time-compare
}
