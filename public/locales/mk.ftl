# Gatehouse UI messages: Macedonian (Македонски).
# Every other locales/<lang>.ftl has exactly these ids with the same { $variables }.
# Ids are the kebab-case names of the SPA's i18n::Msg variants (LoginNameTitle -> login-name-title).


## Shared
app-name = Gatehouse
skip-to-content = Прескокни до главната содржина

## Branding and legal footer
brand-logo-alt = Лого на организацијата
legal-nav-label = Правни информации и поддршка
legal-tos = Услови за користење
legal-privacy = Политика за приватност
legal-help = Помош
legal-docs = Документација
legal-support = Контактирајте ја поддршката
powered-by = Заштитено од Gatehouse
language-switcher-label = Јазик
loading = Се вчитува…
load-failed = Страницата не можеше да се вчита.
retry = Обидете се повторно
network-error = Не можеме да стигнеме до серверот. Проверете ја врската и обидете се повторно.
unexpected = Нешто тргна наопаку. Обидете се повторно.
server-error = Нешто тргна наопаку кај нас. Обидете се повторно за момент.
not-allowed = Немате дозвола да го направите тоа.
session-expired = Вашата најава истече.
too-many-attempts = Премногу обиди. Почекајте една минута и обидете се повторно.
invalid-input = Некои податоци не се валидни. Проверете ги и обидете се повторно.

## /loginname
login-name-title = Најава
login-name-intro = Внесете го вашето корисничко име или адреса на е-пошта за да продолжите.
login-name-label = Корисничко име или е-пошта
login-name-required = Внесете го вашето корисничко име или адреса на е-пошта.
user-not-found = Не најдовме сметка со тоа корисничко име или е-пошта.
continue = Продолжи
checking = Се проверува…
no-account-yet = Сè уште немате сметка?
create-account-link = Создајте сметка
signed-out = Се одјавивте.
email-verified-sign-in = Вашата адреса на е-пошта е потврдена. Најавете се за да продолжите.

## External identity providers (buttons on /loginname, /idp/{provider}/success and /failure, linked accounts)
idp-or = или
idp-redirecting = Пренасочување…
idp-signing-in = Ве најавуваме…
idp-link-incomplete = Оваа врска за најава е нецелосна. Започнете одново од страницата за најава.
idp-intent-invalid = Овој обид за најава истече или веќе е искористен. Започнете одново од страницата за најава.
idp-register-title = Создајте ја вашата сметка
idp-link-title = Веќе имате сметка?
idp-link-submit = Најавете се и поврзете
idp-no-account-title = Не е пронајдена сметка
idp-linked-title = Сметката е поврзана
idp-linked-elsewhere = Оваа сметка кај давателот е веќе поврзана со друг корисник.
idp-failure-title = Најавата не успеа
idp-denied = Најавата беше откажана или одбиена кај давателот. Ништо не е променето.
idp-failed = Давателот не можеше да ве најави. Обидете се повторно или најавете се на друг начин.
idp-link-failed = Сметката не можеше да се поврзе: давателот не ве најави. Ништо не е променето.
back-to-sign-in = Назад кон најавата
linked-accounts-title = Поврзани сметки
linked-accounts-empty = Сè уште нема поврзани сметки од други даватели.
link-another-account = Поврзете друга сметка
idp-last-login-method = Ова е вашиот единствен начин за најава. Додајте лозинка или клуч за пристап пред да го отстраните.
username-invalid = Внесете корисничко име.

## /password
password-title = Внесете ја лозинката
not-you = Не сте вие?
password-label = Лозинка
password-required = Внесете ја лозинката.
sign-in = Најави се
signing-in = Се најавувате…
wrong-password = Погрешна лозинка. Обидете се повторно.
user-locked = Оваа сметка е заклучена по премногу неуспешни обиди. Контактирајте го администраторот.
email-unverified = Потврдете ја вашата адреса на е-пошта пред да се најавите.
verify-email-link = Потврдете ја адресата на е-пошта
password-change-required = Мора да ја промените лозинката пред да продолжите.
login-name-or-password-wrong = Корисничкото име или лозинката се погрешни.

