//! Factors beyond user and password that a session has passed (WebAuthn, TOTP, OTP by SMS or email, recovery
//! code, external IdP intent), stored one row per kind in `session_factors`.
//!
//! Check code records a factor with [`record`] inside the transaction that updates the session, so a session never
//! claims a factor whose check did not commit. Reading is batched: one session's factors come with its row
//! ([`JOINED_COLUMNS`]), and listing sessions costs one extra query ([`load_all`]), not one per session.

use std::collections::HashMap;

use gatehouse_api::session::{Factors, VerifiedFactor, WebAuthNFactor};
use sqlx::Row;

use crate::clock::{from_db, to_db, Timestamp};
use crate::db::{Columns, Tx};
use crate::error::{Error, Result};
use crate::AppState;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FactorKind {
    WebAuthn,
    Totp,
    OtpSms,
    OtpEmail,
    RecoveryCode,
    Intent,
}

impl FactorKind {
    pub const ALL: [FactorKind; 6] = [
        FactorKind::WebAuthn,
        FactorKind::Totp,
        FactorKind::OtpSms,
        FactorKind::OtpEmail,
        FactorKind::RecoveryCode,
        FactorKind::Intent,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FactorKind::WebAuthn => "webauthn",
            FactorKind::Totp => "totp",
            FactorKind::OtpSms => "otp_sms",
            FactorKind::OtpEmail => "otp_email",
            FactorKind::RecoveryCode => "recovery_code",
            FactorKind::Intent => "intent",
        }
    }

    fn parse(s: &str) -> Result<FactorKind> {
        FactorKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| Error::internal(format!("unknown session factor kind {s:?} in the database")))
    }

    /// Counts as a second factor after a password (ZITADEL: totp, otp sms/email, u2f, recovery code).
    pub fn is_second_factor(self) -> bool {
        !matches!(self, FactorKind::Intent)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct CheckedFactor {
    pub kind: FactorKind,
    pub checked_at: Timestamp,
    pub user_verified: bool,
    /// The user the check was made for. A factor counts only for that user (see `login_policy::SessionChecks`).
    pub user_id: Option<String>,
}

impl CheckedFactor {
    /// Proves who the user is on its own: a user-verified WebAuthn assertion (passkey) or an external login.
    pub fn is_first_factor(&self) -> bool {
        match self.kind {
            FactorKind::WebAuthn => self.user_verified,
            FactorKind::Intent => true,
            _ => false,
        }
    }
}

/// Records that the session passed `kind` for `user_id` at `at`, replacing an earlier check of the same kind. A
/// first factor (passkey, external login) also marks when the session first passed one, if it had not before.
pub async fn record(
    tx: &mut Tx,
    session_id: &str,
    user_id: &str,
    kind: FactorKind,
    user_verified: bool,
    at: Timestamp,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO session_factors (session_id, kind, checked_at, user_verified, user_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (session_id, kind) DO UPDATE SET checked_at = excluded.checked_at,
           user_verified = excluded.user_verified, user_id = excluded.user_id",
    )
    .bind(session_id)
    .bind(kind.as_str())
    .bind(to_db(at))
    .bind(user_verified)
    .bind(user_id)
    .execute(&mut **tx)
    .await?;
    let checked = CheckedFactor { kind, checked_at: at, user_verified, user_id: Some(user_id.to_owned()) };
    if checked.is_first_factor() {
        sqlx::query("UPDATE sessions SET first_factor_at = COALESCE(first_factor_at, $1) WHERE id = $2")
            .bind(to_db(at))
            .bind(session_id)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// Factors of every session that has any, keyed by session id.
pub async fn load_all(state: &AppState) -> Result<HashMap<String, Vec<CheckedFactor>>> {
    let sql = format!("SELECT f.session_id, {JOINED_COLUMNS} FROM session_factors f");
    let rows = sqlx::query(&sql).fetch_all(&state.db.read).await?;
    let mut by_session: HashMap<String, Vec<CheckedFactor>> = HashMap::new();
    for row in &rows {
        if let Some(factor) = parse_joined(row)? {
            by_session.entry(row.try_get("session_id")?).or_default().push(factor);
        }
    }
    Ok(by_session)
}

/// The `session_factors` columns (table alias `f`), named apart from the columns of a row they are joined onto.
/// Read them back with [`parse_joined`].
pub const JOINED_COLUMNS: &str = "f.kind AS factor_kind, f.checked_at AS factor_checked_at,
    f.user_verified AS factor_user_verified, f.user_id AS factor_user_id";

/// The factor in a row selected with [`JOINED_COLUMNS`]; `None` where a LEFT JOIN found none.
pub fn parse_joined(row: &impl Columns) -> Result<Option<CheckedFactor>> {
    let Some(kind) = row.column::<Option<String>>("factor_kind")? else { return Ok(None) };
    Ok(Some(CheckedFactor {
        kind: FactorKind::parse(&kind)?,
        checked_at: from_db(&row.column::<String>("factor_checked_at")?)?,
        user_verified: row.column("factor_user_verified")?,
        user_id: row.column("factor_user_id")?,
    }))
}

/// Fills the wire form's factor fields from the recorded checks (recovery codes have no field in ZITADEL's
/// `Factors`; they satisfy second-factor requirements without being shown).
pub fn fill(factors: &mut Factors, checked: &[CheckedFactor]) {
    for f in checked {
        let verified = Some(VerifiedFactor { verified_at: Some(f.checked_at) });
        match f.kind {
            FactorKind::WebAuthn => {
                factors.web_auth_n =
                    Some(WebAuthNFactor { verified_at: Some(f.checked_at), user_verified: f.user_verified })
            }
            FactorKind::Totp => factors.totp = verified,
            FactorKind::OtpSms => factors.otp_sms = verified,
            FactorKind::OtpEmail => factors.otp_email = verified,
            FactorKind::Intent => factors.intent = verified,
            FactorKind::RecoveryCode => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_through_their_names() {
        for kind in FactorKind::ALL {
            assert_eq!(FactorKind::parse(kind.as_str()).unwrap(), kind);
        }
        assert!(FactorKind::parse("sms").is_err());
    }

    #[test]
    fn fill_sets_the_wire_fields() {
        let at = chrono::DateTime::from_timestamp(1_700_000_000, 0).unwrap();
        let mut factors = Factors::default();
        fill(
            &mut factors,
            &[
                CheckedFactor { kind: FactorKind::WebAuthn, checked_at: at, user_verified: true, user_id: None },
                CheckedFactor { kind: FactorKind::Totp, checked_at: at, user_verified: false, user_id: None },
            ],
        );
        assert!(factors.web_auth_n.unwrap().user_verified);
        assert_eq!(factors.totp.unwrap().verified_at, Some(at));
        assert!(factors.otp_sms.is_none());
    }
}
