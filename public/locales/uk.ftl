# Gatehouse UI messages: Ukrainian (Українська).
# Every other locales/<lang>.ftl has exactly these ids with the same { $variables }.
# Ids are the kebab-case names of the SPA's i18n::Msg variants (LoginNameTitle -> login-name-title).


## Shared
app-name = Gatehouse
skip-to-content = Перейти до основного вмісту

## Branding and legal footer
brand-logo-alt = Логотип організації
legal-nav-label = Правова інформація та підтримка
legal-tos = Умови використання
legal-privacy = Політика конфіденційності
legal-help = Довідка
legal-docs = Документація
legal-support = Звернутися до служби підтримки
powered-by = Захищено Gatehouse
language-switcher-label = Мова
loading = Завантаження…
load-failed = Не вдалося завантажити цю сторінку.
retry = Повторити
network-error = Не вдається з’єднатися із сервером. Перевірте підключення та спробуйте ще раз.
unexpected = Щось пішло не так. Спробуйте ще раз.
server-error = Щось пішло не так на нашому боці. Спробуйте ще раз за хвилину.
not-allowed = У вас немає дозволу на цю дію.
session-expired = Термін дії входу закінчився.
too-many-attempts = Забагато спроб. Зачекайте хвилину та спробуйте ще раз.
invalid-input = Деякі дані недійсні. Перевірте їх і спробуйте ще раз.

## /loginname
login-name-title = Вхід
login-name-intro = Щоб продовжити, введіть ім’я користувача або адресу електронної пошти.
login-name-label = Ім’я користувача або електронна пошта
login-name-required = Введіть ім’я користувача або адресу електронної пошти.
user-not-found = Не вдалося знайти обліковий запис із таким іменем користувача або адресою електронної пошти.
continue = Продовжити
checking = Перевірка…
no-account-yet = Ще не маєте облікового запису?
create-account-link = Створити обліковий запис
signed-out = Ви вийшли з облікового запису.
email-verified-sign-in = Адресу електронної пошти підтверджено. Увійдіть, щоб продовжити.

## External identity providers (buttons on /loginname, /idp/{provider}/success and /failure, linked accounts)
idp-or = або
idp-redirecting = Переспрямування…
idp-signing-in = Виконується вхід…
idp-link-incomplete = Це посилання для входу неповне. Почніть знову зі сторінки входу.
idp-intent-invalid = Термін дії цієї спроби входу закінчився, або її вже використано. Почніть знову зі сторінки входу.
idp-register-title = Створення облікового запису
idp-link-title = Уже маєте обліковий запис?
idp-link-submit = Увійти й пов’язати
idp-no-account-title = Обліковий запис не знайдено
idp-linked-title = Обліковий запис пов’язано
idp-linked-elsewhere = Цей обліковий запис постачальника вже пов’язано з іншим користувачем.
idp-failure-title = Не вдалося увійти
idp-denied = Вхід скасовано або відхилено на боці постачальника. Нічого не змінено.
idp-failed = Постачальнику не вдалося виконати вхід. Спробуйте ще раз або увійдіть іншим способом.
idp-link-failed = Не вдалося пов’язати обліковий запис: постачальник не виконав вхід. Нічого не змінено.
back-to-sign-in = Повернутися до входу
linked-accounts-title = Пов’язані облікові записи
linked-accounts-empty = Облікових записів інших постачальників ще не пов’язано.
link-another-account = Пов’язати інший обліковий запис
idp-last-login-method = Це ваш єдиний спосіб входу. Перш ніж видалити його, додайте пароль або ключ доступу.
username-invalid = Введіть ім’я користувача.

## /password
password-title = Введіть пароль
not-you = Це не ви?
password-label = Пароль
password-required = Введіть пароль.
sign-in = Увійти
signing-in = Вхід…
wrong-password = Неправильний пароль. Спробуйте ще раз.
user-locked = Цей обліковий запис заблоковано через забагато невдалих спроб. Зверніться до адміністратора.
email-unverified = Підтвердьте адресу електронної пошти, перш ніж увійти.
verify-email-link = Підтвердити адресу електронної пошти
password-change-required = Перш ніж продовжити, потрібно змінити пароль.
login-name-or-password-wrong = Неправильне ім’я користувача або пароль.

