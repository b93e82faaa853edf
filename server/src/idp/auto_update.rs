//! Auto-update at login (`providerOptions.isAutoUpdate`): a linked user's profile follows the provider's fresh
//! claims, but an address or number becomes (or stays) verified only on the provider's word for exactly that one.

use gatehouse_api::user::SetHumanProfile;

use super::intent::ExternalUser;
use crate::error::{Error, Result};
use crate::user::{commands, UserRecord};
use crate::AppState;

/// Auto-update at login, from the provider's fresh claims: the profile names and preferred language, the email
/// address when the provider says it verified exactly that address (an unverified one is not applied: it would
/// replace a verified address the user signs in and resets passwords with), and the phone number likewise (an
/// unverified number would also drop the OTP-SMS factor). Claims the user record refuses are logged and skipped.
pub async fn run(state: &AppState, user_id: &str, u: &ExternalUser) -> Result<()> {
    let user = crate::user::store::get(state, user_id).await?;
    let changes = profile_changes(&user, u);
    if let Some(profile) = changes {
        skip_refused(commands::update_profile(state, &user, &profile, None).await, "profile")?;
    }
    if let Some(email) = u.email.as_deref().filter(|_| u.email_verified) {
        let same = user.email.as_deref().is_some_and(|e| e.eq_ignore_ascii_case(email));
        if !same || !user.email_verified {
            let user = crate::user::store::get(state, user_id).await?;
            skip_refused(commands::set_email(state, &user, email, true, None).await.map(|_| ()), "email")?;
        }
    }
    if let Some(phone) = u.phone.as_deref().filter(|_| u.phone_verified) {
        match crate::sms::normalize_phone(phone) {
            Ok(phone) if user.phone.as_deref() != Some(phone.as_str()) || !user.phone_verified => {
                let user = crate::user::store::get(state, user_id).await?;
                skip_refused(crate::user::phone::set(state, &user, &phone, true, None).await.map(|_| ()), "phone")?;
            }
            Ok(_) => {}
            Err(e) => tracing::info!(error = %e, "auto-update: the provider's phone number is not one"),
        }
    }
    Ok(())
}

/// The profile with the provider's names and language, when they differ from the user's (`None`: nothing to do).
fn profile_changes(user: &UserRecord, u: &ExternalUser) -> Option<SetHumanProfile> {
    let given = u.given_name.clone().unwrap_or_else(|| user.given_name.clone());
    let family = u.family_name.clone().unwrap_or_else(|| user.family_name.clone());
    let display_name = u.display_name.clone().or_else(|| user.display_name.clone());
    // A language tag (`de`, `pt-BR`); anything else in the claim is not one.
    let language = u
        .preferred_language
        .clone()
        .filter(|l| l.len() <= 35 && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .map(|l| l.replace('_', "-"))
        .or_else(|| user.preferred_language.clone());
    let unchanged = given == user.given_name
        && family == user.family_name
        && display_name == user.display_name
        && language == user.preferred_language;
    (!unchanged).then(|| SetHumanProfile {
        given_name: given,
        family_name: family,
        nick_name: user.nick_name.clone(),
        display_name,
        preferred_language: language,
        gender: user.gender.and_then(gatehouse_api::user::Gender::from_number),
    })
}

fn skip_refused(outcome: Result<()>, what: &str) -> Result<()> {
    match outcome {
        Err(e @ Error::Api { .. }) => {
            tracing::info!(error = %e, what, "auto-update from IdP claims refused");
            Ok(())
        }
        other => other,
    }
}
