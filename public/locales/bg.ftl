# Gatehouse UI messages: Bulgarian (Български).
# Every other locales/<lang>.ftl has exactly these ids with the same { $variables }.
# Ids are the kebab-case names of the SPA's i18n::Msg variants (LoginNameTitle -> login-name-title).


## Shared
app-name = Gatehouse
skip-to-content = Към основното съдържание

## Branding and legal footer
brand-logo-alt = Лого на организацията
legal-nav-label = Правна информация и поддръжка
legal-tos = Общи условия
legal-privacy = Политика за поверителност
legal-help = Помощ
legal-docs = Документация
legal-support = Свързване с поддръжката
powered-by = Защитено от Gatehouse
language-switcher-label = Език
loading = Зарежда се…
load-failed = Тази страница не можа да се зареди.
retry = Опитайте отново
network-error = Няма връзка със сървъра. Проверете връзката си и опитайте отново.
unexpected = Нещо се обърка. Моля, опитайте отново.
server-error = Нещо се обърка от наша страна. Моля, опитайте отново след малко.
not-allowed = Нямате разрешение да направите това.
session-expired = Влизането ви изтече.
too-many-attempts = Твърде много опити. Изчакайте минута и опитайте отново.
invalid-input = Някои от данните не са валидни. Проверете ги и опитайте отново.

## /loginname
login-name-title = Вход
login-name-intro = Въведете потребителското си име или имейл адреса си, за да продължите.
login-name-label = Потребителско име или имейл
login-name-required = Въведете потребителското си име или имейл адреса си.
user-not-found = Не намерихме акаунт с това потребителско име или имейл.
continue = Продължаване
checking = Проверява се…
no-account-yet = Все още нямате акаунт?
create-account-link = Създаване на акаунт
signed-out = Излязохте от акаунта си.
email-verified-sign-in = Имейл адресът ви е потвърден. Влезте, за да продължите.

## External identity providers (buttons on /loginname, /idp/{provider}/success and /failure, linked accounts)
idp-or = или
idp-redirecting = Пренасочване…
idp-signing-in = Влизане…
idp-link-incomplete = Тази връзка за вход е непълна. Започнете отначало от страницата за вход.
idp-intent-invalid = Този опит за вход е изтекъл или вече е използван. Започнете отначало от страницата за вход.
idp-register-title = Създайте акаунта си
idp-link-title = Вече имате акаунт?
idp-link-submit = Вход и свързване
idp-no-account-title = Не е намерен акаунт
idp-linked-title = Акаунтът е свързан
idp-linked-elsewhere = Този акаунт при доставчика вече е свързан с друг потребител.
idp-failure-title = Влизането не беше успешно
idp-denied = Влизането беше отменено или отказано при доставчика. Нищо не е променено.
idp-failed = Влизането чрез доставчика не успя. Опитайте отново или влезте по друг начин.
idp-link-failed = Акаунтът не можа да бъде свързан: доставчикът не извърши вход. Нищо не е променено.
back-to-sign-in = Обратно към входа
linked-accounts-title = Свързани акаунти
linked-accounts-empty = Все още няма свързани акаунти от други доставчици.
link-another-account = Свързване на друг акаунт
idp-last-login-method = Това е единственият ви начин за вход. Добавете парола или ключ за достъп, преди да го премахнете.
username-invalid = Въведете потребителско име.

## /password
password-title = Въведете паролата си
not-you = Не сте вие?
password-label = Парола
password-required = Въведете паролата си.
sign-in = Вход
signing-in = Влизане…
wrong-password = Грешна парола. Опитайте отново.
user-locked = Този акаунт е заключен след твърде много неуспешни опити. Свържете се с администратора си.
email-unverified = Моля, потвърдете имейл адреса си, преди да влезете.
verify-email-link = Потвърждаване на имейл адреса
password-change-required = Трябва да смените паролата си, преди да продължите.
login-name-or-password-wrong = Потребителското име или паролата са грешни.