## /password/change
password-change-title = Зміна пароля
password-change-intro = Щоб продовжити, потрібно змінити пароль.
current-password-label = Поточний пароль
current-password-required = Введіть поточний пароль.
new-password-label = Новий пароль
new-password-confirm-label = Підтвердьте новий пароль
change-password = Змінити пароль
saving = Збереження…
password-policy-not-met = Цей пароль не відповідає наведеним нижче вимогам.
same-password = Виберіть пароль, що відрізняється від поточного.

## /register
register-title = Створення облікового запису
register-intro = Це займе лише хвилину.
given-name-label = Ім’я
given-name-required = Введіть ім’я.
family-name-label = Прізвище
family-name-required = Введіть прізвище.
email-label = Електронна пошта
email-required = Введіть адресу електронної пошти.
email-invalid = Введіть дійсну адресу електронної пошти, наприклад name@example.com.
email-taken = Обліковий запис із цією адресою електронної пошти вже існує.
password-confirm-label = Підтвердьте пароль
create-account = Створити обліковий запис
creating-account = Створення облікового запису…
have-account = Уже маєте обліковий запис?
sign-in-link = Увійти

## Password checklist
checklist-title = Пароль має містити
rule-uppercase = Велику літеру
rule-lowercase = Малу літеру
rule-number = Цифру
rule-symbol = Символ, наприклад ! або #
rule-match = Обидва паролі збігаються
rule-met = , виконано
rule-not-met = , ще не виконано
policy-loading = Завантаження вимог до пароля…
policy-load-failed = Не вдалося завантажити вимоги до пароля.

## /verify
verify-title = Підтвердьте адресу електронної пошти
verify-intro-generic = Ми надіслали код підтвердження на вашу адресу електронної пошти. Введіть його нижче.
code-label = Код підтвердження
code-required = Введіть код із листа.
code-invalid = Неправильний код.
code-expired = Термін дії коду закінчився. Ми можемо надіслати вам новий.
verify = Підтвердити
verifying = Перевірка…
resend = Надіслати новий код
sending = Надсилання…
code-sent = Новий код надіслано. Перевірте вхідні листи.
verify-link-incomplete = Це посилання для підтвердження неповне. Увійдіть знову, щоб отримати новий код.
verify-user-unknown = Це посилання для підтвердження не належить жодному обліковому запису. Увійдіть знову, щоб отримати новий код.

## /signedin
signed-in-title = Ви ввійшли
signed-in-as = Ви ввійшли як
profile-link = Перейти до профілю

## /profile
profile-title = Ваш профіль
username-label = Ім’я користувача
verified = Підтверджено
not-verified = Не підтверджено
sessions-title = Активні сеанси
this-browser = Цей браузер
unknown-device = Невідомий пристрій
session-created = Вхід виконано
session-last-active = Остання активність
no-sessions = Немає активних сеансів.
log-out = Вийти
log-out-everywhere = Вийти на всіх пристроях
logging-out = Вихід…

## /logout
logout-title = Вихід
logout-intro = У цьому браузері виконано вхід у ці облікові записи.
end-session = Вийти
logout-all = Вийти з усіх облікових записів
no-browser-sessions = У цьому браузері ніхто не ввійшов.

## /dev/outbox
outbox-title = Вихідні (розробка)
outbox-intro = Листи, надіслані сервером, спочатку нові. Доступно лише під час розробки.
outbox-empty = Листів поки немає.
outbox-disabled = Вихідні для розробки не ввімкнено (пошта надсилається через SMTP).
refresh = Оновити
mail-to = Кому
mail-date = Дата

