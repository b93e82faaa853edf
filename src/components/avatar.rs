//! Profile pictures: [`Avatar`] shows a user's picture, or their initials where they have none (or it fails to
//! load); [`AvatarSettings`] is the account centre's "Change picture" (file input with a preview) and "Remove". The
//! server checks, crops and re-encodes every upload (`POST /assets/v1/users/{userId}/avatar`).

use gatehouse_api::user::{GetUserByID, UserIdRequest};
use gatehouse_api::ApiError;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::client;
use crate::components::ActionButton;
use crate::i18n::{error_message, t, Msg};

/// The largest picture the server takes (checked here too, so a huge file is not sent at all).
const MAX_BYTES: f64 = 5.0 * 1024.0 * 1024.0;

/// Up to two initials for the avatar circle.
pub fn initials(name: &str) -> String {
    name.split_whitespace().filter_map(|word| word.chars().next()).take(2).flat_map(char::to_uppercase).collect()
}

/// The picture at `url`, or the initials of `name`. Decorative (`alt=""`): the name is always written next to it.
#[component]
pub fn Avatar(
    #[prop(into)] url: Signal<Option<String>>,
    name: String,
    #[prop(optional)] id: Option<&'static str>,
) -> impl IntoView {
    let failed = RwSignal::new(None::<String>);
    let letters = initials(&name);
    move || match url.get().filter(|u| failed.with(|f| f.as_deref() != Some(u.as_str()))) {
        Some(src) => {
            let on_error = {
                let src = src.clone();
                move |_| failed.set(Some(src.clone()))
            };
            view! { <img class="avatar avatar-picture" id=id src=src alt="" on:error=on_error /> }.into_any()
        }
        None => view! { <span class="avatar" id=id aria-hidden="true">{letters.clone()}</span> }.into_any(),
    }
}

/// `/assets/v1/users/{userId}/avatar`: answered for accounts signed in on this browser (404 without a picture, and
/// [`Avatar`] shows the initials then). Used where no `avatarUrl` is at hand, e.g. the account chooser.
pub fn avatar_path(user_id: &str) -> String {
    format!("/assets/v1/users/{user_id}/avatar")
}