## /password/change
password-change-title = Смяна на паролата
password-change-intro = Трябва да смените паролата си, за да можете да продължите.
current-password-label = Текуща парола
current-password-required = Въведете текущата си парола.
new-password-label = Нова парола
new-password-confirm-label = Потвърдете новата парола
change-password = Смяна на паролата
saving = Запазва се…
password-policy-not-met = Тази парола не отговаря на изискванията по-долу.
same-password = Изберете парола, различна от текущата.

## /register
register-title = Създайте акаунта си
register-intro = Отнема само минута.
given-name-label = Собствено име
given-name-required = Въведете собственото си име.
family-name-label = Фамилия
family-name-required = Въведете фамилията си.
email-label = Имейл
email-required = Въведете имейл адреса си.
email-invalid = Въведете валиден имейл адрес, например name@example.com.
email-taken = Вече съществува акаунт с този имейл.
password-confirm-label = Потвърдете паролата
create-account = Създаване на акаунт
creating-account = Акаунтът се създава…
have-account = Вече имате акаунт?
sign-in-link = Вход

## Password checklist
checklist-title = Паролата ви трябва да съдържа
rule-uppercase = Главна буква
rule-lowercase = Малка буква
rule-number = Цифра
rule-symbol = Символ, например ! или #
rule-match = Двете пароли съвпадат
rule-met = , изпълнено
rule-not-met = , все още не е изпълнено
policy-loading = Правилата за паролата се зареждат…
policy-load-failed = Правилата за паролата не можаха да се заредят.

## /verify
verify-title = Потвърдете имейла си
verify-intro-generic = Изпратихме код за потвърждение на имейл адреса ви. Въведете го по-долу.
code-label = Код за потвърждение
code-required = Въведете кода от имейла.
code-invalid = Този код не е правилен.
code-expired = Този код е изтекъл. Можем да ви изпратим нов.
verify = Потвърждаване
verifying = Потвърждава се…
resend = Изпращане на нов код
sending = Изпраща се…
code-sent = Изпратихме нов код. Проверете входящата си поща.
verify-link-incomplete = Тази връзка за потвърждение е непълна. Влезте отново, за да получите нов код.
verify-user-unknown = Тази връзка за потвърждение не принадлежи на акаунт. Влезте отново, за да получите нов код.

## /signedin
signed-in-title = Влязохте
signed-in-as = Влезли сте като
profile-link = Към профила ви

## /profile
profile-title = Вашият профил
username-label = Потребителско име
verified = Потвърдено
not-verified = Непотвърдено
sessions-title = Активни сесии
this-browser = Този браузър
unknown-device = Неизвестно устройство
session-created = Вход
session-last-active = Последна активност
no-sessions = Няма активни сесии.
log-out = Изход
log-out-everywhere = Изход навсякъде
logging-out = Излизане…

## /logout
logout-title = Изход
logout-intro = Тези акаунти са влезли в този браузър.
end-session = Изход
logout-all = Изход от всички акаунти
no-browser-sessions = Никой не е влязъл в този браузър.

## /dev/outbox
outbox-title = Изходяща поща за разработка
outbox-intro = Имейли, изпратени от сървъра, най-новите първо. Налично само при разработка.
outbox-empty = Все още няма имейли.
outbox-disabled = Изходящата поща за разработка не е включена (имейлите се изпращат чрез SMTP).
refresh = Опресняване
mail-to = До
mail-date = Дата

