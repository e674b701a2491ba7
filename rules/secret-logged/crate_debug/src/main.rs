// `{:?}` of structs defined in other files of the crate: a derived Debug prints every field, the
// password too. Which struct a name means is what the `mod` tree says (`model::Session` and
// `plain::Session` are two structs).
mod model;
mod plain;
mod redacted;
mod store;

use model::LoginRequest;
use store::Store;

fn on_login(req: &LoginRequest) {
    println!("login request: {:?}", req); // expect: secret-logged "`req.password` is written out by `println!`"
}

fn on_form(form: Option<model::LoginRequest>) {
    println!("form: {:?}", form); // expect: secret-logged "`form.password`"
}

fn find_user(id: u64) {
    match model::User::find(id) {
        Some(user) => println!("user found: {:?}", user), // expect: secret-logged "`user.api_token`"
        None => println!("no user {id}"),
    }
    if let Some(name) = model::User::name_of(id) {
        println!("user name: {:?}", name); // ok: secret-logged
    }
}

fn list_users(users: &[(u64, model::User)], names: Vec<(u64, String)>) {
    println!("users: {:?}", users); // expect: secret-logged "`users.api_token`"
    println!("names: {:?}", names); // ok: secret-logged
}

fn load_admin(db: &Store) {
    if let Ok(admin) = db.get_result::<model::Admin>("root") {
        println!("admin row: {:?}", admin); // expect: secret-logged "`admin.password`"
    }
}

fn sessions(mine: &model::Session, theirs: &plain::Session) {
    eprintln!("session: {:?}", mine); // expect: secret-logged "`mine.token`"
    eprintln!("session: {:?}", theirs); // ok: secret-logged
}

fn others(creds: &redacted::Credentials, user: &plain::Profile) {
    println!("credentials: {:?}", creds); // ok: secret-logged
    println!("profile: {:?}", user); // ok: secret-logged
}

fn main() {
    let db = Store::default();
    on_login(&LoginRequest { name: "ann".into(), password: "hunter2".into() });
    on_form(None);
    find_user(7);
    list_users(&[(7, model::User::default())], vec![(7, "ann".into())]);
    load_admin(&db);
    sessions(&model::Session { token: "t".into(), user: 7 }, &plain::Session { id: 1 });
    others(&redacted::Credentials { user: "ann".into(), password: "hunter2".into() }, &plain::Profile { name: "ann".into(), email: "a@example.com".into() });
}