## Second factors (authenticator app, codes by email/SMS, recovery codes, /mfa, /mfa/set)
totp-title = Введіть код із застосунку автентифікації
totp-intro = Відкрийте застосунок автентифікації та введіть 6-значний код, який він показує для цього облікового запису.
otp-sms-title = Введіть код з SMS
otp-sms-intro = Ми надіслали 6-значний код на ваш телефон. Він дійсний п’ять хвилин.
otp-email-title = Введіть код із листа
otp-email-intro = Ми надіслали 6-значний код на вашу адресу електронної пошти. Він дійсний п’ять хвилин.
other-method = Інший спосіб
use-recovery-code = Використати код відновлення
totp-set-title = Налаштування застосунку автентифікації
totp-set-intro = Відскануйте цей QR-код застосунком автентифікації або введіть у ньому ключ нижче. Потім введіть 6-значний код, який покаже застосунок.
totp-secret-label = Ключ для введення вручну
otp-sms-set-title = Коди в SMS
otp-sms-set-intro = Під час входу ми надсилатимемо одноразовий код у SMS на ваш підтверджений номер телефону.
otp-email-set-title = Коди електронною поштою
otp-email-set-intro = Під час входу ми надсилатимемо одноразовий код на вашу підтверджену адресу електронної пошти.
turn-on = Увімкнути
mfa-title = Підтвердьте, що це ви
mfa-intro = Виберіть спосіб підтвердження входу.
mfa-set-title = Додайте другий фактор
mfa-set-intro = Захистіть обліковий запис додатковим кроком під час входу. Виберіть спосіб для налаштування або пропустіть цей крок.
mfa-set-forced-intro = Ваша організація вимагає додатковий крок під час входу. Виберіть спосіб для налаштування.
skip = Пропустити
authenticator-app = Застосунок автентифікації
sms-codes = Коди в SMS
email-codes = Коди електронною поштою
security-key = Ключ безпеки
recovery-codes-name = Коди відновлення
recovery-code-title = Вхід за допомогою коду відновлення
recovery-code-intro = Введіть один зі збережених кодів відновлення. Кожен код можна використати лише один раз.
recovery-code-label = Код відновлення
second-factors-title = Другі фактори
factor-on = Увімкнено
factor-off = Вимкнено
factor-remove = Видалити
factor-removing = Видалення…
set-up = Налаштувати
generate = Згенерувати коди відновлення
regenerate = Згенерувати нові коди
recovery-needs-factor = Спершу налаштуйте другий фактор: коди відновлення замінять його, якщо його буде втрачено.
recovery-codes-shown-once = Збережіть ці коди в надійному місці просто зараз: вони показуються лише один раз. Кожен код діє один раз. Після генерування нових кодів ці стануть недійсними.
copy = Копіювати
copied = Скопійовано
download = Завантажити (.txt)
totp-invalid = Код неправильний або застарів. Введіть код, який застосунок показує зараз.
totp-reused = Цей код уже використано. Дочекайтеся наступного коду в застосунку.
totp-already-set-up = Для вашого облікового запису вже налаштовано застосунок-автентифікатор. Видаліть його в профілі, щоб налаштувати новий.
recovery-invalid = Цей код відновлення недійсний. Перевірте його та спробуйте ще раз.
recovery-used = Цей код відновлення вже використано. Використайте інший.
last-factor-refused = Ваша організація вимагає другий фактор. Перш ніж видалити цей, налаштуйте інший.
mfa-forced = Ваша організація вимагає другий фактор, тому цей крок не можна пропустити.
otp-not-set-up = Цей спосіб входу не налаштовано для вашого облікового запису. Виберіть інший.
otp-needs-verified-email = Спершу підтвердьте адресу електронної пошти у своєму профілі.
otp-needs-verified-phone = Спершу додайте та підтвердьте номер телефону у своєму профілі.
otp-no-challenge = Код ще не надіслано. Запросіть новий код.
second-factor-locked = Забагато неправильних кодів: ваш обліковий запис заблоковано. Зверніться до адміністратора.

## Fallback route
not-found-title = Сторінку не знайдено
not-found-body = За цією адресою нічого немає. Перевірте посилання або почніть спочатку.
go-to-sign-in = Перейти до входу

