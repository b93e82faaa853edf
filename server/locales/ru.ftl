# Gatehouse mail texts: Russian (Русский).
# Translation of server/locales/en.ftl: same ids and placeables; one message per line, except plural selectors.

## Parts every mail shares
# $name: the recipient's display name (as the user typed it)
mail-greeting = Здравствуйте, { $name }!
# Label in front of a one-time code, shown as "Code: ABC123"
mail-code-label = Код
mail-or-open-link = Или откройте эту ссылку:
mail-button-fallback = Если кнопка не работает, скопируйте эту ссылку в браузер:
mail-ignore = Если вы этого не запрашивали, просто проигнорируйте это письмо.
# $sender: the organisation's name (or "Gatehouse")
mail-footer = Это письмо отправлено { $sender } в связи с вашим аккаунтом.

## Email verification (a code and a link to confirm an address)
mail-verify-subject = Подтвердите адрес электронной почты
# $email: the address being confirmed
mail-verify-intro = Подтвердите адрес электронной почты { $email }, введя этот код:
mail-verify-button = Подтвердить адрес
mail-verify-validity =
    { $hours ->
        [one] Код действителен { $hours } час.
        [few] Код действителен { $hours } часа.
        [many] Код действителен { $hours } часов.
       *[other] Код действителен { $hours } часа.
    }

## Password reset
mail-reset-subject = Сброс пароля
mail-reset-intro = Кто-то запросил сброс пароля вашего аккаунта. Чтобы задать новый пароль, откройте ссылку ниже или введите этот код:
mail-reset-button = Задать новый пароль
mail-reset-validity =
    { $hours ->
        [one] Код действителен { $hours } час.
        [few] Код действителен { $hours } часа.
        [many] Код действителен { $hours } часов.
       *[other] Код действителен { $hours } часа.
    }

## One-time sign-in code by email (second factor)
mail-otp-subject = Ваш код для входа
mail-otp-intro = Ваш одноразовый код для входа:
mail-otp-validity =
    { $minutes ->
        [one] Он действителен { $minutes } минуту.
        [few] Он действителен { $minutes } минуты.
        [many] Он действителен { $minutes } минут.
       *[other] Он действителен { $minutes } минуты.
    }
mail-otp-ignore = Если вы не пытались войти, смените пароль.

## Link to add a passkey
mail-passkey-link-subject = Добавьте ключ доступа в аккаунт
mail-passkey-link-intro = Откройте эту ссылку, чтобы добавить ключ доступа в аккаунт:
mail-passkey-link-button = Добавить ключ доступа
mail-passkey-link-validity =
    { $hours ->
        [one] Ссылка действует один раз в течение { $hours } часа.
        [few] Ссылка действует один раз в течение { $hours } часов.
        [many] Ссылка действует один раз в течение { $hours } часов.
       *[other] Ссылка действует один раз в течение { $hours } часа.
    }
mail-passkey-link-ignore = Если вы не ожидали этого письма, проигнорируйте его.

## Notifications about changes to an account's security
mail-security-password-changed-subject = Ваш пароль изменён
mail-security-password-changed = Пароль вашего аккаунта был изменён.
mail-security-email-changed-subject = Ваш адрес электронной почты изменён
# $email: the new address
mail-security-email-changed = Адрес электронной почты вашего аккаунта изменён на { $email }.
mail-security-phone-changed-subject = Ваш номер телефона изменён
# $phone: the new number
mail-security-phone-changed = Номер телефона вашего аккаунта изменён на { $phone }.
mail-security-phone-removed = Номер телефона удалён из вашего аккаунта.
mail-security-username-changed-subject = Ваше имя пользователя изменено
# $username: the new username
mail-security-username-changed = Ваше имя пользователя изменено на { $username }.
mail-security-factor-added-subject = В ваш аккаунт добавлен способ входа
# $factor: one of the mail-factor-* texts below
mail-security-factor-added = В ваш аккаунт добавлен способ входа: { $factor }.
mail-security-factor-removed-subject = Из вашего аккаунта удалён способ входа
mail-security-factor-removed = Из вашего аккаунта удалён способ входа: { $factor }.
mail-security-account-deleted-subject = Ваш аккаунт удалён
mail-security-account-deleted = Ваш аккаунт и его данные удалены.
mail-security-if-you = Если это были вы, ничего делать не нужно.
mail-security-if-not = Если нет, немедленно сбросьте пароль и проверьте сеансы и способы входа в аккаунт.

## Names of sign-in methods in the notifications above
# $name: the name the user gave the passkey or key
mail-factor-passkey = ключ доступа «{ $name }»
mail-factor-security-key = ключ безопасности «{ $name }»
mail-factor-totp = приложение-аутентификатор
mail-factor-otp-email = коды для входа по электронной почте
mail-factor-otp-sms = коды для входа по SMS
mail-factor-recovery-codes = коды восстановления
# $provider: the name of the identity provider, e.g. "GitHub"
mail-factor-idp = вход через { $provider }
