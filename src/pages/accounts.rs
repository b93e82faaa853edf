//! `/accounts`: the account chooser. Lists the accounts signed in on this browser (picture or initials, name,
//! login name); picking one continues with it (to `/signedin`, which answers the app when `authRequest` is present), and
//! "use another account" starts a new sign-in. The server still checks each choice (fresh factors, max_age).

use gatehouse_api::session::Session;
use leptos::prelude::*;

use crate::components::avatar::avatar_path;
use crate::components::{Avatar, Card};
use crate::i18n::{t, Msg};
use crate::links;
use crate::load::Load;
use crate::sessions;

/// Display name and login name of a session's user.
fn names(session: &Session) -> (String, String) {
    let user = session.factors.as_ref().and_then(|f| f.user.as_ref());
    let display = user.map(|u| u.display_name.clone()).unwrap_or_default();
    let login = user.map(|u| u.login_name.clone()).unwrap_or_default();
    (if display.is_empty() { login.clone() } else { display }, login)
}

#[component]
pub fn Accounts() -> impl IntoView {
    let accounts = Load::new(|| async {
        let mut list: Vec<Session> =
            sessions::browser_sessions().await?.into_iter().filter(sessions::is_signed_in).collect();
        list.sort_by_key(|s| std::cmp::Reverse(s.change_date.or(s.creation_date)));
        Ok(list)
    });
    view! {
        <Card title=Msg::AccountsTitle>
            {accounts
                .view(|list| {
                    let items = list
                        .into_iter()
                        .map(|session| {
                            let (name, login) = names(&session);
                            let user_id = session.factors.as_ref().and_then(|f| f.user.as_ref()).map(|u| u.id.clone());
                            let picture = Signal::stored(user_id.as_deref().map(avatar_path));
                            view! {
                                <li>
                                    <a class="account" id=format!("account-{}", session.id) href=links::signedin(&session.id)>
                                        <Avatar url=picture name=name.clone() />
                                        <span class="account-names">
                                            <span class="account-name">{name}</span>
                                            <span class="muted account-login">
                                                {move || crate::branding::shown_login_name(&login)}
                                            </span>
                                        </span>
                                    </a>
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <p class="intro">{t(Msg::AccountsIntro)}</p>
                        <ul class="account-list" id="account-list">{items}</ul>
                        <a id="use-another-account" class="button" href=links::with_query(links::LOGINNAME, &[])>
                            {t(Msg::UseAnotherAccount)}
                        </a>
                    }
                })}
        </Card>
    }
}
