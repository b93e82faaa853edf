//! The fallback route.

use leptos::prelude::*;

use crate::components::Card;
use crate::i18n::{t, Msg};
use crate::links;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <Card title=Msg::NotFoundTitle>
            <p class="intro">{t(Msg::NotFoundBody)}</p>
            <a class="button primary" href=links::LOGINNAME>
                {t(Msg::GoToSignIn)}
            </a>
        </Card>
    }
}
