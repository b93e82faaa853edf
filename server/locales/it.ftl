# Gatehouse mail texts: Italian (Italiano).
# Translation of server/locales/en.ftl: same ids and placeables; one message per line, except plural selectors.

## Parts every mail shares
# $name: the recipient's display name (as the user typed it)
mail-greeting = Ciao { $name },
# Label in front of a one-time code, shown as "Code: ABC123"
mail-code-label = Codice
mail-or-open-link = Oppure apri questo link:
mail-button-fallback = Se il pulsante non funziona, copia questo link nel browser:
mail-ignore = Se non hai richiesto tu questa operazione, ignora questa email.
# $sender: the organisation's name (or "Gatehouse")
mail-footer = Questa email ti è stata inviata da { $sender } in relazione al tuo account.

## Email verification (a code and a link to confirm an address)
mail-verify-subject = Verifica la tua email
# $email: the address being confirmed
mail-verify-intro = Conferma il tuo indirizzo email { $email } inserendo questo codice:
mail-verify-button = Verifica email
mail-verify-validity =
    { $hours ->
        [one] Il codice è valido per un'ora.
       *[other] Il codice è valido per { $hours } ore.
    }

## Password reset
mail-reset-subject = Reimposta la password
mail-reset-intro = È stata richiesta la reimpostazione della password del tuo account. Per sceglierne una nuova, apri il link qui sotto o inserisci questo codice:
mail-reset-button = Scegli una nuova password
mail-reset-validity =
    { $hours ->
        [one] Il codice è valido per un'ora.
       *[other] Il codice è valido per { $hours } ore.
    }

## One-time sign-in code by email (second factor)
mail-otp-subject = Il tuo codice di accesso
mail-otp-intro = Il tuo codice di accesso monouso è:
mail-otp-validity =
    { $minutes ->
        [one] È valido per un minuto.
       *[other] È valido per { $minutes } minuti.
    }
mail-otp-ignore = Se non hai provato ad accedere, cambia la password.

## Link to add a passkey
mail-passkey-link-subject = Aggiungi una passkey al tuo account
mail-passkey-link-intro = Apri questo link per aggiungere una passkey al tuo account:
mail-passkey-link-button = Aggiungi una passkey
mail-passkey-link-validity =
    { $hours ->
        [one] Il link funziona una sola volta, per un'ora.
       *[other] Il link funziona una sola volta, per { $hours } ore.
    }
mail-passkey-link-ignore = Se non te lo aspettavi, ignora questa email.

## Notifications about changes to an account's security
mail-security-password-changed-subject = La tua password è stata cambiata
mail-security-password-changed = La password del tuo account è stata cambiata.
mail-security-email-changed-subject = Il tuo indirizzo email è stato cambiato
# $email: the new address
mail-security-email-changed = L'indirizzo email del tuo account è stato cambiato in { $email }.
mail-security-phone-changed-subject = Il tuo numero di telefono è stato cambiato
# $phone: the new number
mail-security-phone-changed = Il numero di telefono del tuo account è stato cambiato in { $phone }.
mail-security-phone-removed = Il numero di telefono è stato rimosso dal tuo account.
mail-security-username-changed-subject = Il tuo nome utente è stato cambiato
# $username: the new username
mail-security-username-changed = Il tuo nome utente è stato cambiato in { $username }.
mail-security-factor-added-subject = È stato aggiunto un metodo di accesso al tuo account
# $factor: one of the mail-factor-* texts below
mail-security-factor-added = È stato aggiunto un metodo di accesso al tuo account: { $factor }.
mail-security-factor-removed-subject = È stato rimosso un metodo di accesso dal tuo account
mail-security-factor-removed = È stato rimosso un metodo di accesso dal tuo account: { $factor }.
mail-security-account-deleted-subject = Il tuo account è stato eliminato
mail-security-account-deleted = Il tuo account e i relativi dati sono stati eliminati.
mail-security-if-you = Se sei stato tu, non devi fare nulla.
mail-security-if-not = In caso contrario, reimposta subito la password e controlla le sessioni e i metodi di accesso del tuo account.

## Names of sign-in methods in the notifications above
# $name: the name the user gave the passkey or key
mail-factor-passkey = la passkey "{ $name }"
mail-factor-security-key = la chiave di sicurezza "{ $name }"
mail-factor-totp = un'app di autenticazione
mail-factor-otp-email = codici di accesso via email
mail-factor-otp-sms = codici di accesso via SMS
mail-factor-recovery-codes = codici di recupero
# $provider: the name of the identity provider, e.g. "GitHub"
mail-factor-idp = accesso con { $provider }