## /password/change
password-change-title = Променете ја лозинката
password-change-intro = Мора да ја промените лозинката пред да можете да продолжите.
current-password-label = Тековна лозинка
current-password-required = Внесете ја тековната лозинка.
new-password-label = Нова лозинка
new-password-confirm-label = Потврдете ја новата лозинка
change-password = Промени ја лозинката
saving = Се зачувува…
password-policy-not-met = Оваа лозинка не ги исполнува барањата подолу.
same-password = Изберете лозинка различна од тековната.

## /register
register-title = Создајте ја вашата сметка
register-intro = Трае само една минута.
given-name-label = Име
given-name-required = Внесете го вашето име.
family-name-label = Презиме
family-name-required = Внесете го вашето презиме.
email-label = Е-пошта
email-required = Внесете ја вашата адреса на е-пошта.
email-invalid = Внесете валидна адреса на е-пошта, на пример name@example.com.
email-taken = Веќе постои сметка со оваа е-пошта.
password-confirm-label = Потврдете ја лозинката
create-account = Создај сметка
creating-account = Се создава сметката…
have-account = Веќе имате сметка?
sign-in-link = Најавете се

## Password checklist
checklist-title = Вашата лозинка треба да содржи
rule-uppercase = Голема буква
rule-lowercase = Мала буква
rule-number = Број
rule-symbol = Симбол, на пример ! или #
rule-match = Двете лозинки се совпаѓаат
rule-met = , исполнето
rule-not-met = , сè уште не е исполнето
policy-loading = Се вчитуваат правилата за лозинка…
policy-load-failed = Правилата за лозинка не можеа да се вчитаат.

## /verify
verify-title = Потврдете ја вашата е-пошта
verify-intro-generic = Испративме код за потврда на вашата адреса на е-пошта. Внесете го подолу.
code-label = Код за потврда
code-required = Внесете го кодот од пораката.
code-invalid = Тој код не е точен.
code-expired = Тој код истече. Можеме да ви испратиме нов.
verify = Потврди
verifying = Се потврдува…
resend = Испрати нов код
sending = Се испраќа…
code-sent = Испратен е нов код. Проверете го вашето сандаче.
verify-link-incomplete = Оваа врска за потврда е нецелосна. Најавете се повторно за да добиете нов код.
verify-user-unknown = Оваа врска за потврда не припаѓа на ниедна сметка. Најавете се повторно за да добиете нов код.

## /signedin
signed-in-title = Најавени сте
signed-in-as = Најавени сте како
profile-link = Одете на вашиот профил

## /profile
profile-title = Вашиот профил
username-label = Корисничко име
verified = Потврдено
not-verified = Непотврдено
sessions-title = Активни сесии
this-browser = Овој прелистувач
unknown-device = Непознат уред
session-created = Најава
session-last-active = Последна активност
no-sessions = Нема активни сесии.
log-out = Одјави се
log-out-everywhere = Одјави се насекаде
logging-out = Се одјавувате…

## /logout
logout-title = Одјава
logout-intro = Овие сметки се најавени на овој прелистувач.
end-session = Одјави
logout-all = Одјави ги сите сметки
no-browser-sessions = Никој не е најавен на овој прелистувач.

## /dev/outbox
outbox-title = Излезно сандаче за развој
outbox-intro = Пораки што ги испратил серверот, најновите прво. Достапно само при развој.
outbox-empty = Сè уште нема пораки.
outbox-disabled = Излезното сандаче за развој не е вклучено (пораките се испраќаат преку SMTP).
refresh = Освежи
mail-to = До
mail-date = Датум

