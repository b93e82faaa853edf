# Gatehouse mail texts: Ukrainian (Українська).
# Translation of server/locales/en.ftl: same ids and placeables; one message per line, except plural selectors.

## Parts every mail shares
# $name: the recipient's display name (as the user typed it)
mail-greeting = Вітаємо, { $name }!
# Label in front of a one-time code, shown as "Code: ABC123"
mail-code-label = Код
mail-or-open-link = Або відкрийте це посилання:
mail-button-fallback = Якщо кнопка не працює, скопіюйте це посилання в браузер:
mail-ignore = Якщо ви цього не запитували, просто проігноруйте цей лист.
# $sender: the organisation's name (or "Gatehouse")
mail-footer = Цей лист надіслав { $sender } у зв’язку з вашим обліковим записом.

## Email verification (a code and a link to confirm an address)
mail-verify-subject = Підтвердьте адресу електронної пошти
# $email: the address being confirmed
mail-verify-intro = Підтвердьте адресу електронної пошти { $email }, ввівши цей код:
mail-verify-button = Підтвердити адресу
mail-verify-validity =
    { $hours ->
        [one] Код дійсний { $hours } годину.
        [few] Код дійсний { $hours } години.
        [many] Код дійсний { $hours } годин.
       *[other] Код дійсний { $hours } години.
    }

## Password reset
mail-reset-subject = Скидання пароля
mail-reset-intro = Хтось запитав скидання пароля вашого облікового запису. Щоб вибрати новий пароль, відкрийте посилання нижче або введіть цей код:
mail-reset-button = Вибрати новий пароль
mail-reset-validity =
    { $hours ->
        [one] Код дійсний { $hours } годину.
        [few] Код дійсний { $hours } години.
        [many] Код дійсний { $hours } годин.
       *[other] Код дійсний { $hours } години.
    }

## One-time sign-in code by email (second factor)
mail-otp-subject = Ваш код для входу
mail-otp-intro = Ваш одноразовий код для входу:
mail-otp-validity =
    { $minutes ->
        [one] Він дійсний { $minutes } хвилину.
        [few] Він дійсний { $minutes } хвилини.
        [many] Він дійсний { $minutes } хвилин.
       *[other] Він дійсний { $minutes } хвилини.
    }
mail-otp-ignore = Якщо ви не намагалися увійти, змініть пароль.

## Link to add a passkey
mail-passkey-link-subject = Додайте ключ доступу до облікового запису
mail-passkey-link-intro = Відкрийте це посилання, щоб додати ключ доступу до облікового запису:
mail-passkey-link-button = Додати ключ доступу
mail-passkey-link-validity =
    { $hours ->
        [one] Посилання діє один раз протягом { $hours } години.
        [few] Посилання діє один раз протягом { $hours } годин.
        [many] Посилання діє один раз протягом { $hours } годин.
       *[other] Посилання діє один раз протягом { $hours } години.
    }
mail-passkey-link-ignore = Якщо ви не очікували цього листа, проігноруйте його.

## Notifications about changes to an account's security
mail-security-password-changed-subject = Ваш пароль змінено
mail-security-password-changed = Пароль вашого облікового запису змінено.
mail-security-email-changed-subject = Вашу адресу електронної пошти змінено
# $email: the new address
mail-security-email-changed = Адресу електронної пошти вашого облікового запису змінено на { $email }.
mail-security-phone-changed-subject = Ваш номер телефону змінено
# $phone: the new number
mail-security-phone-changed = Номер телефону вашого облікового запису змінено на { $phone }.
mail-security-phone-removed = Номер телефону видалено з вашого облікового запису.
mail-security-username-changed-subject = Ваше ім’я користувача змінено
# $username: the new username
mail-security-username-changed = Ваше ім’я користувача змінено на { $username }.
mail-security-factor-added-subject = До вашого облікового запису додано спосіб входу
# $factor: one of the mail-factor-* texts below
mail-security-factor-added = До вашого облікового запису додано спосіб входу: { $factor }.
mail-security-factor-removed-subject = З вашого облікового запису видалено спосіб входу
mail-security-factor-removed = З вашого облікового запису видалено спосіб входу: { $factor }.
mail-security-account-deleted-subject = Ваш обліковий запис видалено
mail-security-account-deleted = Ваш обліковий запис і його дані видалено.
mail-security-if-you = Якщо це були ви, нічого робити не потрібно.
mail-security-if-not = Якщо ні, негайно скиньте пароль і перевірте сеанси та способи входу вашого облікового запису.

## Names of sign-in methods in the notifications above
# $name: the name the user gave the passkey or key
mail-factor-passkey = ключ доступу «{ $name }»
mail-factor-security-key = ключ безпеки «{ $name }»
mail-factor-totp = застосунок автентифікації
mail-factor-otp-email = коди для входу електронною поштою
mail-factor-otp-sms = коди для входу в SMS
mail-factor-recovery-codes = коди відновлення
# $provider: the name of the identity provider, e.g. "GitHub"
mail-factor-idp = вхід через { $provider }