## Second factors (authenticator app, codes by email/SMS, recovery codes, /mfa, /mfa/set)
totp-title = Въведете кода от приложението си за удостоверяване
totp-intro = Отворете приложението си за удостоверяване и въведете 6-цифрения код, който то показва за този акаунт.
otp-sms-title = Въведете кода, който ви изпратихме с SMS
otp-sms-intro = Изпратихме 6-цифрен код на телефона ви. Той е валиден пет минути.
otp-email-title = Въведете кода, който ви изпратихме по имейл
otp-email-intro = Изпратихме 6-цифрен код на имейл адреса ви. Той е валиден пет минути.
other-method = Използване на друг метод
use-recovery-code = Използване на код за възстановяване
totp-set-title = Настройване на приложение за удостоверяване
totp-set-intro = Сканирайте този QR код с приложението си за удостоверяване или въведете в него ключа по-долу. След това въведете 6-цифрения код, който показва приложението.
totp-secret-label = Ключ за ръчно въвеждане
otp-sms-set-title = Кодове чрез SMS
otp-sms-set-intro = Когато влизате, ще изпращаме еднократен код с SMS на потвърдения ви телефонен номер.
otp-email-set-title = Кодове по имейл
otp-email-set-intro = Когато влизате, ще изпращаме еднократен код на потвърдения ви имейл адрес.
turn-on = Включване
mfa-title = Потвърдете, че сте вие
mfa-intro = Изберете как да потвърдите влизането си.
mfa-set-title = Добавяне на втори фактор
mfa-set-intro = Защитете акаунта си с втора стъпка при влизане. Изберете метод за настройване или пропуснете засега.
mfa-set-forced-intro = Организацията ви изисква втора стъпка при влизане. Изберете метод за настройване.
skip = Пропускане засега
authenticator-app = Приложение за удостоверяване
sms-codes = Кодове чрез SMS
email-codes = Кодове по имейл
security-key = Ключ за сигурност
recovery-codes-name = Кодове за възстановяване
recovery-code-title = Вход с код за възстановяване
recovery-code-intro = Въведете един от кодовете за възстановяване, които сте запазили. Всеки код работи само веднъж.
recovery-code-label = Код за възстановяване
second-factors-title = Втори фактори
factor-on = Вкл.
factor-off = Изкл.
factor-remove = Премахване
factor-removing = Премахва се…
set-up = Настройване
generate = Генериране на кодове за възстановяване
regenerate = Генериране на нови кодове
recovery-needs-factor = Първо настройте втори фактор; кодовете за възстановяване го заместват, ако го загубите.
recovery-codes-shown-once = Запазете тези кодове на сигурно място сега: те се показват само веднъж. Всеки работи еднократно. Генерирането на нови кодове прави тези невалидни.
copy = Копиране
copied = Копирано
download = Изтегляне (.txt)
totp-invalid = Този код е грешен или е изтекъл. Въведете кода, който приложението показва сега.
totp-reused = Този код вече е използван. Изчакайте следващия код в приложението си.
totp-already-set-up = За профила ви вече е настроено приложение за удостоверяване. Премахнете го от профила си, за да настроите ново.
recovery-invalid = Този код за възстановяване не е валиден. Проверете го и опитайте отново.
recovery-used = Този код за възстановяване вече е използван. Използвайте друг.
last-factor-refused = Организацията ви изисква втори фактор. Настройте друг, преди да премахнете този.
mfa-forced = Организацията ви изисква втори фактор, затова тази стъпка не може да бъде пропусната.
otp-not-set-up = Този метод за вход не е настроен за акаунта ви. Изберете друг.
otp-needs-verified-email = Първо потвърдете имейл адреса си в профила си.
otp-needs-verified-phone = Първо добавете и потвърдете телефонен номер в профила си.
otp-no-challenge = Все още не е изпратен код. Поискайте нов код.
second-factor-locked = Твърде много грешни кодове: акаунтът ви е заключен. Свържете се с администратора си.

## Fallback route
not-found-title = Страницата не е намерена
not-found-body = На този адрес няма нищо. Проверете връзката или започнете отначало.
go-to-sign-in = Към входа