## Second factors (authenticator app, codes by email/SMS, recovery codes, /mfa, /mfa/set)
totp-title = Внесете го кодот од апликацијата за автентикација
totp-intro = Отворете ја апликацијата за автентикација и внесете го 6-цифрениот код што го прикажува за оваа сметка.
otp-sms-title = Внесете го кодот што ви го испративме по SMS
otp-sms-intro = Испративме 6-цифрен код на вашиот телефон. Важи пет минути.
otp-email-title = Внесете го кодот што ви го испративме по е-пошта
otp-email-intro = Испративме 6-цифрен код на вашата адреса на е-пошта. Важи пет минути.
other-method = Користете друг метод
use-recovery-code = Користете код за враќање
totp-set-title = Поставете апликација за автентикација
totp-set-intro = Скенирајте го овој QR-код со апликацијата за автентикација или внесете го клучот подолу во неа. Потоа внесете го 6-цифрениот код што го прикажува апликацијата.
totp-secret-label = Клуч за рачно внесување
otp-sms-set-title = Кодови по SMS
otp-sms-set-intro = Кога се најавувате, ќе ви испратиме еднократен код по SMS на потврдениот телефонски број.
otp-email-set-title = Кодови по е-пошта
otp-email-set-intro = Кога се најавувате, ќе ви испратиме еднократен код на потврдената адреса на е-пошта.
turn-on = Вклучи
mfa-title = Потврдете дека сте вие
mfa-intro = Изберете како да ја потврдите најавата.
mfa-set-title = Додајте втор фактор
mfa-set-intro = Заштитете ја сметката со втор чекор при најава. Изберете метод за поставување или прескокнете засега.
mfa-set-forced-intro = Вашата организација бара втор чекор при најава. Изберете метод за поставување.
skip = Прескокни засега
authenticator-app = Апликација за автентикација
sms-codes = Кодови по SMS
email-codes = Кодови по е-пошта
security-key = Безбедносен клуч
recovery-codes-name = Кодови за враќање
recovery-code-title = Најавете се со код за враќање
recovery-code-intro = Внесете еден од кодовите за враќање што ги зачувавте. Секој код работи само еднаш.
recovery-code-label = Код за враќање
second-factors-title = Втори фактори
factor-on = Вклучено
factor-off = Исклучено
factor-remove = Отстрани
factor-removing = Се отстранува…
set-up = Постави
generate = Генерирај кодови за враќање
regenerate = Генерирај нови кодови
recovery-needs-factor = Прво поставете втор фактор; кодовите за враќање го заменуваат ако го изгубите.
recovery-codes-shown-once = Зачувајте ги овие кодови на безбедно место сега: се прикажуваат само еднаш. Секој работи еднаш. Ако генерирате нови кодови, овие стануваат неважечки.
copy = Копирај
copied = Копирано
download = Преземи (.txt)
totp-invalid = Овој код е погрешен или истекол. Внесете го кодот што апликацијата го прикажува сега.
totp-reused = Овој код веќе е искористен. Почекајте го следниот код во апликацијата.
totp-already-set-up = За вашата сметка веќе е поставена апликација за автентикација. Отстранете ја во вашиот профил за да поставите нова.
recovery-invalid = Овој код за враќање не е валиден. Проверете го и обидете се повторно.
recovery-used = Овој код за враќање веќе е искористен. Користете друг.
last-factor-refused = Вашата организација бара втор фактор. Поставете друг пред да го отстраните овој.
mfa-forced = Вашата организација бара втор фактор, па овој чекор не може да се прескокне.
otp-not-set-up = Овој метод за најава не е поставен за вашата сметка. Изберете друг.
otp-needs-verified-email = Прво потврдете ја адресата на е-пошта во вашиот профил.
otp-needs-verified-phone = Прво додајте и потврдете телефонски број во вашиот профил.
otp-no-challenge = Сè уште не е испратен код. Побарајте нов код.
second-factor-locked = Премногу погрешни кодови: вашата сметка е заклучена. Контактирајте го администраторот.

## Fallback route
not-found-title = Страницата не е пронајдена
not-found-body = На оваа адреса нема ништо. Проверете ја врската или започнете одново.
go-to-sign-in = Одете на најава

