//! What a user has enrolled: the authentication methods ListAuthenticationMethodTypes reports and the second factors
//! the login policy gate asks for.

use gatehouse_api::mfa::AuthenticationMethodType;
use gatehouse_api::settings::SecondFactorType;
use sqlx::Row;

use super::Factor;
use crate::error::Result;
use crate::user::UserRecord;
use crate::AppState;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Enrolled {
    pub password: bool,
    pub passkey: bool,
    pub u2f: bool,
    pub totp: bool,
    pub otp_email: bool,
    pub otp_sms: bool,
    pub recovery_codes: bool,
}

impl Enrolled {
    pub fn method_types(&self) -> Vec<AuthenticationMethodType> {
        use AuthenticationMethodType as T;
        [
            (self.password, T::Password),
            (self.passkey, T::Passkey),
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
    enrolled.totp = sqlx::query("SELECT 1 FROM user_totp WHERE user_id = $1 AND state = 'ready'")
        .bind(&user.id)
        .fetch_optional(&state.db.read)
        .await?
        .is_some();
    for row in
        sqlx::query("SELECT kind FROM user_otp WHERE user_id = $1").bind(&user.id).fetch_all(&state.db.read).await?
    {
        match row.try_get::<String, _>("kind")?.as_str() {
            "otp_email" => enrolled.otp_email = true,
            "otp_sms" => enrolled.otp_sms = true,
            _ => {}
        }
    }
    enrolled.recovery_codes =
        sqlx::query("SELECT 1 FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL LIMIT 1")
            .bind(&user.id)
            .fetch_optional(&state.db.read)
            .await?
            .is_some();
    let rows = sqlx::query("SELECT DISTINCT kind FROM webauthn_credentials WHERE user_id = $1 AND state = 'ready'")
        .bind(&user.id)
        .fetch_all(&state.db.read)
        .await?;
    for row in rows {
        match row.try_get::<String, _>("kind")?.as_str() {
            "passkey" => enrolled.passkey = true,
            "u2f" => enrolled.u2f = true,
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
        let e = Enrolled { password: true, totp: true, recovery_codes: true, ..Default::default() };
        assert_eq!(
            e.method_types(),
            vec![
                AuthenticationMethodType::Password,
                AuthenticationMethodType::Totp,
                AuthenticationMethodType::RecoveryCode
            ]
        );
        assert_eq!(e.second_factor_types(), vec![SecondFactorType::Otp, SecondFactorType::RecoveryCodes]);
        assert_eq!(e.second_factor_count_without(Factor::Totp), 0, "recovery codes alone do not count");
        assert_eq!(e.second_factor_count_without(Factor::OtpEmail), 1);
    }
}
