# Gatehouse mail texts: Bulgarian (Български).
# Translation of server/locales/en.ftl: same ids and placeables; one message per line, except plural selectors.

## Parts every mail shares
# $name: the recipient's display name (as the user typed it)
mail-greeting = Здравейте, { $name },
# Label in front of a one-time code, shown as "Code: ABC123"
mail-code-label = Код
mail-or-open-link = Или отворете тази връзка:
mail-button-fallback = Ако бутонът не работи, копирайте тази връзка в браузъра си:
mail-ignore = Ако не сте поискали това, не обръщайте внимание на този имейл.
# $sender: the organisation's name (or "Gatehouse")
mail-footer = Този имейл е изпратен от { $sender } във връзка с акаунта ви там.

## Email verification (a code and a link to confirm an address)
mail-verify-subject = Потвърдете имейла си
# $email: the address being confirmed
mail-verify-intro = Моля, потвърдете имейл адреса си { $email }, като въведете този код:
mail-verify-button = Потвърждаване на имейла
mail-verify-validity =
    { $hours ->
        [one] Кодът е валиден един час.
       *[other] Кодът е валиден { $hours } часа.
    }

## Password reset
mail-reset-subject = Нулиране на паролата
mail-reset-intro = Някой поиска нулиране на паролата за акаунта ви. За да изберете нова, отворете връзката по-долу или въведете този код:
mail-reset-button = Избиране на нова парола
mail-reset-validity =
    { $hours ->
        [one] Кодът е валиден един час.
       *[other] Кодът е валиден { $hours } часа.
    }

## One-time sign-in code by email (second factor)
mail-otp-subject = Вашият код за вход
mail-otp-intro = Вашият еднократен код за вход е:
mail-otp-validity =
    { $minutes ->
        [one] Той е валиден една минута.
       *[other] Той е валиден { $minutes } минути.
    }
mail-otp-ignore = Ако не сте се опитвали да влезете, сменете паролата си.

## Link to add a passkey
mail-passkey-link-subject = Добавете ключ за достъп към акаунта си
mail-passkey-link-intro = Отворете тази връзка, за да добавите ключ за достъп към акаунта си:
mail-passkey-link-button = Добавяне на ключ за достъп
mail-passkey-link-validity =
    { $hours ->
        [one] Връзката работи еднократно, в рамките на един час.
       *[other] Връзката работи еднократно, в рамките на { $hours } часа.
    }
mail-passkey-link-ignore = Ако не сте очаквали този имейл, не му обръщайте внимание.

## Notifications about changes to an account's security
mail-security-password-changed-subject = Паролата ви беше сменена
mail-security-password-changed = Паролата за акаунта ви беше сменена.
mail-security-email-changed-subject = Имейл адресът ви беше променен
# $email: the new address
mail-security-email-changed = Имейл адресът на акаунта ви беше променен на { $email }.
mail-security-phone-changed-subject = Телефонният ви номер беше променен
# $phone: the new number
mail-security-phone-changed = Телефонният номер на акаунта ви беше променен на { $phone }.
mail-security-phone-removed = Телефонният номер беше премахнат от акаунта ви.
mail-security-username-changed-subject = Потребителското ви име беше променено
# $username: the new username
mail-security-username-changed = Потребителското ви име беше променено на { $username }.
mail-security-factor-added-subject = Към акаунта ви беше добавен метод за вход
# $factor: one of the mail-factor-* texts below
mail-security-factor-added = Към акаунта ви беше добавен метод за вход: { $factor }.
mail-security-factor-removed-subject = От акаунта ви беше премахнат метод за вход
mail-security-factor-removed = От акаунта ви беше премахнат метод за вход: { $factor }.
mail-security-account-deleted-subject = Акаунтът ви беше изтрит
mail-security-account-deleted = Акаунтът ви и данните му бяха изтрити.
mail-security-if-you = Ако това сте били вие, не е нужно да правите нищо.
mail-security-if-not = Ако не сте били вие, незабавно нулирайте паролата си и прегледайте сесиите и методите за вход на акаунта си.

## Names of sign-in methods in the notifications above
# $name: the name the user gave the passkey or key
mail-factor-passkey = ключ за достъп „{ $name }“
mail-factor-security-key = ключ за сигурност „{ $name }“
mail-factor-totp = приложение за удостоверяване
mail-factor-otp-email = кодове за вход по имейл
mail-factor-otp-sms = кодове за вход чрез SMS
mail-factor-recovery-codes = кодове за възстановяване
# $provider: the name of the identity provider, e.g. "GitHub"
mail-factor-idp = вход с { $provider }
