//! Data a page loads when it opens, with "try again". Leptos' `LocalResource` would do the same, but every type
//! it is used with adds several KB of wasm; this small subset keeps the login page inside its size budget.

use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use gatehouse_api::{ApiError, Code};
use leptos::either::Either;
use leptos::prelude::*;

use crate::client;
use crate::components::{LoadFailed, Loading};
use crate::i18n::Msg;

/// Error id of a load that found nobody signed in on this browser. Pages redirect to sign-in on it, and show
/// the loading state until the redirect happens.
pub const SIGNED_OUT: &str = "GATEHOUSE-SignedOut";

pub fn signed_out() -> ApiError {
    ApiError::new(Code::Unauthenticated, SIGNED_OUT, "nobody is signed in on this browser")
}

type Fetch<T> = Rc<dyn Fn() -> Pin<Box<dyn Future<Output = Result<T, ApiError>>>>>;

/// `None` while loading, then the outcome. Starts loading when created.
pub struct Load<T: 'static> {
    state: RwSignal<Option<Result<T, ApiError>>>,
    /// Bumped by every (re)load, so an answer that arrives after a newer request started is dropped.
    generation: StoredValue<u32>,
    fetch: StoredValue<Fetch<T>, LocalStorage>,
}

impl<T> Clone for Load<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Load<T> {}

impl<T: Clone + Send + Sync + 'static> Load<T> {
    pub fn new<F, Fut>(fetch: F) -> Self
    where
        F: Fn() -> Fut + 'static,
        Fut: Future<Output = Result<T, ApiError>> + 'static,
    {
        let fetch: Fetch<T> = Rc::new(move || Box::pin(fetch()));
        let load =
            Self { state: RwSignal::new(None), generation: StoredValue::new(0), fetch: StoredValue::new_local(fetch) };
        load.reload();
        load
    }

    /// Forgets the current outcome and loads again.
    pub fn reload(&self) {
        let Some(fetch) = self.fetch.try_get_value() else { return };
        let generation = self.generation.try_update_value(|g| {
            *g = g.wrapping_add(1);
            *g
        });
        let Some(generation) = generation else { return };
        self.state.set(None);
        let (state, generations) = (self.state, self.generation);
        client::spawn(async move {
            let outcome = fetch().await;
            // The page may be gone (navigated away) or may have asked again meanwhile.
            if generations.try_get_value() == Some(generation) {
                state.try_set(Some(outcome));
            }
        });
    }

    /// The outcome so far (tracked).
    pub fn get(&self) -> Option<Result<T, ApiError>> {
        self.state.get()
    }

    pub fn get_untracked(&self) -> Option<Result<T, ApiError>> {
        self.state.get_untracked()
    }

    /// A retry callback for `LoadFailed`.
    pub fn retry(&self) -> Callback<()> {
        let this = *self;
        Callback::new(move |_| this.reload())
    }

    /// Renders the data once loaded; the loading and failed states (with "try again") are rendered here, once
    /// for all pages.
    pub fn view<V: IntoView + 'static>(self, ready: impl Fn(T) -> V + Send + Sync + 'static) -> impl IntoView {
        self.view_labelled(Msg::Loading, Msg::LoadFailed, ready)
    }

    /// As [`Load::view`], with what to say while loading and the headline shown when loading failed.
    pub fn view_labelled<V: IntoView + 'static>(
        self,
        loading: Msg,
        failed_title: Msg,
        ready: impl Fn(T) -> V + Send + Sync + 'static,
    ) -> impl IntoView {
        move || match self.get() {
            Some(Ok(value)) => Either::Left(ready(value)),
            Some(Err(error)) => Either::Right(not_ready(Some(error), loading, failed_title, self.retry())),
            None => Either::Right(not_ready(None, loading, failed_title, self.retry())),
        }
    }
}

/// Loading or failed. Not generic, so its code exists once.
fn not_ready(error: Option<ApiError>, loading: Msg, failed_title: Msg, retry: Callback<()>) -> AnyView {
    match error {
        Some(error) if error.id != SIGNED_OUT => {
            view! { <LoadFailed error title=failed_title on_retry=retry /> }.into_any()
        }
        _ => view! { <Loading label=loading /> }.into_any(),
    }
}
