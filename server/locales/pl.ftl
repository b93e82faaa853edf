# Gatehouse mail texts: Polish (Polski).
# Translation of server/locales/en.ftl: same ids and placeables; one message per line, except plural selectors.

## Parts every mail shares
# $name: the recipient's display name (as the user typed it)
mail-greeting = Witaj { $name },
# Label in front of a one-time code, shown as "Code: ABC123"
mail-code-label = Kod
mail-or-open-link = Lub otwórz ten link:
mail-button-fallback = Jeśli przycisk nie działa, skopiuj ten link do przeglądarki:
mail-ignore = Jeśli to nie Ty o to prosisz, zignoruj tę wiadomość.
# $sender: the organisation's name (or "Gatehouse")
mail-footer = Ta wiadomość została wysłana przez { $sender } w związku z Twoim kontem w tym serwisie.

## Email verification (a code and a link to confirm an address)
mail-verify-subject = Zweryfikuj adres e-mail
# $email: the address being confirmed
mail-verify-intro = Potwierdź swój adres e-mail { $email }, wpisując ten kod:
mail-verify-button = Zweryfikuj adres e-mail
mail-verify-validity =
    { $hours ->
        [one] Kod jest ważny przez godzinę.
        [few] Kod jest ważny przez { $hours } godziny.
        [many] Kod jest ważny przez { $hours } godzin.
       *[other] Kod jest ważny przez { $hours } godziny.
    }

## Password reset
mail-reset-subject = Zresetuj hasło
mail-reset-intro = Ktoś poprosił o zresetowanie hasła do Twojego konta. Aby wybrać nowe, otwórz poniższy link lub wpisz ten kod:
mail-reset-button = Wybierz nowe hasło
mail-reset-validity =
    { $hours ->
        [one] Kod jest ważny przez godzinę.
        [few] Kod jest ważny przez { $hours } godziny.
        [many] Kod jest ważny przez { $hours } godzin.
       *[other] Kod jest ważny przez { $hours } godziny.
    }

## One-time sign-in code by email (second factor)
mail-otp-subject = Twój kod logowania
mail-otp-intro = Twój jednorazowy kod logowania to:
mail-otp-validity =
    { $minutes ->
        [one] Jest ważny przez minutę.
        [few] Jest ważny przez { $minutes } minuty.
        [many] Jest ważny przez { $minutes } minut.
       *[other] Jest ważny przez { $minutes } minuty.
    }
mail-otp-ignore = Jeśli to nie była Twoja próba logowania, zmień hasło.

## Link to add a passkey
mail-passkey-link-subject = Dodaj klucz dostępu do konta
mail-passkey-link-intro = Otwórz ten link, aby dodać klucz dostępu do swojego konta:
mail-passkey-link-button = Dodaj klucz dostępu
mail-passkey-link-validity =
    { $hours ->
        [one] Link działa jeden raz, przez godzinę.
        [few] Link działa jeden raz, przez { $hours } godziny.
        [many] Link działa jeden raz, przez { $hours } godzin.
       *[other] Link działa jeden raz, przez { $hours } godziny.
    }
mail-passkey-link-ignore = Jeśli nie spodziewasz się tej wiadomości, zignoruj ją.

## Notifications about changes to an account's security
mail-security-password-changed-subject = Hasło zostało zmienione
mail-security-password-changed = Hasło do Twojego konta zostało zmienione.
mail-security-email-changed-subject = Adres e-mail został zmieniony
# $email: the new address
mail-security-email-changed = Adres e-mail Twojego konta został zmieniony na { $email }.
mail-security-phone-changed-subject = Numer telefonu został zmieniony
# $phone: the new number
mail-security-phone-changed = Numer telefonu Twojego konta został zmieniony na { $phone }.
mail-security-phone-removed = Numer telefonu został usunięty z Twojego konta.
mail-security-username-changed-subject = Nazwa użytkownika została zmieniona
# $username: the new username
mail-security-username-changed = Twoja nazwa użytkownika została zmieniona na { $username }.
mail-security-factor-added-subject = Do Twojego konta dodano metodę logowania
# $factor: one of the mail-factor-* texts below
mail-security-factor-added = Do Twojego konta dodano metodę logowania: { $factor }.
mail-security-factor-removed-subject = Z Twojego konta usunięto metodę logowania
mail-security-factor-removed = Z Twojego konta usunięto metodę logowania: { $factor }.
mail-security-account-deleted-subject = Twoje konto zostało usunięte
mail-security-account-deleted = Twoje konto i jego dane zostały usunięte.
mail-security-if-you = Jeśli to Ty, nie musisz nic robić.
mail-security-if-not = Jeśli nie, natychmiast zresetuj hasło i sprawdź sesje oraz metody logowania swojego konta.

## Names of sign-in methods in the notifications above
# $name: the name the user gave the passkey or key
mail-factor-passkey = klucz dostępu „{ $name }”
mail-factor-security-key = klucz bezpieczeństwa „{ $name }”
mail-factor-totp = aplikacja uwierzytelniająca
mail-factor-otp-email = kody logowania e-mailem
mail-factor-otp-sms = kody logowania SMS-em
mail-factor-recovery-codes = kody odzyskiwania
# $provider: the name of the identity provider, e.g. "GitHub"
mail-factor-idp = logowanie przez { $provider }
