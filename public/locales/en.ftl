# Gatehouse UI messages: English (the reference language).
# Every other locales/<lang>.ftl has exactly these ids with the same { $variables }.
# Ids are the kebab-case names of the SPA's i18n::Msg variants (LoginNameTitle -> login-name-title).


## Shared
app-name = Gatehouse
skip-to-content = Skip to main content

## Branding and legal footer
brand-logo-alt = Organisation logo
legal-nav-label = Legal and support
legal-tos = Terms of service
legal-privacy = Privacy policy
legal-help = Help
legal-docs = Documentation
legal-support = Contact support
powered-by = Secured by Gatehouse
language-switcher-label = Language
loading = Loading…
load-failed = This page could not be loaded.
retry = Try again
network-error = We can't reach the server. Check your connection and try again.
unexpected = Something went wrong. Please try again.
server-error = Something went wrong on our side. Please try again in a moment.
not-allowed = You are not allowed to do that.
session-expired = Your sign-in has expired.
too-many-attempts = Too many attempts. Wait a minute and try again.
invalid-input = Some of the details are not valid. Check them and try again.

## /loginname
login-name-title = Sign in
login-name-intro = Enter your username or email address to continue.
login-name-label = Username or email
login-name-required = Enter your username or email address.
user-not-found = We couldn't find an account with that username or email.
continue = Continue
checking = Checking…
no-account-yet = No account yet?
create-account-link = Create an account
signed-out = You have been signed out.
email-verified-sign-in = Your email address is verified. Sign in to continue.

## External identity providers (buttons on /loginname, /idp/{provider}/success and /failure, linked accounts)
idp-or = or
idp-redirecting = Redirecting…
idp-signing-in = Signing you in…
idp-link-incomplete = This sign-in link is incomplete. Start again from the sign-in page.
idp-intent-invalid = This sign-in attempt has expired or was already used. Start again from the sign-in page.
idp-register-title = Create your account
idp-link-title = Already have an account?
idp-link-submit = Sign in and link
idp-no-account-title = No account found
idp-linked-title = Account linked
idp-linked-elsewhere = This account at the provider is already linked to another user.
idp-failure-title = Sign-in didn't work
idp-denied = The sign-in was cancelled or refused at the provider. Nothing was changed.
idp-failed = The provider could not sign you in. Try again, or sign in another way.
idp-link-failed = The account could not be linked: the provider did not sign you in. Nothing was changed.
back-to-sign-in = Back to sign in
linked-accounts-title = Linked accounts
linked-accounts-empty = No accounts from other providers are linked yet.
link-another-account = Link another account
idp-last-login-method = This is your only way to sign in. Add a password or a passkey before you remove it.
username-invalid = Enter a username.

## /password
password-title = Enter your password
not-you = Not you?
password-label = Password
password-required = Enter your password.
sign-in = Sign in
signing-in = Signing in…
wrong-password = Wrong password. Try again.
user-locked = This account is locked after too many failed attempts. Contact your administrator.
email-unverified = Please verify your email address before signing in.
verify-email-link = Verify your email address
password-change-required = You need to change your password before you continue.
login-name-or-password-wrong = The username or password is not correct.

## /password/change
password-change-title = Change your password
password-change-intro = Your password has to be changed before you can continue.
current-password-label = Current password
current-password-required = Enter your current password.
new-password-label = New password
new-password-confirm-label = Confirm new password
change-password = Change password
saving = Saving…
password-policy-not-met = This password does not meet the requirements below.
same-password = Choose a password that is different from your current one.

## /register
register-title = Create your account
register-intro = It only takes a minute.
given-name-label = First name
given-name-required = Enter your first name.
family-name-label = Last name
family-name-required = Enter your last name.
email-label = Email
email-required = Enter your email address.
email-invalid = Enter a valid email address, like name@example.com.
email-taken = An account with this email already exists.
password-confirm-label = Confirm password
create-account = Create account
creating-account = Creating account…
have-account = Already have an account?
sign-in-link = Sign in

## Password checklist
checklist-title = Your password needs
rule-uppercase = An uppercase letter
rule-lowercase = A lowercase letter
rule-number = A number
rule-symbol = A symbol, like ! or #
rule-match = Both passwords match
rule-met = , done
rule-not-met = , not yet
policy-loading = Loading the password rules…
policy-load-failed = The password rules could not be loaded.

