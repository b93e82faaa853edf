//! Factors beyond user and password that a session has passed (WebAuthn, TOTP, OTP by SMS or email, recovery
//! code, external IdP intent), stored one row per kind in `session_factors`.
//!
//! Check code records a factor with [`record`] inside the transaction that updates the session, so a session never
//! claims a factor whose check did not commit. Reading is batched ([`load_many`]) so listing sessions costs one
//! extra query, not one per session.

use std::collections::HashMap;

use gatehouse_api::session::{Factors, VerifiedFactor, WebAuthNFactor};
use sqlx::Row;

use crate::clock::{from_db, to_db, Timestamp};
use crate::db::Tx;
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
}

/// Records that the session passed `kind` at `at`, replacing an earlier check of the same kind.
pub async fn record(tx: &mut Tx, session_id: &str, kind: FactorKind, user_verified: bool, at: Timestamp) -> Result<()> {
    sqlx::query(
        "INSERT INTO session_factors (session_id, kind, checked_at, user_verified) VALUES ($1, $2, $3, $4)
         ON CONFLICT (session_id, kind) DO UPDATE SET checked_at = excluded.checked_at,
           user_verified = excluded.user_verified",
    )
    .bind(session_id)
    .bind(kind.as_str())
    .bind(to_db(at))
    .bind(user_verified)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn load(state: &AppState, session_id: &str) -> Result<Vec<CheckedFactor>> {
    let rows = sqlx::query("SELECT kind, checked_at, user_verified FROM session_factors WHERE session_id = $1")
        .bind(session_id)
        .fetch_all(&state.db.read)
        .await?;
    rows.iter().map(|row| parse_row(row)).collect()
}

/// Factors of every session that has any, keyed by session id.
pub async fn load_all(state: &AppState) -> Result<HashMap<String, Vec<CheckedFactor>>> {
    let rows = sqlx::query("SELECT session_id, kind, checked_at, user_verified FROM session_factors")
        .fetch_all(&state.db.read)
        .await?;
    let mut by_session: HashMap<String, Vec<CheckedFactor>> = HashMap::new();
    for row in &rows {
        by_session.entry(row.try_get("session_id")?).or_default().push(parse_row(row)?);
    }
    Ok(by_session)
}

fn parse_row(row: &sqlx::sqlite::SqliteRow) -> Result<CheckedFactor> {
    Ok(CheckedFactor {
        kind: FactorKind::parse(row.try_get("kind")?)?,
        checked_at: from_db(row.try_get("checked_at")?)?,
        user_verified: row.try_get("user_verified")?,
    })
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
                CheckedFactor { kind: FactorKind::WebAuthn, checked_at: at, user_verified: true },
                CheckedFactor { kind: FactorKind::Totp, checked_at: at, user_verified: false },
            ],
        );
        assert_eq!(factors.web_auth_n.unwrap().user_verified, true);
        assert_eq!(factors.totp.unwrap().verified_at, Some(at));
        assert!(factors.otp_sms.is_none());
    }
}