/// "Profile picture": the current picture (shared with the page header through `url`), a file input whose choice is
/// previewed before it is saved, and "Remove". Errors (too large, not a picture) appear under the input.
#[component]
pub fn AvatarSettings(user_id: String, name: String, url: RwSignal<Option<String>>) -> impl IntoView {
    let preview = RwSignal::new(None::<String>);
    let chosen = StoredValue::new_local(None::<web_sys::File>);
    let error = RwSignal::new(None::<Msg>);
    let status = RwSignal::new(None::<Msg>);
    let saving = RwSignal::new(false);
    let removing = RwSignal::new(false);
    let busy = Signal::derive(move || saving.get() || removing.get());
    let input = NodeRef::<leptos::html::Input>::new();

    let forget_choice = move || {
        preview.set(None);
        chosen.set_value(None);
        if let Some(input) = input.get_untracked() {
            input.set_value("");
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        error.set(None);
        status.set(None);
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(file) = target.files().and_then(|files| files.get(0)) else { return };
        if file.size() > MAX_BYTES {
            forget_choice();
            error.set(Some(Msg::AvatarTooBig));
            return;
        }
        chosen.set_value(Some(file.clone()));
        client::spawn(async move {
            // A data: URL, which the page's CSP allows for images (blob: it does not).
            let url = data_url(&file).await;
            // Still the file chosen (not replaced or cancelled meanwhile)?
            if chosen.with_value(|c| c.as_ref().map(web_sys::File::name)) == Some(file.name()) {
                preview.set(url);
            }
        });
    };
    let reload_url = move |user_id: String| async move {
        let user = client::call::<GetUserByID>(&UserIdRequest { user_id }).await?;
        url.set(user.user.human.and_then(|h| h.profile.avatar_url));
        Ok::<(), ApiError>(())
    };
    let save = {
        let user_id = user_id.clone();
        Callback::new(move |()| {
            let Some(file) = chosen.get_value() else { return };
            let Ok(form) = web_sys::FormData::new() else { return };
            if form.append_with_blob_and_filename("file", &file, &file.name()).is_err() {
                return;
            }
            saving.set(true);
            error.set(None);
            let user_id = user_id.clone();
            client::spawn(async move {
                let path = avatar_path(&user_id);
                let outcome = match client::send_asset("POST", &path, Some(form)).await {
                    Ok(()) => reload_url(user_id).await,
                    Err(e) => Err(e),
                };
                saving.set(false);
                match outcome {
                    Ok(()) => {
                        forget_choice();
                        status.set(Some(Msg::AvatarSaved));
                    }
                    Err(e) => error.set(Some(upload_error(&e))),
                }
            });
        })
    };
    let cancel = Callback::new(move |()| {
        forget_choice();
        error.set(None);
    });
    let remove = {
        let user_id = user_id.clone();
        Callback::new(move |()| {
            removing.set(true);
            error.set(None);
            status.set(None);
            let user_id = user_id.clone();
            client::spawn(async move {
                let outcome = client::send_asset("DELETE", &avatar_path(&user_id), None).await;
                removing.set(false);
                match outcome {
                    Ok(()) => {
                        url.set(None);
                        status.set(Some(Msg::AvatarRemoved));
                    }
                    Err(e) => error.set(Some(error_message(&e))),
                }
            });
        })
    };
    let shown = Signal::derive(move || preview.get().or_else(|| url.get()));
    view! {
        <div class="avatar-settings" role="group" aria-labelledby="avatar-title">
            <h3 id="avatar-title">{t(Msg::AvatarTitle)}</h3>
            <div class="avatar-row">
                <Avatar url=shown name=name id="avatar-current" />
                <div class="field avatar-field">
                    <label for="avatar-file">{t(Msg::AvatarChoose)}</label>
                    <input
                        node_ref=input
                        id="avatar-file"
                        name="file"
                        type="file"
                        accept="image/png,image/jpeg,image/gif,image/webp"
                        aria-invalid=move || error.with(Option::is_some).then_some("true")
                        aria-describedby=move || {
                            if error.with(Option::is_some) { "avatar-hint avatar-error" } else { "avatar-hint" }
                        }
                        disabled=move || busy.get()
                        on:change=on_change
                    />
                    <p id="avatar-hint" class="muted hint">{t(Msg::AvatarHint)}</p>
                    {move || error.get().map(|msg| view! { <p id="avatar-error" class="field-error" role="alert">{t(msg)}</p> })}
                </div>
            </div>
            <div class="actions">
                {move || preview.with(Option::is_some).then(|| view! {
                    <ActionButton id="avatar-save" label=Msg::AvatarSave pending_label=Msg::Saving pending=saving blocked=busy on_click=save />
                    <ActionButton id="avatar-cancel" label=Msg::Cancel pending_label=Msg::Cancel pending=Signal::stored(false) blocked=busy on_click=cancel secondary=true />
                })}
                {move || (preview.with(Option::is_none) && url.with(Option::is_some)).then(|| view! {
                    <ActionButton id="avatar-remove" label=Msg::AvatarRemove pending_label=Msg::Saving pending=removing blocked=busy on_click=remove secondary=true />
                })}
            </div>
            <div class="live-region" role="status">
                {move || status.get().map(|msg| view! { <p id="avatar-status" class="banner banner-info">{t(msg)}</p> })}
            </div>
        </div>
    }
}

/// The chosen file as a `data:` URL for the preview.
async fn data_url(file: &web_sys::File) -> Option<String> {
    use base64::Engine;
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await.ok()?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let kind = file.type_();
    let kind = if kind.starts_with("image/") { kind } else { "application/octet-stream".to_owned() };
    Some(format!("data:{kind};base64,{}", base64::engine::general_purpose::STANDARD.encode(bytes)))
}

/// The server's refusals of an upload, in words: too large, or not a picture it can read.
fn upload_error(error: &ApiError) -> Msg {
    match error.id.as_str() {
        "UPLOAD-Size" => Msg::AvatarTooBig,
        "UPLOAD-Type" | "UPLOAD-Decode" | "UPLOAD-Empty" => Msg::AvatarNotImage,
        _ => error_message(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_take_the_first_letters_of_two_words() {
        assert_eq!(initials("ada lovelace byron"), "AL");
        assert_eq!(initials("Ümit"), "Ü");
        assert_eq!(initials(""), "");
    }

    #[test]
    fn upload_refusals_have_their_own_words() {
        let e = |id: &str| ApiError::new(gatehouse_api::Code::InvalidArgument, id, "");
        assert_eq!(upload_error(&e("UPLOAD-Size")), Msg::AvatarTooBig);
        assert_eq!(upload_error(&e("UPLOAD-Decode")), Msg::AvatarNotImage);
        assert_eq!(upload_error(&e("UPLOAD-Type")), Msg::AvatarNotImage);
        assert_eq!(upload_error(&e("other")), Msg::InvalidInput);
    }
}