## /verify
verify-title = Verify your email
verify-intro-generic = We sent a verification code to your email address. Enter it below.
code-label = Verification code
code-required = Enter the code from the email.
code-invalid = That code is not correct.
code-expired = That code has expired. We can send you a new one.
verify = Verify
verifying = Verifying…
resend = Send a new code
sending = Sending…
code-sent = New code sent. Check your inbox.
verify-link-incomplete = This verification link is incomplete. Sign in again to get a new code.
verify-user-unknown = This verification link does not belong to an account. Sign in again to get a new code.

## /signedin
signed-in-title = You're signed in
signed-in-as = Signed in as
profile-link = Go to your profile

## /profile
profile-title = Your profile
username-label = Username
verified = Verified
not-verified = Not verified
sessions-title = Active sessions
this-browser = This browser
unknown-device = Unknown device
session-created = Signed in
session-last-active = Last activity
no-sessions = No active sessions.
log-out = Log out
log-out-everywhere = Log out everywhere
logging-out = Logging out…

## /logout
logout-title = Sign out
logout-intro = These accounts are signed in on this browser.
end-session = Sign out
logout-all = Sign out of all accounts
no-browser-sessions = No one is signed in on this browser.

## /dev/outbox
outbox-title = Dev outbox
outbox-intro = Mail the server has sent, newest first. Only available in development.
outbox-empty = No mail yet.
outbox-disabled = The dev outbox is not enabled (mail goes out by SMTP).
refresh = Refresh
mail-to = To
mail-date = Date

## Second factors (authenticator app, codes by email/SMS, recovery codes, /mfa, /mfa/set)
totp-title = Enter the code from your authenticator app
totp-intro = Open your authenticator app and enter the 6-digit code it shows for this account.
otp-sms-title = Enter the code we texted you
otp-sms-intro = We sent a 6-digit code to your phone. It is valid for five minutes.
otp-email-title = Enter the code we emailed you
otp-email-intro = We sent a 6-digit code to your email address. It is valid for five minutes.
other-method = Use another method
use-recovery-code = Use a recovery code
totp-set-title = Set up an authenticator app
totp-set-intro = Scan this QR code with your authenticator app, or type the key below into it. Then enter the 6-digit code the app shows.
totp-secret-label = Key for manual entry
otp-sms-set-title = Codes by SMS
otp-sms-set-intro = When you sign in, we will text a one-time code to your verified phone number.
otp-email-set-title = Codes by email
otp-email-set-intro = When you sign in, we will email a one-time code to your verified address.
turn-on = Turn on
mfa-title = Confirm it is you
mfa-intro = Choose how to confirm your sign-in.
mfa-set-title = Add a second factor
mfa-set-intro = Protect your account with a second step at sign-in. Choose one to set up, or skip for now.
mfa-set-forced-intro = Your organisation requires a second step at sign-in. Choose one to set up.
skip = Skip for now
authenticator-app = Authenticator app
sms-codes = Codes by SMS
email-codes = Codes by email
security-key = Security key
recovery-codes-name = Recovery codes
recovery-code-title = Sign in with a recovery code
recovery-code-intro = Enter one of the recovery codes you saved. Each code works only once.
recovery-code-label = Recovery code
second-factors-title = Second factors
factor-on = On
factor-off = Off
factor-remove = Remove
factor-removing = Removing…
set-up = Set up
generate = Generate recovery codes
regenerate = Generate new codes
recovery-needs-factor = Set up a second factor first; recovery codes stand in for it when it is lost.
recovery-codes-shown-once = Save these codes somewhere safe now: they are shown only once. Each works one time. Generating new codes makes these invalid.
copy = Copy
copied = Copied
download = Download (.txt)
totp-invalid = This code is wrong or has expired. Enter the code your app shows now.
totp-reused = This code was already used. Wait for the next code in your app.
totp-already-set-up = An authenticator app is already set up for your account. Remove it in your profile to set up a new one.
recovery-invalid = This recovery code is not valid. Check it and try again.
recovery-used = This recovery code was already used. Use another one.
last-factor-refused = Your organisation requires a second factor. Set up another one before removing this one.
mfa-forced = Your organisation requires a second factor, so this step cannot be skipped.
otp-not-set-up = This sign-in method is not set up for your account. Choose another one.
otp-needs-verified-email = Verify your email address on your profile first.
otp-needs-verified-phone = Add and verify a phone number on your profile first.
otp-no-challenge = No code was sent yet. Ask for a new code.
second-factor-locked = Too many wrong codes: your account is locked. Contact your administrator.

## Fallback route
not-found-title = Page not found
not-found-body = There is nothing at this address. Check the link, or start over.
go-to-sign-in = Go to sign in