## App sign-in (/login, /accounts, /signedin with an app's request, /device, /logout/done)
app-login-title = Вход
app-login-loading = Подготвя се влизането…
auth-request-gone = Тази заявка за вход е изтекла или вече е използвана. Върнете се в приложението и започнете отначало.
accounts-title = Изберете акаунт
accounts-intro = Продължете с акаунт, който е влязъл на това устройство:
use-another-account = Използване на друг акаунт
returning-to-app = Връщане към приложението…
return-to-app = Обратно към приложението
callback-failed-title = Не може да се продължи към приложението
callback-reauthenticate = Приложението ви моли да влезете отново.
callback-second-factor = Организацията ви изисква втори фактор за това приложение.
callback-wrong-organization = Това приложение не приема акаунти от вашата организация. Използвайте друг акаунт.
callback-already-answered = На тази заявка за вход вече е отговорено. Върнете се в приложението и започнете отначало.
sign-in-again = Влезте отново
device-title = Свързване на устройство
device-intro = Въведете кода, показан на устройството ви.
device-code-label = Код
device-code-required = Въведете кода от устройството си.
device-code-unknown = Този код не е валиден или е изтекъл. Проверете текущия код на устройството.
device-consent-title = Да се разреши ли достъп?
device-consent-intro = иска достъп до акаунта ви
device-scopes = Иска
allow = Разрешаване
deny = Отказ
device-approved = Готово. Можете да се върнете към устройството си.
device-denied = Достъпът е отказан. Устройството не беше свързано.
logout-done-title = Излязохте
logout-done-body = Излязохте от акаунта си. Можете да затворите този прозорец.

## Account centre (/password/set, /profile sections)
forgot-password = Забравена парола?
password-set-title = Изберете нова парола
password-set-intro = Въведете кода от имейла и изберете нова парола.
password-reset-sent = Изпратихме ви имейл с връзка за нулиране на паролата. Отворете я или въведете кода от имейла по-долу.
set-new-password = Задаване на нова парола
password-set-done = Паролата ви е сменена. Влезте с новата си парола.
password-link-incomplete = Тази връзка е непълна. Започнете отначало от страницата за вход.
section-profile = Профил
section-email = Имейл
section-phone = Телефон
section-password = Парола
section-security = Сигурност
section-danger-zone = Опасна зона
nick-name-label = Псевдоним
display-name-label = Показвано име
language-label = Предпочитан език
gender-label = Пол
gender-unspecified = Не е посочен
gender-female = Жена
gender-male = Мъж
gender-diverse = Друг
save = Запазване
saved = Промените са запазени.
cancel = Отказ
username-required = Въведете потребителско име.
username-taken = Това потребителско име или имейл вече се използва.
change-email = Промяна на имейла
new-email-label = Нов имейл адрес
send-code = Изпращане на код
email-same = Това вече е вашият имейл адрес.
phone-label = Телефонен номер
phone-none = Все още няма телефонен номер.
add-phone = Добавяне на телефонен номер
change-phone = Промяна на телефонния номер
remove-phone = Премахване на телефонния номер
phone-invalid = Въведете номера в международен формат, например +41 79 123 45 67.
phone-code-label = Код от SMS
no-sms-provider = В момента не могат да се изпращат SMS съобщения. Опитайте отново по-късно.
password-changed = Паролата ви е сменена.
end-other-sessions = Изход от всички други сесии
session-ip = IP адрес
sign-in-methods-title = Методи за вход
security-log-title = Скорошни събития, свързани със сигурността
security-log-empty = Все още няма събития, свързани със сигурността.
ev-signed-in = Вход
ev-password-failed = Неуспешен вход: грешна парола
ev-password-changed = Паролата е сменена
ev-email-changed = Имейл адресът е променен
ev-email-change-requested = Поискана е промяна на имейла
ev-email-verified = Имейл адресът е потвърден
ev-phone-changed = Телефонният номер е зададен
ev-phone-verified = Телефонният номер е потвърден
ev-phone-removed = Телефонният номер е премахнат
ev-user-locked = Акаунтът е заключен след неуспешни опити
ev-profile-changed = Профилът е променен
ev-username-changed = Потребителското име е променено
ev-account-created = Акаунтът е създаден
ev-factor-added = Добавен е метод за вход
ev-factor-removed = Премахнат е метод за вход
download-data = Изтегляне на данните ми
download-data-intro = JSON файл с профила ви, методите за вход, сесиите и събитията, свързани със сигурността.
delete-account = Изтриване на акаунта ми
delete-account-intro = Това изтрива акаунта ви и данните му завинаги. Въведете паролата си, за да потвърдите.
delete-account-confirm = Изтриване на акаунта ми завинаги
deleting = Изтрива се…
delete-forbidden = Акаунти с администраторски роли не могат да бъдат изтрити оттук.
outbox-sms-title = SMS съобщения

