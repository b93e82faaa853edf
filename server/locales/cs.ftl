# Gatehouse mail texts: Czech (Čeština).
# Translation of server/locales/en.ftl: same ids and placeables; one message per line, except plural selectors.

## Parts every mail shares
# $name: the recipient's display name (as the user typed it)
mail-greeting = Dobrý den, { $name },
# Label in front of a one-time code, shown as "Code: ABC123"
mail-code-label = Kód
mail-or-open-link = Nebo otevřete tento odkaz:
mail-button-fallback = Pokud tlačítko nefunguje, zkopírujte tento odkaz do prohlížeče:
mail-ignore = Pokud jste o to nežádali, tento e-mail ignorujte.
# $sender: the organisation's name (or "Gatehouse")
mail-footer = Tento e-mail vám poslala služba { $sender } v souvislosti s vaším účtem.

## Email verification (a code and a link to confirm an address)
mail-verify-subject = Ověřte svůj e-mail
# $email: the address being confirmed
mail-verify-intro = Potvrďte svou e-mailovou adresu { $email } zadáním tohoto kódu:
mail-verify-button = Ověřit e-mail
mail-verify-validity =
    { $hours ->
        [one] Kód platí jednu hodinu.
        [few] Kód platí { $hours } hodiny.
        [many] Kód platí { $hours } hodiny.
       *[other] Kód platí { $hours } hodin.
    }

## Password reset
mail-reset-subject = Obnovení hesla
mail-reset-intro = Někdo požádal o obnovení hesla k vašemu účtu. Nové heslo zvolíte po otevření odkazu níže nebo zadáním tohoto kódu:
mail-reset-button = Zvolit nové heslo
mail-reset-validity =
    { $hours ->
        [one] Kód platí jednu hodinu.
        [few] Kód platí { $hours } hodiny.
        [many] Kód platí { $hours } hodiny.
       *[other] Kód platí { $hours } hodin.
    }

## One-time sign-in code by email (second factor)
mail-otp-subject = Váš přihlašovací kód
mail-otp-intro = Váš jednorázový přihlašovací kód je:
mail-otp-validity =
    { $minutes ->
        [one] Platí jednu minutu.
        [few] Platí { $minutes } minuty.
        [many] Platí { $minutes } minuty.
       *[other] Platí { $minutes } minut.
    }
mail-otp-ignore = Pokud jste se nepokoušeli přihlásit, změňte si heslo.

## Link to add a passkey
mail-passkey-link-subject = Přidejte si k účtu přístupový klíč
mail-passkey-link-intro = Otevřete tento odkaz a přidejte si k účtu přístupový klíč:
mail-passkey-link-button = Přidat přístupový klíč
mail-passkey-link-validity =
    { $hours ->
        [one] Odkaz funguje jednou, po dobu jedné hodiny.
        [few] Odkaz funguje jednou, po dobu { $hours } hodin.
        [many] Odkaz funguje jednou, po dobu { $hours } hodiny.
       *[other] Odkaz funguje jednou, po dobu { $hours } hodin.
    }
mail-passkey-link-ignore = Pokud jste tento e-mail nečekali, ignorujte ho.

## Notifications about changes to an account's security
mail-security-password-changed-subject = Vaše heslo bylo změněno
mail-security-password-changed = Heslo k vašemu účtu bylo změněno.
mail-security-email-changed-subject = Vaše e-mailová adresa byla změněna
# $email: the new address
mail-security-email-changed = E-mailová adresa vašeho účtu byla změněna na { $email }.
mail-security-phone-changed-subject = Vaše telefonní číslo bylo změněno
# $phone: the new number
mail-security-phone-changed = Telefonní číslo vašeho účtu bylo změněno na { $phone }.
mail-security-phone-removed = Telefonní číslo bylo z vašeho účtu odebráno.
mail-security-username-changed-subject = Vaše uživatelské jméno bylo změněno
# $username: the new username
mail-security-username-changed = Vaše uživatelské jméno bylo změněno na { $username }.
mail-security-factor-added-subject = K vašemu účtu byl přidán způsob přihlášení
# $factor: one of the mail-factor-* texts below
mail-security-factor-added = K vašemu účtu byl přidán způsob přihlášení: { $factor }.
mail-security-factor-removed-subject = Z vašeho účtu byl odebrán způsob přihlášení
mail-security-factor-removed = Z vašeho účtu byl odebrán způsob přihlášení: { $factor }.
mail-security-account-deleted-subject = Váš účet byl smazán
mail-security-account-deleted = Váš účet a jeho data byly smazány.
mail-security-if-you = Pokud jste to byli vy, nemusíte nic dělat.
mail-security-if-not = Pokud ne, ihned si obnovte heslo a zkontrolujte relace a způsoby přihlášení svého účtu.

## Names of sign-in methods in the notifications above
# $name: the name the user gave the passkey or key
mail-factor-passkey = přístupový klíč „{ $name }“
mail-factor-security-key = bezpečnostní klíč „{ $name }“
mail-factor-totp = ověřovací aplikace
mail-factor-otp-email = přihlašovací kódy e-mailem
mail-factor-otp-sms = přihlašovací kódy přes SMS
mail-factor-recovery-codes = záložní kódy
# $provider: the name of the identity provider, e.g. "GitHub"
mail-factor-idp = přihlášení přes { $provider }
