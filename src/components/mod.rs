//! Reusable pieces of UI, named after what the user sees.

pub mod brand_logo;
pub mod card;
pub mod error_banner;
pub mod legal_footer;
pub mod loading;
pub mod password_checklist;
pub mod qr_code;
pub mod passkey_list;
pub mod second_factor_list;
pub mod security_key_list;
pub mod session_list;
pub mod status_message;
pub mod submit_button;
pub mod text_field;

pub use brand_logo::BrandLogo;
pub use card::Card;
pub use error_banner::ErrorBanner;
pub use legal_footer::LegalFooter;
pub use loading::{LoadFailed, Loading};
pub use password_checklist::{use_password_policy, PasswordChecklist};
pub use passkey_list::PasskeyList;
pub use second_factor_list::SecondFactorList;
pub use security_key_list::SecurityKeyList;
pub use session_list::SessionList;
pub use status_message::StatusMessage;
pub use submit_button::{ActionButton, SubmitButton};
pub use text_field::TextField;
