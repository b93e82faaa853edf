//! External identity providers: configuration (v1 Admin/Management API), the login policy's provider list and the
//! v2 reads, intents (the browser round trip to a provider and its `/idps/callback`), and users' links to external
//! identities. Wire types in `gatehouse_api::idp`.

pub mod apple;
mod auto_update;
pub mod config;
pub mod intent;
pub mod links;
mod manage;
pub mod policy;
pub mod secrets;
pub mod store;
pub mod upstream;

use axum::routing::get;
use axum::Router;
use gatehouse_api::idp as api;

use crate::rpc::rpc;
use crate::AppState;

pub fn routes() -> Router<AppState> {
    let r = Router::new();
    let r = manage::routes(r);
    let r = policy::routes(r);
    let r = links::routes(r);
    // Starting an intent is the login's job (the browser, a login client) and a signed-in user's (linking).
    let r = rpc::<api::StartIdentityProviderIntent, _, _>(r, intent::start);
    let r = rpc::<api::RetrieveIdentityProviderIntent, _, _>(r, intent::retrieve);
    let r = r.route(intent::JWT_PATH, get(intent::jwt_callback));
    // Every provider answers with a GET, except Apple's form_post (a cross-site POST: see `apple::form_post`).
    r.route(intent::CALLBACK_PATH, get(intent::callback).post(apple::form_post))
}