## Passkeys and security keys (WebAuthn)
web-authn-unsupported = Този браузър не може да използва ключове за достъп или ключове за сигурност. Използвайте актуален браузър или влезте с паролата си.
web-authn-cancelled = Заявката беше отменена или времето ѝ изтече. Опитайте отново, когато сте готови.
web-authn-already-registered = Това устройство вече е регистрирано за акаунта ви.
web-authn-failed = Устройството ви не успя да изпълни заявката. Опитайте отново.
web-authn-unknown-credential = Този ключ за достъп не е регистриран за този акаунт. Изберете друг или влезте с паролата си.
web-authn-expired = Времето за заявката изтече. Опитайте отново.
passkeys-not-allowed = Ключовете за достъп са изключени за тази организация.
web-authn-last-factor = Не можете да премахнете последния си начин за вход. Първо добавете друг.
sign-in-with-passkey = Вход с ключ за достъп
passkey-title = Влезте с ключа си за достъп
passkey-intro = Използвайте ключа за достъп на това устройство или на телефона си: пръстовият ви отпечатък, лицето ви или заключването на екрана потвърждава, че сте вие.
passkey-use = Използване на ключ за достъп
passkey-waiting = Изчаква се ключът ви за достъп…
use-password-instead = Използване на парола вместо това
passkey-set-title = Добавяне на ключ за достъп
passkey-set-intro = Влизайте с пръстов отпечатък, лице или заключване на екрана вместо с парола. Ключът за достъп остава на устройството ви.
passkey-signup-intro = Акаунтът ви е създаден. Сега създайте ключа за достъп, с който ще влизате: пръстов отпечатък, лице или заключване на екрана, без парола.
choose-another-way = Избор на друг начин за вход
register-with-passkey-instead = Използване на ключ за достъп вместо парола
register-with-password-instead = Използване на парола вместо това
register-passkey-hint = Не е нужна парола: след тази стъпка устройството ви създава ключ за достъп за този акаунт.
authenticator-set-title = Защитете акаунта си
authenticator-set-intro = Изберете как ще влизате.
authenticator-passkey = Ключ за достъп
authenticator-passkey-hint = Пръстов отпечатък, лице или заключване на екрана. Нищо за запомняне и не може да бъде откраднат чрез фишинг.
authenticator-password = Парола
authenticator-password-hint = Изпращаме ви код по имейл, след което избирате парола.
passkey-signup-grant = Само браузърът, в който е създаден този акаунт, може да добави първия му ключ за достъп, в рамките на 15 минути. Изберете парола или се регистрирайте отново.
second-factor-before-first = Първо влезте с паролата или ключа си за достъп.
passkeys-unavailable-here = Ключовете за достъп не са налични на този адрес. Влезте с паролата си или отворете страницата за вход на основния ѝ адрес.
passkey-other-host = Този ключ за достъп е създаден за друг адрес на тази услуга. Използвайте го там или добавете ключ за достъп тук.
passkey-name-label = Име на този ключ за достъп
passkey-create = Създаване на ключ за достъп
passkey-creating = Изчаква се устройството ви…
passkey-added = Ключът за достъп е добавен. Отсега можете да влизате с него.
not-now = Не сега
back-to-profile = Обратно към профила ви
u2f-title = Потвърдете с ключа си за сигурност
u2f-intro = Поставете или докоснете ключа за сигурност, който сте регистрирали за този акаунт.
u2f-use = Използване на ключ за сигурност
u2f-waiting = Изчаква се ключът ви за сигурност…
u2f-set-title = Добавяне на ключ за сигурност
u2f-set-intro = Ключът за сигурност потвърждава, че сте вие, след паролата, така че една открадната парола сама по себе си не е достатъчна.
u2f-name-label = Име на този ключ за сигурност
u2f-create = Регистриране на ключ за сигурност
u2f-added = Ключът за сигурност е добавен. Ще ви бъде поискан след паролата.
passkeys = Ключове за достъп
passkeys-empty = Все още няма ключове за достъп.
passkey-add = Добавяне на ключ за достъп
security-keys = Ключове за сигурност
security-keys-empty = Все още няма ключове за сигурност.
security-key-add = Добавяне на ключ за сигурност
rename = Преименуване
remove = Премахване
added-on = Добавен на
last-used = Последно използван на
never-used = Никога не е използван
name-required = Въведете име.