## App sign-in (/login, /accounts, /signedin with an app's request, /device, /logout/done)
app-login-title = Најава
app-login-loading = Се подготвува најавата…
auth-request-gone = Ова барање за најава истече или веќе е искористено. Вратете се во апликацијата и започнете одново.
accounts-title = Изберете сметка
accounts-intro = Продолжете со сметка најавена на овој уред:
use-another-account = Користете друга сметка
returning-to-app = Се враќате во апликацијата…
return-to-app = Вратете се во апликацијата
callback-failed-title = Не може да се продолжи кон апликацијата
callback-reauthenticate = Апликацијата бара повторно да се најавите.
callback-second-factor = Вашата организација бара втор фактор за оваа апликација.
callback-wrong-organization = Оваа апликација не прифаќа сметки од вашата организација. Користете друга сметка.
callback-already-answered = На ова барање за најава веќе е одговорено. Вратете се во апликацијата и започнете одново.
sign-in-again = Најавете се повторно
device-title = Поврзете уред
device-intro = Внесете го кодот прикажан на вашиот уред.
device-code-label = Код
device-code-required = Внесете го кодот од вашиот уред.
device-code-unknown = Овој код не е валиден или истекол. Проверете го тековниот код на уредот.
device-consent-title = Да се дозволи пристап?
device-consent-intro = сака пристап до вашата сметка
device-scopes = Бара
allow = Дозволи
deny = Одбиј
device-approved = Готово. Може да се вратите на вашиот уред.
device-denied = Пристапот е одбиен. Уредот не е поврзан.
logout-done-title = Одјавени сте
logout-done-body = Се одјавивте. Може да го затворите овој прозорец.

## Account centre (/password/set, /profile sections)
forgot-password = Ја заборавивте лозинката?
password-set-title = Изберете нова лозинка
password-set-intro = Внесете го кодот од пораката и изберете нова лозинка.
password-reset-sent = Ви испративме порака со врска за ресетирање на лозинката. Отворете ја или внесете го кодот од пораката подолу.
set-new-password = Постави нова лозинка
password-set-done = Вашата лозинка е променета. Најавете се со новата лозинка.
password-link-incomplete = Оваа врска е нецелосна. Започнете одново од страницата за најава.
section-profile = Профил
section-email = Е-пошта
section-phone = Телефон
section-password = Лозинка
section-security = Безбедност
section-danger-zone = Опасна зона
nick-name-label = Прекар
display-name-label = Име за прикажување
language-label = Претпочитан јазик
gender-label = Пол
gender-unspecified = Не е наведено
gender-female = Женски
gender-male = Машки
gender-diverse = Друго
save = Зачувај
saved = Промените се зачувани.
cancel = Откажи
username-required = Внесете корисничко име.
username-taken = Ова корисничко име или е-пошта веќе се користи.
change-email = Променете ја е-поштата
new-email-label = Нова адреса на е-пошта
send-code = Испрати код
email-same = Ова веќе е вашата адреса на е-пошта.
phone-label = Телефонски број
phone-none = Сè уште нема телефонски број.
add-phone = Додајте телефонски број
change-phone = Променете го телефонскиот број
remove-phone = Отстранете го телефонскиот број
phone-invalid = Внесете го бројот во меѓународен формат, на пример +41 79 123 45 67.
phone-code-label = Код од SMS-пораката
no-sms-provider = Во моментов не може да се испраќаат SMS-пораки. Обидете се подоцна.
password-changed = Вашата лозинка е променета.
end-other-sessions = Одјави ги сите други сесии
session-ip = IP-адреса
sign-in-methods-title = Методи за најава
security-log-title = Неодамнешни безбедносни настани
security-log-empty = Сè уште нема безбедносни настани.
ev-signed-in = Најава
ev-password-failed = Неуспешна најава: погрешна лозинка
ev-password-changed = Лозинката е променета
ev-email-changed = Адресата на е-пошта е променета
ev-email-change-requested = Побарана е промена на е-поштата
ev-email-verified = Адресата на е-пошта е потврдена
ev-phone-changed = Телефонскиот број е поставен
ev-phone-verified = Телефонскиот број е потврден
ev-phone-removed = Телефонскиот број е отстранет
ev-user-locked = Сметката е заклучена по неуспешни обиди
ev-profile-changed = Профилот е променет
ev-username-changed = Корисничкото име е променето
ev-account-created = Сметката е создадена
ev-factor-added = Додаден е метод за најава
ev-factor-removed = Отстранет е метод за најава
download-data = Преземи ги моите податоци
download-data-intro = JSON-датотека со вашиот профил, методите за најава, сесиите и безбедносните настани.
delete-account = Избриши ја мојата сметка
delete-account-intro = Ова трајно ги брише вашата сметка и нејзините податоци. Внесете ја лозинката за да потврдите.
delete-account-confirm = Трајно избриши ја мојата сметка
deleting = Се брише…
delete-forbidden = Сметките со администраторски улоги не може да се избришат овде.
outbox-sms-title = SMS-пораки