## App sign-in (/login, /accounts, /signedin with an app's request, /device, /logout/done)
app-login-title = Вхід
app-login-loading = Підготовка до входу…
auth-request-gone = Термін дії цього запиту на вхід закінчився, або його вже використано. Поверніться до застосунку та почніть знову.
accounts-title = Виберіть обліковий запис
accounts-intro = Продовжити з обліковим записом, у який виконано вхід на цьому пристрої:
use-another-account = Використати інший обліковий запис
returning-to-app = Повертаємося до застосунку…
return-to-app = Повернутися до застосунку
callback-failed-title = Не вдається перейти до застосунку
callback-reauthenticate = Застосунок просить вас увійти знову.
callback-second-factor = Ваша організація вимагає другий фактор для цього застосунку.
callback-wrong-organization = Цей застосунок не приймає облікові записи вашої організації. Використайте інший обліковий запис.
callback-already-answered = На цей запит на вхід уже відповіли. Поверніться до застосунку та почніть знову.
sign-in-again = Увійти знову
device-title = Підключення пристрою
device-intro = Введіть код, показаний на вашому пристрої.
device-code-label = Код
device-code-required = Введіть код із вашого пристрою.
device-code-unknown = Цей код недійсний або застарів. Перевірте поточний код на пристрої.
device-consent-title = Дозволити доступ?
device-consent-intro = запитує доступ до вашого облікового запису
device-scopes = Запитувані дозволи
allow = Дозволити
deny = Відхилити
device-approved = Готово. Можете повернутися до пристрою.
device-denied = Доступ заборонено. Пристрій не підключено.
logout-done-title = Вихід виконано
logout-done-body = Ви вийшли з облікового запису. Можете закрити це вікно.

## Account centre (/password/set, /profile sections)
forgot-password = Забули пароль?
password-set-title = Придумайте новий пароль
password-set-intro = Введіть код із листа та придумайте новий пароль.
password-reset-sent = Ми надіслали вам лист із посиланням для скидання пароля. Відкрийте його або введіть код із листа нижче.
set-new-password = Установити новий пароль
password-set-done = Пароль змінено. Увійдіть із новим паролем.
password-link-incomplete = Це посилання неповне. Почніть знову зі сторінки входу.
section-profile = Профіль
section-email = Електронна пошта
section-phone = Телефон
section-password = Пароль
section-security = Безпека
section-danger-zone = Небезпечна зона
nick-name-label = Псевдонім
display-name-label = Відображуване ім’я
language-label = Бажана мова
gender-label = Стать
gender-unspecified = Не вказано
gender-female = Жіноча
gender-male = Чоловіча
gender-diverse = Інша
save = Зберегти
saved = Зміни збережено.
cancel = Скасувати
username-required = Введіть ім’я користувача.
username-taken = Це ім’я користувача або адреса електронної пошти вже зайняті.
change-email = Змінити адресу електронної пошти
new-email-label = Нова адреса електронної пошти
send-code = Надіслати код
email-same = Це вже ваша адреса електронної пошти.
phone-label = Номер телефону
phone-none = Номер телефону ще не додано.
add-phone = Додати номер телефону
change-phone = Змінити номер телефону
remove-phone = Видалити номер телефону
phone-invalid = Введіть номер у міжнародному форматі, наприклад +41 79 123 45 67.
phone-code-label = Код з SMS
no-sms-provider = Зараз не вдається надсилати SMS. Спробуйте пізніше.
password-changed = Пароль змінено.
end-other-sessions = Завершити всі інші сеанси
session-ip = IP-адреса
sign-in-methods-title = Способи входу
security-log-title = Останні події безпеки
security-log-empty = Подій безпеки поки немає.
ev-signed-in = Вхід в обліковий запис
ev-password-failed = Невдалий вхід: неправильний пароль
ev-password-changed = Пароль змінено
ev-email-changed = Адресу електронної пошти змінено
ev-email-change-requested = Запитано зміну адреси електронної пошти
ev-email-verified = Адресу електронної пошти підтверджено
ev-phone-changed = Номер телефону встановлено
ev-phone-verified = Номер телефону підтверджено
ev-phone-removed = Номер телефону видалено
ev-user-locked = Обліковий запис заблоковано після невдалих спроб
ev-profile-changed = Профіль змінено
ev-username-changed = Ім’я користувача змінено
ev-account-created = Обліковий запис створено
ev-factor-added = Додано спосіб входу
ev-factor-removed = Видалено спосіб входу
download-data = Завантажити мої дані
download-data-intro = JSON-файл із вашим профілем, способами входу, сеансами та подіями безпеки.
delete-account = Видалити мій обліковий запис
delete-account-intro = Обліковий запис і його дані буде видалено назавжди. Введіть пароль для підтвердження.
delete-account-confirm = Видалити мій обліковий запис назавжди
deleting = Видалення…
delete-forbidden = Облікові записи з ролями адміністратора не можна видалити тут.
outbox-sms-title = SMS-повідомлення

