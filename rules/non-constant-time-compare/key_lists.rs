// A presented credential looked up in a list of valid ones with `==`: each element of the list is
// the secret, and the comparison stops at its first differing byte.
pub struct ApiConfig {
    pub apikeys: Option<Vec<String>>,
    pub api_tokens: Vec<String>,
}

pub fn check_api_key(config: &ApiConfig, key: String) -> bool {
    if let Some(keys) = config.apikeys.clone() {
        keys.iter().find(|x| (**x) == key).is_some() // expect: non-constant-time-compare "`(**x) == key` compares secret bytes with `==`"
    } else {
        false
    }
}

pub fn bearer_allowed(config: &ApiConfig, presented: &str) -> bool {
    config.api_tokens.iter().any(|t| t == presented) // expect: non-constant-time-compare "`t == presented` compares secret bytes with `==`"
}

// --- correct code ---

pub enum Token {
    Comma,
    Ident(String),
}

// A lexer's tokens are not credentials, and neither are map keys.
pub fn has_ident(tokens: &[String], name: &str) -> bool {
    tokens.iter().any(|t| t == name)
}

pub fn key_present(keys: &[u32], wanted: u32) -> bool {
    keys.iter().any(|k| *k == wanted)
}

// The list's length is public.
pub fn any_api_tokens(config: &ApiConfig) -> bool {
    config.api_tokens.iter().any(|t| t.len() == 0) || config.api_tokens.len() == 0
}