## App sign-in (/login, /accounts, /signedin with an app's request, /device, /logout/done)
app-login-title = Sign in
app-login-loading = Preparing the sign-in…
auth-request-gone = This sign-in request has expired or was already used. Go back to the application and start again.
accounts-title = Choose an account
accounts-intro = Continue with an account signed in on this device:
use-another-account = Use another account
returning-to-app = Returning to the application…
return-to-app = Return to the application
callback-failed-title = Cannot continue to the application
callback-reauthenticate = The application asks you to sign in again.
callback-second-factor = Your organisation requires a second factor for this application.
callback-wrong-organization = This application does not accept accounts of your organisation. Use another account.
callback-already-answered = This sign-in request was already answered. Go back to the application and start again.
sign-in-again = Sign in again
device-title = Connect a device
device-intro = Enter the code shown on your device.
device-code-label = Code
device-code-required = Enter the code from your device.
device-code-unknown = This code is not valid or has expired. Check the device for the current code.
device-consent-title = Allow access?
device-consent-intro = wants to access your account
device-scopes = It asks for
allow = Allow
deny = Deny
device-approved = Done. You can return to your device.
device-denied = Access denied. The device was not connected.
logout-done-title = Signed out
logout-done-body = You have been signed out. You can close this window.

## Account centre (/password/set, /profile sections)
forgot-password = Forgot password?
password-set-title = Choose a new password
password-set-intro = Enter the code from the email and choose a new password.
password-reset-sent = We sent you an email with a link to reset your password. Open it, or enter its code below.
set-new-password = Set new password
password-set-done = Your password has been changed. Sign in with your new password.
password-link-incomplete = This link is incomplete. Start again from the sign-in page.
section-profile = Profile
section-email = Email
section-phone = Phone
section-password = Password
section-security = Security
section-danger-zone = Danger zone
nick-name-label = Nickname
display-name-label = Display name
language-label = Preferred language
gender-label = Gender
gender-unspecified = Not specified
gender-female = Female
gender-male = Male
gender-diverse = Diverse
save = Save
saved = Your changes are saved.
cancel = Cancel
username-required = Enter a username.
username-taken = This username or email is already taken.
change-email = Change email
new-email-label = New email address
send-code = Send code
email-same = This is already your email address.
phone-label = Phone number
phone-none = No phone number yet.
add-phone = Add phone number
change-phone = Change phone number
remove-phone = Remove phone number
phone-invalid = Enter the number in international form, like +41 79 123 45 67.
phone-code-label = Code from the SMS
no-sms-provider = Text messages cannot be sent at the moment. Try again later.
password-changed = Your password has been changed.
end-other-sessions = Sign out all other sessions
session-ip = IP address
sign-in-methods-title = Sign-in methods
security-log-title = Recent security events
security-log-empty = No security events yet.
ev-signed-in = Signed in
ev-password-failed = Failed sign-in: wrong password
ev-password-changed = Password changed
ev-email-changed = Email address changed
ev-email-change-requested = Email change requested
ev-email-verified = Email address verified
ev-phone-changed = Phone number set
ev-phone-verified = Phone number verified
ev-phone-removed = Phone number removed
ev-user-locked = Account locked after failed attempts
ev-profile-changed = Profile changed
ev-username-changed = Username changed
ev-account-created = Account created
ev-factor-added = Sign-in method added
ev-factor-removed = Sign-in method removed
download-data = Download my data
download-data-intro = A JSON file with your profile, sign-in methods, sessions and security events.
delete-account = Delete my account
delete-account-intro = This deletes your account and its data for good. Enter your password to confirm.
delete-account-confirm = Delete my account for good
deleting = Deleting…
delete-forbidden = Accounts with administrator roles cannot be deleted here.
outbox-sms-title = Text messages

