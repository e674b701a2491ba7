// An axum backend with logins: a middleware that logs each request whole prints its headers.
use axum::extract::Request;
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::Response;
use log::info;

pub async fn log_requests(request: Request, next: Next) -> Response {
    info!("Request: {:?}", request); // expect: secret-logged "`request` is an HTTP request"
    next.run(request).await
}

pub fn on_login(headers: &HeaderMap, user: &str) {
    tracing::debug!("login for {} with headers {:?}", user, headers); // expect: secret-logged "`headers` is an HTTP request"
}

// --- correct code ---

pub async fn log_lines(request: Request, next: Next) -> Response {
    info!("{} {}", request.method(), request.uri()); // ok: secret-logged
    next.run(request).await
}

#[derive(Debug)]
pub struct LoginRequest {
    pub user: String,
    pub remember_me: bool,
}

pub fn on_form(request: &LoginRequest) {
    info!("login form: {:?}", request); // ok: secret-logged
}
