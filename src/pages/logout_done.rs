//! `/logout/done`: where a logout started by an app ends when the app named no page of its own to return to.

use leptos::prelude::*;

use crate::components::Card;
use crate::i18n::{t, Msg};
use crate::links;

#[component]
pub fn LogoutDone() -> impl IntoView {
    view! {
        <Card title=Msg::LogoutDoneTitle>
            <p id="logout-done" class="intro">{t(Msg::LogoutDoneBody)}</p>
            <a class="button" href=links::LOGINNAME>
                {t(Msg::GoToSignIn)}
            </a>
        </Card>
    }
}