## Passkeys and security keys (WebAuthn)
web-authn-unsupported = This browser cannot use passkeys or security keys. Use a current browser, or sign in with your password.
web-authn-cancelled = The request was cancelled or timed out. Try again when you are ready.
web-authn-already-registered = This device is already registered for your account.
web-authn-failed = Your device could not complete the request. Try again.
web-authn-unknown-credential = This passkey is not registered for this account. Choose another one, or sign in with your password.
web-authn-expired = The request timed out. Try again.
passkeys-not-allowed = Passkeys are turned off for this organisation.
web-authn-last-factor = You cannot remove your last way to sign in. Add another one first.
sign-in-with-passkey = Sign in with a passkey
passkey-title = Sign in with your passkey
passkey-intro = Use the passkey on this device or on your phone: your fingerprint, face or screen lock confirms it is you.
passkey-use = Use passkey
passkey-waiting = Waiting for your passkey…
use-password-instead = Use your password instead
passkey-set-title = Add a passkey
passkey-set-intro = Sign in with your fingerprint, face or screen lock instead of a password. The passkey stays on your device.
passkey-signup-intro = Your account is created. Now make the passkey you will sign in with: your fingerprint, face or screen lock, no password.
choose-another-way = Choose another way to sign in
register-with-passkey-instead = Use a passkey instead of a password
register-with-password-instead = Use a password instead
register-passkey-hint = No password needed: after this step your device makes a passkey for this account.
authenticator-set-title = Secure your account
authenticator-set-intro = Choose how you will sign in.
authenticator-passkey = Passkey
authenticator-passkey-hint = Your fingerprint, face or screen lock. Nothing to remember, and it cannot be phished.
authenticator-password = Password
authenticator-password-hint = We mail you a code, then you choose a password.
passkey-signup-grant = Only the browser that created this account can add its first passkey, within 15 minutes. Choose a password instead, or sign up again.
second-factor-before-first = Sign in with your password or passkey first.
passkeys-unavailable-here = Passkeys are not available on this address. Sign in with your password, or open the sign-in page at its main address.
passkey-other-host = This passkey was made for another address of this service. Use it there, or add a passkey here.
passkey-name-label = Name of this passkey
passkey-create = Create passkey
passkey-creating = Waiting for your device…
passkey-added = Passkey added. You can sign in with it from now on.
not-now = Not now
back-to-profile = Back to your profile
u2f-title = Confirm with your security key
u2f-intro = Insert or touch the security key you registered for this account.
u2f-use = Use security key
u2f-waiting = Waiting for your security key…
u2f-set-title = Add a security key
u2f-set-intro = A security key confirms it is you after your password, so a stolen password alone is not enough.
u2f-name-label = Name of this security key
u2f-create = Register security key
u2f-added = Security key added. You will be asked for it after your password.
passkeys = Passkeys
passkeys-empty = No passkeys yet.
passkey-add = Add a passkey
security-keys = Security keys
security-keys-empty = No security keys yet.
security-key-add = Add a security key
rename = Rename
remove = Remove
added-on = Added
last-used = Last used
never-used = Never used
name-required = Enter a name.

## Confirm it's you (re-authentication dialog)
reauth-title = Confirm it's you
reauth-intro = This change needs a recent sign-in. Enter your password to continue.
reauth-intro-passkey = This change needs a recent sign-in. Use your passkey to continue.
reauth-confirm = Confirm
reauth-checking = Checking…
reauth-with-passkey = Use a passkey
reauth-required = Confirm it's you to make this change.
phone-otp-sms-warning = You get sign-in codes by SMS at this number. Changing or removing it turns them off; set them up again once the new number is verified.

## / The text of `msg`.

## Messages with variables (functions in src/i18n.rs)
page-title = { $page } · { $app }
rule-length = { $min_length ->
    [one] At least { $min_length } character
   *[other] At least { $min_length } characters
}
browser-on-os = { $browser } on { $os }
login-on-device = { $login_name } · { $device }
verify-intro = We sent a verification code to { $email }. Enter it below.
resend-in = Send a new code ({ $seconds } s)
email-pending = Waiting for verification: we sent a code to { $email }. Your current address stays in use until then.
sms-sent = We sent a code by SMS to { $phone }.
idp-continue-with = Continue with { $provider }
idp-register-intro = Check the details from your { $provider } account, then create your account.
idp-link-intro = Sign in with your password to link your { $provider } account to it.
idp-no-account = No account here is linked to your { $provider } account, and one can't be created or linked here. Sign in another way.
idp-linked = Your { $provider } account is now linked. You can sign in with it from now on.

## Org-scoped login: a name shared by users of several organisations
login-name-ambiguous = More than one account uses this name. Enter your full login name: username@organisation-domain.

## Account centre: profile picture, code resend limit
avatar-title = Profile picture
avatar-choose = Change picture
avatar-hint = PNG, JPEG, GIF or WebP, up to 5 MB. It is cropped to a square.
avatar-save = Save picture
avatar-remove = Remove picture
avatar-too-big = This picture is too large: choose one of at most 5 MB.
avatar-not-image = This file is not a picture we can use: choose a PNG, JPEG, GIF or WebP image.
avatar-saved = Your new picture is saved.
avatar-removed = Your picture has been removed.
too-many-codes = You asked for too many codes. Wait a few minutes before asking for another one.

## Security log: session ended (sign-out), with the device and address that ended it
ev-signed-out = Signed out

## Account centre: deleting one's own account forbidden by the org's account policy
delete-forbidden-policy = Your organisation's policy does not allow deleting your own account. Ask an administrator to delete it.