## Passkeys and security keys (WebAuthn)
web-authn-unsupported = Цей браузер не підтримує ключі доступу та ключі безпеки. Використайте сучасний браузер або увійдіть із паролем.
web-authn-cancelled = Запит скасовано або час очікування минув. Спробуйте ще раз, коли будете готові.
web-authn-already-registered = Цей пристрій уже зареєстровано для вашого облікового запису.
web-authn-failed = Вашому пристрою не вдалося виконати запит. Спробуйте ще раз.
web-authn-unknown-credential = Цей ключ доступу не зареєстровано для цього облікового запису. Виберіть інший або увійдіть із паролем.
web-authn-expired = Час очікування запиту минув. Спробуйте ще раз.
passkeys-not-allowed = Ключі доступу вимкнено для цієї організації.
web-authn-last-factor = Не можна видалити останній спосіб входу. Спершу додайте інший.
sign-in-with-passkey = Увійти з ключем доступу
passkey-title = Вхід із ключем доступу
passkey-intro = Використайте ключ доступу на цьому пристрої або на телефоні: відбиток пальця, обличчя або блокування екрана підтвердять, що це ви.
passkey-use = Використати ключ доступу
passkey-waiting = Очікування ключа доступу…
use-password-instead = Увійти з паролем
passkey-set-title = Додавання ключа доступу
passkey-set-intro = Входьте за допомогою відбитка пальця, обличчя або блокування екрана замість пароля. Ключ доступу зберігається на вашому пристрої.
passkey-signup-intro = Обліковий запис створено. Тепер створіть ключ доступу для входу: відбиток пальця, обличчя або блокування екрана, без пароля.
choose-another-way = Вибрати інший спосіб входу
register-with-passkey-instead = Використати ключ доступу замість пароля
register-with-password-instead = Використати пароль
register-passkey-hint = Пароль не потрібен: після цього кроку ваш пристрій створить ключ доступу для цього облікового запису.
authenticator-set-title = Захистіть обліковий запис
authenticator-set-intro = Виберіть спосіб входу.
authenticator-passkey = Ключ доступу
authenticator-passkey-hint = Відбиток пальця, обличчя або блокування екрана. Нічого не треба запам’ятовувати, і він захищений від фішингу.
authenticator-password = Пароль
authenticator-password-hint = Ми надішлемо вам код електронною поштою, а потім ви придумаєте пароль.
passkey-signup-grant = Перший ключ доступу може додати лише браузер, у якому створено цей обліковий запис, і лише протягом 15 хвилин. Виберіть пароль або зареєструйтеся знову.
second-factor-before-first = Спершу увійдіть із паролем або ключем доступу.
passkeys-unavailable-here = Ключі доступу недоступні за цією адресою. Увійдіть із паролем або відкрийте сторінку входу за її основною адресою.
passkey-other-host = Цей ключ доступу створено для іншої адреси цього сервісу. Використайте його там або додайте ключ доступу тут.
passkey-name-label = Назва ключа доступу
passkey-create = Створити ключ доступу
passkey-creating = Очікування пристрою…
passkey-added = Ключ доступу додано. Тепер ви можете входити за його допомогою.
not-now = Не зараз
back-to-profile = Повернутися до профілю
u2f-title = Підтвердьте за допомогою ключа безпеки
u2f-intro = Вставте ключ безпеки, зареєстрований для цього облікового запису, або торкніться його.
u2f-use = Використати ключ безпеки
u2f-waiting = Очікування ключа безпеки…
u2f-set-title = Додавання ключа безпеки
u2f-set-intro = Ключ безпеки підтверджує, що це ви, після введення пароля, тому одного викраденого пароля недостатньо.
u2f-name-label = Назва ключа безпеки
u2f-create = Зареєструвати ключ безпеки
u2f-added = Ключ безпеки додано. Його буде запитано після введення пароля.
passkeys = Ключі доступу
passkeys-empty = Ключів доступу поки немає.
passkey-add = Додати ключ доступу
security-keys = Ключі безпеки
security-keys-empty = Ключів безпеки поки немає.
security-key-add = Додати ключ безпеки
rename = Перейменувати
remove = Видалити
added-on = Додано
last-used = Востаннє використано
never-used = Не використовувався
name-required = Введіть назву.

