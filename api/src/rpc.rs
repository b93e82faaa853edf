//! The method table: each RPC declared once, with both of its wire addresses.

use serde::{de::DeserializeOwned, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verb {
    Get,
    Post,
    Put,
    Patch,
    Delete,
}

/// One RPC. `SERVICE` is the fully qualified protobuf service (`zitadel.session.v2.SessionService`), `PATH` the
/// REST template with `{snake_case}` path parameters, as in ZITADEL's `google.api.http` options.
pub trait Rpc {
    const SERVICE: &'static str;
    const METHOD: &'static str;
    const VERB: Verb;
    const PATH: &'static str;
    /// REST answers `201 Created` instead of `200` (ZITADEL's `http_response.success_code`).
    const CREATED: bool;
    type Request: Serialize + DeserializeOwned + Default + Send + 'static;
    type Response: Serialize + DeserializeOwned + Send + 'static;

    /// `POST /<service>/<method>`, the Connect address.
    fn connect_path() -> String {
        format!("/{}/{}", Self::SERVICE, Self::METHOD)
    }
}

pub const SESSION_SERVICE: &str = "zitadel.session.v2.SessionService";
pub const USER_SERVICE: &str = "zitadel.user.v2.UserService";
pub const SETTINGS_SERVICE: &str = "zitadel.settings.v2.SettingsService";
pub const ORG_SERVICE: &str = "zitadel.org.v2.OrganizationService";
pub const ADMIN_SERVICE: &str = "zitadel.admin.v1.AdminService";
pub const MANAGEMENT_SERVICE: &str = "zitadel.management.v1.ManagementService";
pub const OIDC_SERVICE: &str = "zitadel.oidc.v2.OIDCService";
pub const PROJECT_SERVICE: &str = "zitadel.project.v2.ProjectService";
pub const APPLICATION_SERVICE: &str = "zitadel.application.v2.ApplicationService";
pub const IDP_SERVICE: &str = "zitadel.idp.v2.IdentityProviderService";
/// Gatehouse's own account-centre methods (no ZITADEL equivalent).
pub const ACCOUNT_SERVICE: &str = "gatehouse.account.v1.AccountService";

/// Declares RPC marker types: `Name in SERVICE: VERB "/path" [=> 201], Request -> Response;`.
#[macro_export]
macro_rules! rpc {
    ($($(#[$meta:meta])* $name:ident in $service:ident: $verb:ident $path:literal $(=> $created:tt)?, $req:ty => $resp:ty;)+) => {
        $(
            $(#[$meta])*
            #[derive(Clone, Copy, Debug)]
            pub struct $name;

            impl $crate::rpc::Rpc for $name {
                const SERVICE: &'static str = $crate::rpc::$service;
                const METHOD: &'static str = stringify!($name);
                const VERB: $crate::rpc::Verb = $crate::rpc::Verb::$verb;
                const PATH: &'static str = $path;
                const CREATED: bool = $crate::rpc!(@created $($created)?);
                type Request = $req;
                type Response = $resp;
            }
        )+
    };
    (@created 201) => { true };
    (@created) => { false };
}
