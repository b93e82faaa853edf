//! What a user has enrolled: the authentication methods ListAuthenticationMethodTypes reports and the second factors
//! the login policy gate asks for.

use gatehouse_api::mfa::AuthenticationMethodType;
use gatehouse_api::settings::SecondFactorType;
use sqlx::Row;

use super::Factor;
use crate::clock::{from_db, Timestamp};
use crate::error::Result;
use crate::user::UserRecord;
use crate::AppState;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Enrolled {
    pub password: bool,
    pub passkey: bool,
    /// A link to an external identity (the login sends such a user to its provider).
    pub idp: bool,
    pub u2f: bool,
    pub totp: bool,
    pub otp_email: bool,
    pub otp_sms: bool,
    pub recovery_codes: bool,
    /// Each enrolled second factor (by policy type) with when it was enrolled.
    pub since: Vec<(SecondFactorType, Timestamp)>,
}

impl Enrolled {
    pub fn method_types(&self) -> Vec<AuthenticationMethodType> {
        use AuthenticationMethodType as T;
        [
            (self.password, T::Password),
            (self.passkey, T::Passkey),
            (self.idp, T::Idp),
            (self.totp, T::Totp),
            (self.u2f, T::U2f),
            (self.otp_sms, T::OtpSms),
            (self.otp_email, T::OtpEmail),
            (self.recovery_codes, T::RecoveryCode),
        ]
        .into_iter()
        .filter_map(|(has, t)| has.then_some(t))
        .collect()
    }

    /// The enrolled second factors as the login policy names them (`secondFactors`).
    pub fn second_factor_types(&self) -> Vec<SecondFactorType> {
        [
            (self.totp, SecondFactorType::Otp),
            (self.u2f, SecondFactorType::U2f),
            (self.otp_email, SecondFactorType::OtpEmail),
            (self.otp_sms, SecondFactorType::OtpSms),
            (self.recovery_codes, SecondFactorType::RecoveryCodes),
        ]
        .into_iter()
        .filter_map(|(has, t)| has.then_some(t))
        .collect()
    }

    /// Second factors (security keys included) left if `factor` were removed. Recovery codes do not count: they
    /// stand in for another factor, they are not one to keep on their own.
    pub fn second_factor_count_without(&self, factor: Factor) -> usize {
        [
            (self.totp && factor != Factor::Totp),
            (self.otp_email && factor != Factor::OtpEmail),
            (self.otp_sms && factor != Factor::OtpSms),
            self.u2f,
        ]
        .into_iter()
        .filter(|has| *has)
        .count()
    }
}

pub async fn load(state: &AppState, user: &UserRecord) -> Result<Enrolled> {
    let mut enrolled = Enrolled { password: user.password_hash.is_some(), ..Default::default() };
    enrolled.idp = sqlx::query("SELECT 1 FROM idp_links WHERE user_id = $1 LIMIT 1")
        .bind(&user.id)
        .fetch_optional(&state.db.read)
        .await?
        .is_some();
    let ts =
        |row: &sqlx::sqlite::SqliteRow, col: &str| -> Result<Timestamp> { from_db(&row.try_get::<String, _>(col)?) };
    if let Some(row) = sqlx::query("SELECT verified_at FROM user_totp WHERE user_id = $1 AND state = 'ready'")
        .bind(&user.id)
        .fetch_optional(&state.db.read)
        .await?
    {
        enrolled.totp = true;
        enrolled.since.push((SecondFactorType::Otp, ts(&row, "verified_at")?));
    }
    let rows = sqlx::query("SELECT kind, created_at FROM user_otp WHERE user_id = $1")
        .bind(&user.id)
        .fetch_all(&state.db.read)
        .await?;
    for row in rows {
        match row.try_get::<String, _>("kind")?.as_str() {
            "otp_email" => {
                enrolled.otp_email = true;
                enrolled.since.push((SecondFactorType::OtpEmail, ts(&row, "created_at")?));
            }
            "otp_sms" => {
                enrolled.otp_sms = true;
                enrolled.since.push((SecondFactorType::OtpSms, ts(&row, "created_at")?));
            }
            _ => {}
        }
    }
    if let Some(row) =
        sqlx::query("SELECT MIN(created_at) AS created_at FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL")
            .bind(&user.id)
            .fetch_optional(&state.db.read)
            .await?
            .filter(|row| row.try_get::<Option<String>, _>("created_at").ok().flatten().is_some())
    {
        enrolled.recovery_codes = true;
        enrolled.since.push((SecondFactorType::RecoveryCodes, ts(&row, "created_at")?));
    }
    let rows = sqlx::query(
        "SELECT kind, MIN(created_at) AS created_at FROM webauthn_credentials WHERE user_id = $1 AND state = 'ready'
         GROUP BY kind",
    )
    .bind(&user.id)
    .fetch_all(&state.db.read)
    .await?;
    for row in rows {
        match row.try_get::<String, _>("kind")?.as_str() {
            "passkey" => enrolled.passkey = true,
            "u2f" => {
                enrolled.u2f = true;
                enrolled.since.push((SecondFactorType::U2f, ts(&row, "created_at")?));
            }
            _ => {}
        }
    }
    Ok(enrolled)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn method_types_in_zitadel_order_and_factor_counts() {
        let e = Enrolled { password: true, idp: true, totp: true, recovery_codes: true, ..Default::default() };
        assert_eq!(
            e.method_types(),
            vec![
                AuthenticationMethodType::Password,
                AuthenticationMethodType::Idp,
                AuthenticationMethodType::Totp,
                AuthenticationMethodType::RecoveryCode
            ]
        );
        assert_eq!(e.second_factor_types(), vec![SecondFactorType::Otp, SecondFactorType::RecoveryCodes]);
        assert_eq!(e.second_factor_count_without(Factor::Totp), 0, "recovery codes alone do not count");
        assert_eq!(e.second_factor_count_without(Factor::OtpEmail), 1);
    }
}
