# Gatehouse mail texts: Swedish (Svenska).
# Translation of server/locales/en.ftl: same ids and placeables; one message per line, except plural selectors.

## Parts every mail shares
# $name: the recipient's display name (as the user typed it)
mail-greeting = Hej { $name }!
# Label in front of a one-time code, shown as "Code: ABC123"
mail-code-label = Kod
mail-or-open-link = Eller öppna den här länken:
mail-button-fallback = Om knappen inte fungerar kopierar du den här länken till webbläsaren:
mail-ignore = Om du inte har begärt detta kan du ignorera det här mejlet.
# $sender: the organisation's name (or "Gatehouse")
mail-footer = Det här mejlet skickades av { $sender } på grund av ditt konto där.

## Email verification (a code and a link to confirm an address)
mail-verify-subject = Verifiera din e-postadress
# $email: the address being confirmed
mail-verify-intro = Bekräfta din e-postadress { $email } genom att ange den här koden:
mail-verify-button = Verifiera e-postadress
mail-verify-validity =
    { $hours ->
        [one] Koden är giltig i en timme.
       *[other] Koden är giltig i { $hours } timmar.
    }

## Password reset
mail-reset-subject = Återställ ditt lösenord
mail-reset-intro = Någon har begärt att lösenordet till ditt konto ska återställas. Välj ett nytt genom att öppna länken nedan eller ange den här koden:
mail-reset-button = Välj ett nytt lösenord
mail-reset-validity =
    { $hours ->
        [one] Koden är giltig i en timme.
       *[other] Koden är giltig i { $hours } timmar.
    }

## One-time sign-in code by email (second factor)
mail-otp-subject = Din inloggningskod
mail-otp-intro = Din engångskod för inloggning är:
mail-otp-validity =
    { $minutes ->
        [one] Den är giltig i en minut.
       *[other] Den är giltig i { $minutes } minuter.
    }
mail-otp-ignore = Om du inte försökte logga in bör du byta lösenord.

## Link to add a passkey
mail-passkey-link-subject = Lägg till en lösennyckel i ditt konto
mail-passkey-link-intro = Öppna den här länken för att lägga till en lösennyckel i ditt konto:
mail-passkey-link-button = Lägg till en lösennyckel
mail-passkey-link-validity =
    { $hours ->
        [one] Länken fungerar en gång, i en timme.
       *[other] Länken fungerar en gång, i { $hours } timmar.
    }
mail-passkey-link-ignore = Om du inte väntade dig det här mejlet kan du ignorera det.

## Notifications about changes to an account's security
mail-security-password-changed-subject = Ditt lösenord har ändrats
mail-security-password-changed = Lösenordet till ditt konto har ändrats.
mail-security-email-changed-subject = Din e-postadress har ändrats
# $email: the new address
mail-security-email-changed = E-postadressen för ditt konto har ändrats till { $email }.
mail-security-phone-changed-subject = Ditt telefonnummer har ändrats
# $phone: the new number
mail-security-phone-changed = Telefonnumret för ditt konto har ändrats till { $phone }.
mail-security-phone-removed = Telefonnumret har tagits bort från ditt konto.
mail-security-username-changed-subject = Ditt användarnamn har ändrats
# $username: the new username
mail-security-username-changed = Ditt användarnamn har ändrats till { $username }.
mail-security-factor-added-subject = En inloggningsmetod har lagts till i ditt konto
# $factor: one of the mail-factor-* texts below
mail-security-factor-added = En inloggningsmetod har lagts till i ditt konto: { $factor }.
mail-security-factor-removed-subject = En inloggningsmetod har tagits bort från ditt konto
mail-security-factor-removed = En inloggningsmetod har tagits bort från ditt konto: { $factor }.
mail-security-account-deleted-subject = Ditt konto har raderats
mail-security-account-deleted = Ditt konto och dess data har raderats.
mail-security-if-you = Om det var du behöver du inte göra något.
mail-security-if-not = Om inte, återställ ditt lösenord direkt och granska kontots sessioner och inloggningsmetoder.

## Names of sign-in methods in the notifications above
# $name: the name the user gave the passkey or key
mail-factor-passkey = lösennyckeln ”{ $name }”
mail-factor-security-key = säkerhetsnyckeln ”{ $name }”
mail-factor-totp = en autentiseringsapp
mail-factor-otp-email = inloggningskoder via e-post
mail-factor-otp-sms = inloggningskoder via sms
mail-factor-recovery-codes = återställningskoder
# $provider: the name of the identity provider, e.g. "GitHub"
mail-factor-idp = inloggning med { $provider }
