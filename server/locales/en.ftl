# Gatehouse server: the texts of every mail the server sends (English, the fallback for every other language).
# One message per line, except plural selectors (Fluent puts each variant on its own line). `{ $name }`
# placeables are filled by the server; every language file has the same ids and the same placeables.
# Links and codes are never part of a message: the server puts them on their own lines.

## Parts every mail shares
# $name: the recipient's display name (as the user typed it)
mail-greeting = Hello { $name },
# Label in front of a one-time code, shown as "Code: ABC123"
mail-code-label = Code
mail-or-open-link = Or open this link:
mail-button-fallback = If the button does not work, copy this link into your browser:
mail-ignore = If you did not ask for this, ignore this mail.
# $sender: the organisation's name (or "Gatehouse")
mail-footer = This mail was sent by { $sender } because of your account there.

## Email verification (a code and a link to confirm an address)
mail-verify-subject = Verify your email
# $email: the address being confirmed
mail-verify-intro = Please confirm your email address { $email } by entering this code:
mail-verify-button = Verify email
mail-verify-validity =
    { $hours ->
        [one] The code is valid for one hour.
       *[other] The code is valid for { $hours } hours.
    }

## Password reset
mail-reset-subject = Reset your password
mail-reset-intro = Someone asked to reset the password of your account. To choose a new one, open the link below or enter this code:
mail-reset-button = Choose a new password
mail-reset-validity =
    { $hours ->
        [one] The code is valid for one hour.
       *[other] The code is valid for { $hours } hours.
    }

## One-time sign-in code by email (second factor)
mail-otp-subject = Your sign-in code
mail-otp-intro = Your one-time sign-in code is:
mail-otp-validity =
    { $minutes ->
        [one] It is valid for one minute.
       *[other] It is valid for { $minutes } minutes.
    }
mail-otp-ignore = If you did not try to sign in, change your password.

## Link to add a passkey
mail-passkey-link-subject = Add a passkey to your account
mail-passkey-link-intro = Open this link to add a passkey to your account:
mail-passkey-link-button = Add a passkey
mail-passkey-link-validity =
    { $hours ->
        [one] The link works once, for one hour.
       *[other] The link works once, for { $hours } hours.
    }
mail-passkey-link-ignore = If you did not expect it, ignore this mail.

## Notifications about changes to an account's security
mail-security-password-changed-subject = Your password was changed
mail-security-password-changed = The password of your account was changed.
mail-security-email-changed-subject = Your email address was changed
# $email: the new address
mail-security-email-changed = The email address of your account was changed to { $email }.
mail-security-phone-changed-subject = Your phone number was changed
# $phone: the new number
mail-security-phone-changed = The phone number of your account was changed to { $phone }.
mail-security-phone-removed = The phone number was removed from your account.
mail-security-username-changed-subject = Your username was changed
# $username: the new username
mail-security-username-changed = Your username was changed to { $username }.
mail-security-factor-added-subject = A sign-in method was added to your account
# $factor: one of the mail-factor-* texts below
mail-security-factor-added = { $factor } was added to your account as a way to sign in.
mail-security-factor-removed-subject = A sign-in method was removed from your account
mail-security-factor-removed = { $factor } was removed from your account.
mail-security-account-deleted-subject = Your account was deleted
mail-security-account-deleted = Your account and its data were deleted.
mail-security-if-you = If this was you, there is nothing to do.
mail-security-if-not = If it was not, reset your password right away and review your account's sessions and sign-in methods.

## Names of sign-in methods in the notifications above
# $name: the name the user gave the passkey or key
mail-factor-passkey = The passkey “{ $name }”
mail-factor-security-key = The security key “{ $name }”
mail-factor-totp = An authenticator app
mail-factor-otp-email = Sign-in codes by email
mail-factor-otp-sms = Sign-in codes by SMS
mail-factor-recovery-codes = Recovery codes
# $provider: the name of the identity provider, e.g. "GitHub"
mail-factor-idp = Sign-in with { $provider }
