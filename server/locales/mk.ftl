# Gatehouse mail texts: Macedonian (Македонски).
# Translation of server/locales/en.ftl: same ids and placeables; one message per line, except plural selectors.

## Parts every mail shares
# $name: the recipient's display name (as the user typed it)
mail-greeting = Здраво, { $name },
# Label in front of a one-time code, shown as "Code: ABC123"
mail-code-label = Код
mail-or-open-link = Или отворете ја оваа врска:
mail-button-fallback = Ако копчето не работи, копирајте ја оваа врска во прелистувачот:
mail-ignore = Ако не сте го побарале ова, занемарете ја поракава.
# $sender: the organisation's name (or "Gatehouse")
mail-footer = Оваа порака ја испрати { $sender } поради вашата сметка таму.

## Email verification (a code and a link to confirm an address)
mail-verify-subject = Потврдете ја вашата е-пошта
# $email: the address being confirmed
mail-verify-intro = Потврдете ја вашата адреса на е-пошта { $email } со внесување на овој код:
mail-verify-button = Потврди ја е-поштата
mail-verify-validity =
    { $hours ->
        [one] Кодот важи { $hours } час.
       *[other] Кодот важи { $hours } часа.
    }

## Password reset
mail-reset-subject = Ресетирајте ја лозинката
mail-reset-intro = Некој побара ресетирање на лозинката на вашата сметка. За да изберете нова, отворете ја врската подолу или внесете го овој код:
mail-reset-button = Изберете нова лозинка
mail-reset-validity =
    { $hours ->
        [one] Кодот важи { $hours } час.
       *[other] Кодот важи { $hours } часа.
    }

## One-time sign-in code by email (second factor)
mail-otp-subject = Вашиот код за најава
mail-otp-intro = Вашиот еднократен код за најава е:
mail-otp-validity =
    { $minutes ->
        [one] Важи { $minutes } минута.
       *[other] Важи { $minutes } минути.
    }
mail-otp-ignore = Ако не сте се обиделе да се најавите, променете ја лозинката.

## Link to add a passkey
mail-passkey-link-subject = Додајте клуч за пристап на вашата сметка
mail-passkey-link-intro = Отворете ја оваа врска за да додадете клуч за пристап на вашата сметка:
mail-passkey-link-button = Додај клуч за пристап
mail-passkey-link-validity =
    { $hours ->
        [one] Врската работи еднаш, { $hours } час.
       *[other] Врската работи еднаш, { $hours } часа.
    }
mail-passkey-link-ignore = Ако не ја очекувавте поракава, занемарете ја.

## Notifications about changes to an account's security
mail-security-password-changed-subject = Вашата лозинка е променета
mail-security-password-changed = Лозинката на вашата сметка е променета.
mail-security-email-changed-subject = Вашата адреса на е-пошта е променета
# $email: the new address
mail-security-email-changed = Адресата на е-пошта на вашата сметка е променета во { $email }.
mail-security-phone-changed-subject = Вашиот телефонски број е променет
# $phone: the new number
mail-security-phone-changed = Телефонскиот број на вашата сметка е променет во { $phone }.
mail-security-phone-removed = Телефонскиот број е отстранет од вашата сметка.
mail-security-username-changed-subject = Вашето корисничко име е променето
# $username: the new username
mail-security-username-changed = Вашето корисничко име е променето во { $username }.
mail-security-factor-added-subject = На вашата сметка е додаден метод за најава
# $factor: one of the mail-factor-* texts below
mail-security-factor-added = На вашата сметка е додаден метод за најава: { $factor }.
mail-security-factor-removed-subject = Од вашата сметка е отстранет метод за најава
mail-security-factor-removed = Од вашата сметка е отстранет метод за најава: { $factor }.
mail-security-account-deleted-subject = Вашата сметка е избришана
mail-security-account-deleted = Вашата сметка и нејзините податоци се избришани.
mail-security-if-you = Ако ова сте го направиле вие, нема потреба ништо да правите.
mail-security-if-not = Ако не сте вие, веднаш ресетирајте ја лозинката и проверете ги сесиите и методите за најава на вашата сметка.

## Names of sign-in methods in the notifications above
# $name: the name the user gave the passkey or key
mail-factor-passkey = клучот за пристап „{ $name }“
mail-factor-security-key = безбедносниот клуч „{ $name }“
mail-factor-totp = апликација за автентикација
mail-factor-otp-email = кодови за најава по е-пошта
mail-factor-otp-sms = кодови за најава по SMS
mail-factor-recovery-codes = кодови за враќање
# $provider: the name of the identity provider, e.g. "GitHub"
mail-factor-idp = најава со { $provider }
