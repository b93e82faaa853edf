# Gatehouse mail texts: Romanian (Română).
# Translation of server/locales/en.ftl: same ids and placeables; one message per line, except plural selectors.

## Parts every mail shares
# $name: the recipient's display name (as the user typed it)
mail-greeting = Bună ziua, { $name },
# Label in front of a one-time code, shown as "Code: ABC123"
mail-code-label = Cod
mail-or-open-link = Sau deschideți acest link:
mail-button-fallback = Dacă butonul nu funcționează, copiați acest link în browser:
mail-ignore = Dacă nu ați solicitat acest lucru, ignorați acest e-mail.
# $sender: the organisation's name (or "Gatehouse")
mail-footer = Acest e-mail a fost trimis de { $sender } în legătură cu contul dvs. de acolo.

## Email verification (a code and a link to confirm an address)
mail-verify-subject = Confirmați adresa de e-mail
# $email: the address being confirmed
mail-verify-intro = Confirmați adresa de e-mail { $email } introducând acest cod:
mail-verify-button = Confirmați adresa de e-mail
mail-verify-validity =
    { $hours ->
        [one] Codul este valabil o oră.
        [few] Codul este valabil { $hours } ore.
       *[other] Codul este valabil { $hours } de ore.
    }

## Password reset
mail-reset-subject = Resetați parola
mail-reset-intro = Cineva a cerut resetarea parolei contului dvs. Pentru a alege una nouă, deschideți linkul de mai jos sau introduceți acest cod:
mail-reset-button = Alegeți o parolă nouă
mail-reset-validity =
    { $hours ->
        [one] Codul este valabil o oră.
        [few] Codul este valabil { $hours } ore.
       *[other] Codul este valabil { $hours } de ore.
    }

## One-time sign-in code by email (second factor)
mail-otp-subject = Codul dvs. de conectare
mail-otp-intro = Codul dvs. de conectare unic este:
mail-otp-validity =
    { $minutes ->
        [one] Este valabil un minut.
        [few] Este valabil { $minutes } minute.
       *[other] Este valabil { $minutes } de minute.
    }
mail-otp-ignore = Dacă nu ați încercat să vă conectați, schimbați-vă parola.

## Link to add a passkey
mail-passkey-link-subject = Adăugați o cheie de acces în contul dvs.
mail-passkey-link-intro = Deschideți acest link pentru a adăuga o cheie de acces în contul dvs.:
mail-passkey-link-button = Adăugați o cheie de acces
mail-passkey-link-validity =
    { $hours ->
        [one] Linkul funcționează o singură dată, timp de o oră.
        [few] Linkul funcționează o singură dată, timp de { $hours } ore.
       *[other] Linkul funcționează o singură dată, timp de { $hours } de ore.
    }
mail-passkey-link-ignore = Dacă nu vă așteptați la acest e-mail, ignorați-l.

## Notifications about changes to an account's security
mail-security-password-changed-subject = Parola dvs. a fost schimbată
mail-security-password-changed = Parola contului dvs. a fost schimbată.
mail-security-email-changed-subject = Adresa dvs. de e-mail a fost schimbată
# $email: the new address
mail-security-email-changed = Adresa de e-mail a contului dvs. a fost schimbată în { $email }.
mail-security-phone-changed-subject = Numărul dvs. de telefon a fost schimbat
# $phone: the new number
mail-security-phone-changed = Numărul de telefon al contului dvs. a fost schimbat în { $phone }.
mail-security-phone-removed = Numărul de telefon a fost eliminat din contul dvs.
mail-security-username-changed-subject = Numele dvs. de utilizator a fost schimbat
# $username: the new username
mail-security-username-changed = Numele dvs. de utilizator a fost schimbat în { $username }.
mail-security-factor-added-subject = O metodă de conectare a fost adăugată în contul dvs.
# $factor: one of the mail-factor-* texts below
mail-security-factor-added = O metodă de conectare a fost adăugată în contul dvs.: { $factor }.
mail-security-factor-removed-subject = O metodă de conectare a fost eliminată din contul dvs.
mail-security-factor-removed = O metodă de conectare a fost eliminată din contul dvs.: { $factor }.
mail-security-account-deleted-subject = Contul dvs. a fost șters
mail-security-account-deleted = Contul dvs. și datele sale au fost șterse.
mail-security-if-you = Dacă ați fost dvs., nu trebuie să faceți nimic.
mail-security-if-not = Dacă nu, resetați imediat parola și verificați sesiunile și metodele de conectare ale contului.

## Names of sign-in methods in the notifications above
# $name: the name the user gave the passkey or key
mail-factor-passkey = cheia de acces „{ $name }”
mail-factor-security-key = cheia de securitate „{ $name }”
mail-factor-totp = o aplicație de autentificare
mail-factor-otp-email = coduri de conectare prin e-mail
mail-factor-otp-sms = coduri de conectare prin SMS
mail-factor-recovery-codes = coduri de recuperare
# $provider: the name of the identity provider, e.g. "GitHub"
mail-factor-idp = conectarea cu { $provider }