## Confirm it's you (re-authentication dialog)
reauth-title = Підтвердьте, що це ви
reauth-intro = Для цієї зміни потрібен нещодавній вхід. Введіть пароль, щоб продовжити.
reauth-intro-passkey = Для цієї зміни потрібен нещодавній вхід. Використайте ключ доступу, щоб продовжити.
reauth-confirm = Підтвердити
reauth-checking = Перевірка…
reauth-with-passkey = Використати ключ доступу
reauth-required = Підтвердьте, що це ви, щоб внести цю зміну.
phone-otp-sms-warning = На цей номер надходять коди для входу в SMS. Якщо змінити або видалити номер, їх буде вимкнено; налаштуйте їх знову, щойно новий номер буде підтверджено.

## / The text of `msg`.

## Messages with variables (functions in src/i18n.rs)
page-title = { $page } · { $app }
rule-length = { $min_length ->
    [one] Щонайменше { $min_length } символ
    [few] Щонайменше { $min_length } символи
    [many] Щонайменше { $min_length } символів
   *[other] Щонайменше { $min_length } символу
}
browser-on-os = { $browser } в { $os }
login-on-device = { $login_name } · { $device }
verify-intro = Ми надіслали код підтвердження на { $email }. Введіть його нижче.
resend-in = Надіслати новий код ({ $seconds } с)
email-pending = Очікує підтвердження: ми надіслали код на { $email }. Доти використовується ваша поточна адреса.
sms-sent = Ми надіслали код у SMS на номер { $phone }.
idp-continue-with = Продовжити через { $provider }
idp-register-intro = Перевірте дані з облікового запису { $provider }, а потім створіть обліковий запис.
idp-link-intro = Увійдіть із паролем, щоб пов’язати з ним ваш обліковий запис { $provider }.
idp-no-account = Тут немає облікового запису, пов’язаного з вашим обліковим записом { $provider }, і його не можна тут створити або пов’язати. Увійдіть іншим способом.
idp-linked = Ваш обліковий запис { $provider } пов’язано. Відтепер ви можете входити за його допомогою.

## Org-scoped login: a name shared by users of several organisations
login-name-ambiguous = Цим іменем користуються кілька облікових записів. Введіть повне ім'я для входу: ім'я@домен-організації.

## Account centre: profile picture, code resend limit
avatar-title = Фото профілю
avatar-choose = Змінити фото
avatar-hint = PNG, JPEG, GIF або WebP, до 5 МБ. Фото обрізається до квадрата.
avatar-save = Зберегти фото
avatar-remove = Видалити фото
avatar-too-big = Це зображення завелике: виберіть файл не більше 5 МБ.
avatar-not-image = Цей файл не є придатним зображенням: виберіть PNG, JPEG, GIF або WebP.
avatar-saved = Нове фото збережено.
avatar-removed = Фото видалено.
too-many-codes = Ви запросили забагато кодів. Зачекайте кілька хвилин, перш ніж запитати новий.

## Security log: session ended (sign-out), with the device and address that ended it
ev-signed-out = Вихід з облікового запису

## Account centre: deleting one's own account forbidden by the org's account policy
delete-forbidden-policy = Політика вашої організації не дозволяє самостійно видалити обліковий запис. Попросіть адміністратора видалити його.
