# Gatehouse mail texts: German (Deutsch).
# Translation of server/locales/en.ftl: same ids and placeables; one message per line, except plural selectors.

## Parts every mail shares
# $name: the recipient's display name (as the user typed it)
mail-greeting = Hallo { $name },
# Label in front of a one-time code, shown as "Code: ABC123"
mail-code-label = Code
mail-or-open-link = Oder öffnen Sie diesen Link:
mail-button-fallback = Falls die Schaltfläche nicht funktioniert, kopieren Sie diesen Link in Ihren Browser:
mail-ignore = Wenn Sie dies nicht angefordert haben, ignorieren Sie diese E-Mail.
# $sender: the organisation's name (or "Gatehouse")
mail-footer = Diese E-Mail wurde von { $sender } wegen Ihres dortigen Kontos gesendet.

## Email verification (a code and a link to confirm an address)
mail-verify-subject = Bestätigen Sie Ihre E-Mail-Adresse
# $email: the address being confirmed
mail-verify-intro = Bitte bestätigen Sie Ihre E-Mail-Adresse { $email }, indem Sie diesen Code eingeben:
mail-verify-button = E-Mail-Adresse bestätigen
mail-verify-validity =
    { $hours ->
        [one] Der Code ist eine Stunde lang gültig.
       *[other] Der Code ist { $hours } Stunden lang gültig.
    }

## Password reset
mail-reset-subject = Setzen Sie Ihr Passwort zurück
mail-reset-intro = Jemand hat angefordert, das Passwort Ihres Kontos zurückzusetzen. Um ein neues zu wählen, öffnen Sie den Link unten oder geben Sie diesen Code ein:
mail-reset-button = Neues Passwort wählen
mail-reset-validity =
    { $hours ->
        [one] Der Code ist eine Stunde lang gültig.
       *[other] Der Code ist { $hours } Stunden lang gültig.
    }

## One-time sign-in code by email (second factor)
mail-otp-subject = Ihr Anmeldecode
mail-otp-intro = Ihr einmaliger Anmeldecode lautet:
mail-otp-validity =
    { $minutes ->
        [one] Er ist eine Minute lang gültig.
       *[other] Er ist { $minutes } Minuten lang gültig.
    }
mail-otp-ignore = Wenn Sie nicht versucht haben, sich anzumelden, ändern Sie Ihr Passwort.

## Link to add a passkey
mail-passkey-link-subject = Fügen Sie Ihrem Konto einen Passkey hinzu
mail-passkey-link-intro = Öffnen Sie diesen Link, um Ihrem Konto einen Passkey hinzuzufügen:
mail-passkey-link-button = Passkey hinzufügen
mail-passkey-link-validity =
    { $hours ->
        [one] Der Link funktioniert einmal, eine Stunde lang.
       *[other] Der Link funktioniert einmal, { $hours } Stunden lang.
    }
mail-passkey-link-ignore = Wenn Sie diese E-Mail nicht erwartet haben, ignorieren Sie sie.

## Notifications about changes to an account's security
mail-security-password-changed-subject = Ihr Passwort wurde geändert
mail-security-password-changed = Das Passwort Ihres Kontos wurde geändert.
mail-security-email-changed-subject = Ihre E-Mail-Adresse wurde geändert
# $email: the new address
mail-security-email-changed = Die E-Mail-Adresse Ihres Kontos wurde in { $email } geändert.
mail-security-phone-changed-subject = Ihre Telefonnummer wurde geändert
# $phone: the new number
mail-security-phone-changed = Die Telefonnummer Ihres Kontos wurde in { $phone } geändert.
mail-security-phone-removed = Die Telefonnummer wurde aus Ihrem Konto entfernt.
mail-security-username-changed-subject = Ihr Benutzername wurde geändert
# $username: the new username
mail-security-username-changed = Ihr Benutzername wurde in { $username } geändert.
mail-security-factor-added-subject = Ihrem Konto wurde eine Anmeldemethode hinzugefügt
# $factor: one of the mail-factor-* texts below
mail-security-factor-added = Ihrem Konto wurde eine Anmeldemethode hinzugefügt: { $factor }.
mail-security-factor-removed-subject = Aus Ihrem Konto wurde eine Anmeldemethode entfernt
mail-security-factor-removed = Aus Ihrem Konto wurde eine Anmeldemethode entfernt: { $factor }.
mail-security-account-deleted-subject = Ihr Konto wurde gelöscht
mail-security-account-deleted = Ihr Konto und seine Daten wurden gelöscht.
mail-security-if-you = Wenn Sie das waren, müssen Sie nichts tun.
mail-security-if-not = Wenn nicht, setzen Sie sofort Ihr Passwort zurück und überprüfen Sie die Sitzungen und Anmeldemethoden Ihres Kontos.

## Names of sign-in methods in the notifications above
# $name: the name the user gave the passkey or key
mail-factor-passkey = Passkey „{ $name }“
mail-factor-security-key = Sicherheitsschlüssel „{ $name }“
mail-factor-totp = Authenticator-App
mail-factor-otp-email = Anmeldecodes per E-Mail
mail-factor-otp-sms = Anmeldecodes per SMS
mail-factor-recovery-codes = Wiederherstellungscodes
# $provider: the name of the identity provider, e.g. "GitHub"
mail-factor-idp = Anmeldung mit { $provider }