## Confirm it's you (re-authentication dialog)
reauth-title = Потвърдете, че сте вие
reauth-intro = Тази промяна изисква скорошно влизане. Въведете паролата си, за да продължите.
reauth-intro-passkey = Тази промяна изисква скорошно влизане. Използвайте ключа си за достъп, за да продължите.
reauth-confirm = Потвърждаване
reauth-checking = Проверява се…
reauth-with-passkey = Използване на ключ за достъп
reauth-required = Потвърдете, че сте вие, за да направите тази промяна.
phone-otp-sms-warning = На този номер получавате кодове за вход чрез SMS. Промяната или премахването му ги изключва; настройте ги отново, след като новият номер бъде потвърден.

## / The text of `msg`.

## Messages with variables (functions in src/i18n.rs)
page-title = { $page } · { $app }
rule-length = { $min_length ->
    [one] Поне { $min_length } знак
   *[other] Поне { $min_length } знака
}
browser-on-os = { $browser } на { $os }
login-on-device = { $login_name } · { $device }
verify-intro = Изпратихме код за потвърждение на { $email }. Въведете го по-долу.
resend-in = Изпращане на нов код ({ $seconds } сек.)
email-pending = Очаква потвърждение: изпратихме код на { $email }. Дотогава се използва текущият ви адрес.
sms-sent = Изпратихме код с SMS на { $phone }.
idp-continue-with = Продължаване с { $provider }
idp-register-intro = Проверете данните от акаунта си в { $provider }, след което създайте акаунта си.
idp-link-intro = Влезте с паролата си, за да свържете с него акаунта си в { $provider }.
idp-no-account = Тук няма акаунт, свързан с акаунта ви в { $provider }, и тук не може да бъде създаден или свързан такъв. Влезте по друг начин.
idp-linked = Акаунтът ви в { $provider } вече е свързан. Отсега можете да влизате с него.

## Org-scoped login: a name shared by users of several organisations
login-name-ambiguous = Това име се използва от повече от един акаунт. Въведете пълното си име за вход: потребител@домейн-на-организацията.

## Account centre: profile picture, code resend limit
avatar-title = Профилна снимка
avatar-choose = Смяна на снимката
avatar-hint = PNG, JPEG, GIF или WebP, до 5 MB. Изрязва се като квадрат.
avatar-save = Запазване на снимката
avatar-remove = Премахване на снимката
avatar-too-big = Снимката е твърде голяма: изберете такава до 5 MB.
avatar-not-image = Този файл не е изображение, което може да се използва: изберете PNG, JPEG, GIF или WebP.
avatar-saved = Новата ви снимка е запазена.
avatar-removed = Снимката ви е премахната.
too-many-codes = Поискахте твърде много кодове. Изчакайте няколко минути, преди да поискате нов.

## Security log: session ended (sign-out), with the device and address that ended it
ev-signed-out = Изход

## Account centre: deleting one's own account forbidden by the org's account policy
delete-forbidden-policy = Правилата на вашата организация не позволяват сами да изтриете акаунта си. Помолете администратор да го изтрие.