## Passkeys and security keys (WebAuthn)
web-authn-unsupported = Овој прелистувач не може да користи клучеви за пристап или безбедносни клучеви. Користете ажуриран прелистувач или најавете се со лозинка.
web-authn-cancelled = Барањето беше откажано или истече времето. Обидете се повторно кога ќе бидете подготвени.
web-authn-already-registered = Овој уред веќе е регистриран за вашата сметка.
web-authn-failed = Вашиот уред не можеше да го заврши барањето. Обидете се повторно.
web-authn-unknown-credential = Овој клуч за пристап не е регистриран за оваа сметка. Изберете друг или најавете се со лозинка.
web-authn-expired = Времето за барањето истече. Обидете се повторно.
passkeys-not-allowed = Клучевите за пристап се исклучени за оваа организација.
web-authn-last-factor = Не може да го отстраните последниот начин за најава. Прво додајте друг.
sign-in-with-passkey = Најавете се со клуч за пристап
passkey-title = Најавете се со вашиот клуч за пристап
passkey-intro = Користете го клучот за пристап на овој уред или на телефонот: вашиот отпечаток, лицето или заклучувањето на екранот потврдува дека сте вие.
passkey-use = Користи клуч за пристап
passkey-waiting = Се чека вашиот клуч за пристап…
use-password-instead = Користете лозинка наместо тоа
passkey-set-title = Додајте клуч за пристап
passkey-set-intro = Најавувајте се со отпечаток, лице или заклучување на екранот наместо со лозинка. Клучот за пристап останува на вашиот уред.
passkey-signup-intro = Вашата сметка е создадена. Сега создајте го клучот за пристап со кој ќе се најавувате: отпечаток, лице или заклучување на екранот, без лозинка.
choose-another-way = Изберете друг начин за најава
register-with-passkey-instead = Користете клуч за пристап наместо лозинка
register-with-password-instead = Користете лозинка наместо тоа
register-passkey-hint = Не е потребна лозинка: по овој чекор вашиот уред создава клуч за пристап за оваа сметка.
authenticator-set-title = Заштитете ја вашата сметка
authenticator-set-intro = Изберете како ќе се најавувате.
authenticator-passkey = Клуч за пристап
authenticator-passkey-hint = Вашиот отпечаток, лице или заклучување на екранот. Ништо за паметење и не може да се украде со фишинг.
authenticator-password = Лозинка
authenticator-password-hint = Ви испраќаме код по е-пошта, а потоа избирате лозинка.
passkey-signup-grant = Само прелистувачот што ја создал сметката може да го додаде нејзиниот прв клуч за пристап, во рок од 15 минути. Изберете лозинка или регистрирајте се повторно.
second-factor-before-first = Прво најавете се со лозинката или клучот за пристап.
passkeys-unavailable-here = Клучевите за пристап не се достапни на оваа адреса. Најавете се со лозинка или отворете ја страницата за најава на нејзината главна адреса.
passkey-other-host = Овој клуч за пристап е создаден за друга адреса на оваа услуга. Користете го таму или додајте клуч за пристап тука.
passkey-name-label = Име на овој клуч за пристап
passkey-create = Создај клуч за пристап
passkey-creating = Се чека вашиот уред…
passkey-added = Клучот за пристап е додаден. Отсега може да се најавувате со него.
not-now = Не сега
back-to-profile = Назад кон вашиот профил
u2f-title = Потврдете со вашиот безбедносен клуч
u2f-intro = Вметнете го или допрете го безбедносниот клуч што го регистриравте за оваа сметка.
u2f-use = Користи безбедносен клуч
u2f-waiting = Се чека вашиот безбедносен клуч…
u2f-set-title = Додајте безбедносен клуч
u2f-set-intro = Безбедносниот клуч потврдува дека сте вие по лозинката, па украдената лозинка сама по себе не е доволна.
u2f-name-label = Име на овој безбедносен клуч
u2f-create = Регистрирај безбедносен клуч
u2f-added = Безбедносниот клуч е додаден. Ќе биде побаран по лозинката.
passkeys = Клучеви за пристап
passkeys-empty = Сè уште нема клучеви за пристап.
passkey-add = Додајте клуч за пристап
security-keys = Безбедносни клучеви
security-keys-empty = Сè уште нема безбедносни клучеви.
security-key-add = Додајте безбедносен клуч
rename = Преименувај
remove = Отстрани
added-on = Додаден на
last-used = Последно користен на
never-used = Никогаш не е користен
name-required = Внесете име.

