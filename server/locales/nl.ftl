# Gatehouse mail texts: Dutch (Nederlands).
# Translation of server/locales/en.ftl: same ids and placeables; one message per line, except plural selectors.

## Parts every mail shares
# $name: the recipient's display name (as the user typed it)
mail-greeting = Hallo { $name },
# Label in front of a one-time code, shown as "Code: ABC123"
mail-code-label = Code
mail-or-open-link = Of open deze link:
mail-button-fallback = Werkt de knop niet? Kopieer deze link dan naar je browser:
mail-ignore = Heb je hier niet om gevraagd? Dan kun je deze e-mail negeren.
# $sender: the organisation's name (or "Gatehouse")
mail-footer = Deze e-mail is verstuurd door { $sender } vanwege je account daar.

## Email verification (a code and a link to confirm an address)
mail-verify-subject = Verifieer je e-mailadres
# $email: the address being confirmed
mail-verify-intro = Bevestig je e-mailadres { $email } door deze code in te voeren:
mail-verify-button = E-mailadres verifiëren
mail-verify-validity =
    { $hours ->
        [one] De code is een uur geldig.
       *[other] De code is { $hours } uur geldig.
    }

## Password reset
mail-reset-subject = Stel je wachtwoord opnieuw in
mail-reset-intro = Iemand heeft gevraagd om het wachtwoord van je account opnieuw in te stellen. Open de link hieronder of voer deze code in om een nieuw wachtwoord te kiezen:
mail-reset-button = Nieuw wachtwoord kiezen
mail-reset-validity =
    { $hours ->
        [one] De code is een uur geldig.
       *[other] De code is { $hours } uur geldig.
    }

## One-time sign-in code by email (second factor)
mail-otp-subject = Je inlogcode
mail-otp-intro = Je eenmalige inlogcode is:
mail-otp-validity =
    { $minutes ->
        [one] Deze is een minuut geldig.
       *[other] Deze is { $minutes } minuten geldig.
    }
mail-otp-ignore = Heb je niet geprobeerd in te loggen? Wijzig dan je wachtwoord.

## Link to add a passkey
mail-passkey-link-subject = Voeg een passkey toe aan je account
mail-passkey-link-intro = Open deze link om een passkey aan je account toe te voegen:
mail-passkey-link-button = Passkey toevoegen
mail-passkey-link-validity =
    { $hours ->
        [one] De link werkt één keer, gedurende een uur.
       *[other] De link werkt één keer, gedurende { $hours } uur.
    }
mail-passkey-link-ignore = Had je deze e-mail niet verwacht? Dan kun je hem negeren.

## Notifications about changes to an account's security
mail-security-password-changed-subject = Je wachtwoord is gewijzigd
mail-security-password-changed = Het wachtwoord van je account is gewijzigd.
mail-security-email-changed-subject = Je e-mailadres is gewijzigd
# $email: the new address
mail-security-email-changed = Het e-mailadres van je account is gewijzigd in { $email }.
mail-security-phone-changed-subject = Je telefoonnummer is gewijzigd
# $phone: the new number
mail-security-phone-changed = Het telefoonnummer van je account is gewijzigd in { $phone }.
mail-security-phone-removed = Het telefoonnummer is uit je account verwijderd.
mail-security-username-changed-subject = Je gebruikersnaam is gewijzigd
# $username: the new username
mail-security-username-changed = Je gebruikersnaam is gewijzigd in { $username }.
mail-security-factor-added-subject = Er is een inlogmethode aan je account toegevoegd
# $factor: one of the mail-factor-* texts below
mail-security-factor-added = Er is een inlogmethode aan je account toegevoegd: { $factor }.
mail-security-factor-removed-subject = Er is een inlogmethode uit je account verwijderd
mail-security-factor-removed = Er is een inlogmethode uit je account verwijderd: { $factor }.
mail-security-account-deleted-subject = Je account is verwijderd
mail-security-account-deleted = Je account en de bijbehorende gegevens zijn verwijderd.
mail-security-if-you = Was jij dit? Dan hoef je niets te doen.
mail-security-if-not = Zo niet, stel dan meteen je wachtwoord opnieuw in en controleer de sessies en inlogmethoden van je account.

## Names of sign-in methods in the notifications above
# $name: the name the user gave the passkey or key
mail-factor-passkey = de passkey ‘{ $name }’
mail-factor-security-key = de beveiligingssleutel ‘{ $name }’
mail-factor-totp = een authenticator-app
mail-factor-otp-email = inlogcodes per e-mail
mail-factor-otp-sms = inlogcodes per sms
mail-factor-recovery-codes = herstelcodes
# $provider: the name of the identity provider, e.g. "GitHub"
mail-factor-idp = inloggen met { $provider }
