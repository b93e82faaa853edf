//! Auto-update: a linked user's profile follows the provider's claims at each login, but an address or number
//! becomes (or stays) verified only when the provider says it verified exactly that one.

use gatehouse_api::user::{SetEmail, SetPhone, UpdateHumanUser};

use super::*;

/// One login through the upstream; the linked local user it came back with.
async fn login(p: &Pair) -> String {
    let callback = upstream_login(p, &start_intent(p, &Auth::Pat, SUCCESS, FAILURE).await).await;
    let location = arrive(p, &callback, None).await.1.unwrap();
    assert!(location.starts_with(SUCCESS), "{location}");
    query_of(&location)["user"].clone()
}

async fn human(p: &Pair, user: &str) -> Value {
    let got = p.down.call::<GetUserByID>(Form::Rest, &Auth::Pat, json!({"userId": user})).await;
    got.ok()["user"]["human"].clone()
}

#[tokio::test]
async fn auto_update_follows_names_language_and_verified_email_and_phone() {
    let p = pair(json!({"isCreationAllowed": true, "isAutoCreation": true, "isAutoUpdate": true}), true).await;
    let user = login(&p).await;
    assert_eq!(human(&p, &user).await["email"]["email"], "ada@upstream.example");

    // At the upstream: new names and language, a verified new address and a verified number.
    let up = &p.up;
    let profile = json!({"givenName": "Augusta", "familyName": "King", "preferredLanguage": "de"});
    up.call::<UpdateHumanUser>(Form::Rest, &Auth::Pat, json!({"userId": p.up_user, "profile": profile})).await.ok();
    let email = json!({"userId": p.up_user, "email": "augusta@upstream.example", "isVerified": true});
    up.call::<SetEmail>(Form::Rest, &Auth::Pat, email).await.ok();
    let phone = json!({"userId": p.up_user, "phone": "+41791234567", "isVerified": true});
    up.call::<SetPhone>(Form::Rest, &Auth::Pat, phone).await.ok();
    assert_eq!(login(&p).await, user);
    let h = human(&p, &user).await;
    assert_eq!(
        (h["profile"]["givenName"].as_str(), h["profile"]["familyName"].as_str()),
        (Some("Augusta"), Some("King"))
    );
    assert_eq!(h["profile"]["preferredLanguage"], "de");
    assert_eq!(h["email"], json!({"email": "augusta@upstream.example", "isVerified": true}));
    assert_eq!(h["phone"], json!({"phone": "+41791234567", "isVerified": true}));

    // A number the upstream has not verified is not taken over; the verified one stays. (An unverified address
    // cannot be tested this way: the upstream signs nobody in before their address is verified.)
    let phone = json!({"userId": p.up_user, "phone": "+41790000000", "returnCode": {}});
    up.call::<SetPhone>(Form::Rest, &Auth::Pat, phone).await.ok();
    assert_eq!(login(&p).await, user);
    let h = human(&p, &user).await;
    assert_eq!(h["phone"], json!({"phone": "+41791234567", "isVerified": true}), "an unverified number is not taken");
    assert_eq!(h["email"], json!({"email": "augusta@upstream.example", "isVerified": true}));
}