## Confirm it's you (re-authentication dialog)
reauth-title = Потврдете дека сте вие
reauth-intro = За оваа промена е потребна неодамнешна најава. Внесете ја лозинката за да продолжите.
reauth-intro-passkey = За оваа промена е потребна неодамнешна најава. Користете го клучот за пристап за да продолжите.
reauth-confirm = Потврди
reauth-checking = Се проверува…
reauth-with-passkey = Користи клуч за пристап
reauth-required = Потврдете дека сте вие за да ја направите оваа промена.
phone-otp-sms-warning = На овој број добивате кодови за најава по SMS. Ако го промените или отстраните, тие се исклучуваат; поставете ги повторно откако новиот број ќе биде потврден.

## / The text of `msg`.

## Messages with variables (functions in src/i18n.rs)
page-title = { $page } · { $app }
rule-length = { $min_length ->
    [one] Најмалку { $min_length } знак
   *[other] Најмалку { $min_length } знаци
}
browser-on-os = { $browser } на { $os }
login-on-device = { $login_name } · { $device }
verify-intro = Испративме код за потврда на { $email }. Внесете го подолу.
resend-in = Испрати нов код ({ $seconds } с)
email-pending = Се чека потврда: испративме код на { $email }. Дотогаш се користи вашата тековна адреса.
sms-sent = Испративме код по SMS на { $phone }.
idp-continue-with = Продолжете со { $provider }
idp-register-intro = Проверете ги податоците од вашата { $provider } сметка, а потоа создајте ја вашата сметка.
idp-link-intro = Најавете се со лозинката за да ја поврзете вашата { $provider } сметка со неа.
idp-no-account = Тука нема сметка поврзана со вашата { $provider } сметка, а тука не може да се создаде или поврзе. Најавете се на друг начин.
idp-linked = Вашата { $provider } сметка сега е поврзана. Отсега може да се најавувате со неа.

## Org-scoped login: a name shared by users of several organisations
login-name-ambiguous = Ова име го користат повеќе сметки. Внесете го целото корисничко име за најава: корисник@домен-на-организацијата.

## Account centre: profile picture, code resend limit
avatar-title = Профилна слика
avatar-choose = Промени ја сликата
avatar-hint = PNG, JPEG, GIF или WebP, до 5 MB. Се сечи во квадрат.
avatar-save = Зачувај ја сликата
avatar-remove = Отстрани ја сликата
avatar-too-big = Сликата е преголема: изберете слика до 5 MB.
avatar-not-image = Оваа датотека не е слика што може да се користи: изберете PNG, JPEG, GIF или WebP.
avatar-saved = Вашата нова слика е зачувана.
avatar-removed = Вашата слика е отстранета.
too-many-codes = Побаравте премногу кодови. Почекајте неколку минути пред да побарате нов.

## Security log: session ended (sign-out), with the device and address that ended it
ev-signed-out = Одјава

## Account centre: deleting one's own account forbidden by the org's account policy
delete-forbidden-policy = Политиката на вашата организација не дозволува сами да ја избришете сметката. Побарајте од администратор да ја избрише.
