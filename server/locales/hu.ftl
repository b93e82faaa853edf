# Gatehouse mail texts: Hungarian (Magyar).
# Translation of server/locales/en.ftl: same ids and placeables; one message per line, except plural selectors.

## Parts every mail shares
# $name: the recipient's display name (as the user typed it)
mail-greeting = Kedves { $name }!
# Label in front of a one-time code, shown as "Code: ABC123"
mail-code-label = Kód
mail-or-open-link = Vagy nyissa meg ezt a linket:
mail-button-fallback = Ha a gomb nem működik, másolja be ezt a linket a böngészőjébe:
mail-ignore = Ha nem Ön kérte, hagyja figyelmen kívül ezt a levelet.
# $sender: the organisation's name (or "Gatehouse")
mail-footer = Ezt a levelet a(z) { $sender } küldte az ott lévő fiókja miatt.

## Email verification (a code and a link to confirm an address)
mail-verify-subject = Erősítse meg e-mail-címét
# $email: the address being confirmed
mail-verify-intro = Erősítse meg a(z) { $email } e-mail-címét a következő kód megadásával:
mail-verify-button = E-mail-cím megerősítése
mail-verify-validity =
    { $hours ->
        [one] A kód egy óráig érvényes.
       *[other] A kód { $hours } óráig érvényes.
    }

## Password reset
mail-reset-subject = Jelszó visszaállítása
mail-reset-intro = Valaki kérte a fiókja jelszavának visszaállítását. Új jelszó választásához nyissa meg az alábbi linket, vagy adja meg ezt a kódot:
mail-reset-button = Új jelszó választása
mail-reset-validity =
    { $hours ->
        [one] A kód egy óráig érvényes.
       *[other] A kód { $hours } óráig érvényes.
    }

## One-time sign-in code by email (second factor)
mail-otp-subject = Bejelentkezési kód
mail-otp-intro = Az egyszer használatos bejelentkezési kódja:
mail-otp-validity =
    { $minutes ->
        [one] Egy percig érvényes.
       *[other] { $minutes } percig érvényes.
    }
mail-otp-ignore = Ha nem Ön próbált bejelentkezni, változtassa meg a jelszavát.

## Link to add a passkey
mail-passkey-link-subject = Azonosítókulcs hozzáadása a fiókjához
mail-passkey-link-intro = Nyissa meg ezt a linket, hogy azonosítókulcsot adjon a fiókjához:
mail-passkey-link-button = Azonosítókulcs hozzáadása
mail-passkey-link-validity =
    { $hours ->
        [one] A link egyszer használható, egy óráig.
       *[other] A link egyszer használható, { $hours } óráig.
    }
mail-passkey-link-ignore = Ha nem számított erre a levélre, hagyja figyelmen kívül.

## Notifications about changes to an account's security
mail-security-password-changed-subject = A jelszava megváltozott
mail-security-password-changed = A fiókja jelszava megváltozott.
mail-security-email-changed-subject = Az e-mail-címe megváltozott
# $email: the new address
mail-security-email-changed = A fiókja e-mail-címe megváltozott, az új cím: { $email }.
mail-security-phone-changed-subject = A telefonszáma megváltozott
# $phone: the new number
mail-security-phone-changed = A fiókja telefonszáma megváltozott, az új szám: { $phone }.
mail-security-phone-removed = A telefonszámot eltávolítottuk a fiókjából.
mail-security-username-changed-subject = A felhasználóneve megváltozott
# $username: the new username
mail-security-username-changed = A felhasználóneve megváltozott, az új név: { $username }.
mail-security-factor-added-subject = Új bejelentkezési mód a fiókjában
# $factor: one of the mail-factor-* texts below
mail-security-factor-added = Új bejelentkezési módot adtak a fiókjához: { $factor }.
mail-security-factor-removed-subject = Egy bejelentkezési mód eltávolítva a fiókjából
mail-security-factor-removed = Egy bejelentkezési módot eltávolítottak a fiókjából: { $factor }.
mail-security-account-deleted-subject = A fiókját töröltük
mail-security-account-deleted = A fiókját és annak adatait töröltük.
mail-security-if-you = Ha Ön volt, nincs teendője.
mail-security-if-not = Ha nem, azonnal állítsa vissza a jelszavát, és ellenőrizze a fiókja munkameneteit és bejelentkezési módjait.

## Names of sign-in methods in the notifications above
# $name: the name the user gave the passkey or key
mail-factor-passkey = „{ $name }” azonosítókulcs
mail-factor-security-key = „{ $name }” biztonsági kulcs
mail-factor-totp = hitelesítő alkalmazás
mail-factor-otp-email = bejelentkezési kódok e-mailben
mail-factor-otp-sms = bejelentkezési kódok SMS-ben
mail-factor-recovery-codes = helyreállítási kódok
# $provider: the name of the identity provider, e.g. "GitHub"
mail-factor-idp = bejelentkezés ezzel: { $provider }
