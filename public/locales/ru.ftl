# Gatehouse UI messages: Russian (Русский).
# Every other locales/<lang>.ftl has exactly these ids with the same { $variables }.
# Ids are the kebab-case names of the SPA's i18n::Msg variants (LoginNameTitle -> login-name-title).


## Shared
app-name = Gatehouse
skip-to-content = Перейти к основному содержимому

## Branding and legal footer
brand-logo-alt = Логотип организации
legal-nav-label = Правовая информация и поддержка
legal-tos = Условия использования
legal-privacy = Политика конфиденциальности
legal-help = Справка
legal-docs = Документация
legal-support = Связаться со службой поддержки
powered-by = Защищено Gatehouse
language-switcher-label = Язык
loading = Загрузка…
load-failed = Не удалось загрузить эту страницу.
retry = Повторить
network-error = Не удаётся связаться с сервером. Проверьте подключение и повторите попытку.
unexpected = Что-то пошло не так. Повторите попытку.
server-error = На нашей стороне что-то пошло не так. Повторите попытку чуть позже.
not-allowed = У вас нет прав на это действие.
session-expired = Срок действия входа истёк.
too-many-attempts = Слишком много попыток. Подождите минуту и повторите попытку.
invalid-input = Некоторые данные указаны неверно. Проверьте их и повторите попытку.

## /loginname
login-name-title = Вход
login-name-intro = Чтобы продолжить, введите имя пользователя или адрес электронной почты.
login-name-label = Имя пользователя или электронная почта
login-name-required = Введите имя пользователя или адрес электронной почты.
user-not-found = Аккаунт с таким именем пользователя или адресом электронной почты не найден.
continue = Продолжить
checking = Проверка…
no-account-yet = Ещё нет аккаунта?
create-account-link = Создать аккаунт
signed-out = Вы вышли из аккаунта.
email-verified-sign-in = Адрес электронной почты подтверждён. Войдите, чтобы продолжить.

## External identity providers (buttons on /loginname, /idp/{provider}/success and /failure, linked accounts)
idp-or = или
idp-redirecting = Перенаправление…
idp-signing-in = Выполняется вход…
idp-link-incomplete = Эта ссылка для входа неполная. Начните заново со страницы входа.
idp-intent-invalid = Срок действия этой попытки входа истёк, или она уже использована. Начните заново со страницы входа.
idp-register-title = Создание аккаунта
idp-link-title = Уже есть аккаунт?
idp-link-submit = Войти и связать
idp-no-account-title = Аккаунт не найден
idp-linked-title = Аккаунт связан
idp-linked-elsewhere = Этот аккаунт у провайдера уже связан с другим пользователем.
idp-failure-title = Не удалось войти
idp-denied = Вход был отменён или отклонён на стороне провайдера. Ничего не изменено.
idp-failed = Провайдеру не удалось выполнить вход. Повторите попытку или войдите другим способом.
idp-link-failed = Не удалось связать аккаунт: провайдер не выполнил вход. Ничего не изменено.
back-to-sign-in = Вернуться ко входу
linked-accounts-title = Связанные аккаунты
linked-accounts-empty = Аккаунты других провайдеров пока не связаны.
link-another-account = Связать другой аккаунт
idp-last-login-method = Это ваш единственный способ входа. Прежде чем удалить его, добавьте пароль или ключ доступа.
username-invalid = Введите имя пользователя.

## /password
password-title = Введите пароль
not-you = Это не вы?
password-label = Пароль
password-required = Введите пароль.
sign-in = Войти
signing-in = Вход…
wrong-password = Неверный пароль. Повторите попытку.
user-locked = Этот аккаунт заблокирован из-за слишком большого числа неудачных попыток. Обратитесь к администратору.
email-unverified = Подтвердите адрес электронной почты, прежде чем войти.
verify-email-link = Подтвердить адрес электронной почты
password-change-required = Прежде чем продолжить, необходимо сменить пароль.
login-name-or-password-wrong = Неверное имя пользователя или пароль.

## /password/change
password-change-title = Смена пароля
password-change-intro = Чтобы продолжить, необходимо сменить пароль.
current-password-label = Текущий пароль
current-password-required = Введите текущий пароль.
new-password-label = Новый пароль
new-password-confirm-label = Подтвердите новый пароль
change-password = Сменить пароль
saving = Сохранение…
password-policy-not-met = Этот пароль не соответствует требованиям ниже.
same-password = Выберите пароль, отличающийся от текущего.

## /register
register-title = Создание аккаунта
register-intro = Это займёт всего минуту.
given-name-label = Имя
given-name-required = Введите имя.
family-name-label = Фамилия
family-name-required = Введите фамилию.
email-label = Электронная почта
email-required = Введите адрес электронной почты.
email-invalid = Введите действительный адрес электронной почты, например name@example.com.
email-taken = Аккаунт с этим адресом электронной почты уже существует.
password-confirm-label = Подтвердите пароль
create-account = Создать аккаунт
creating-account = Создание аккаунта…
have-account = Уже есть аккаунт?
sign-in-link = Войти

## Password checklist
checklist-title = Пароль должен содержать
rule-uppercase = Заглавную букву
rule-lowercase = Строчную букву
rule-number = Цифру
rule-symbol = Символ, например ! или #
rule-match = Оба пароля совпадают
rule-met = , выполнено
rule-not-met = , пока не выполнено
policy-loading = Загрузка требований к паролю…
policy-load-failed = Не удалось загрузить требования к паролю.

## /verify
verify-title = Подтвердите адрес электронной почты
verify-intro-generic = Мы отправили код подтверждения на ваш адрес электронной почты. Введите его ниже.
code-label = Код подтверждения
code-required = Введите код из письма.
code-invalid = Неверный код.
code-expired = Срок действия кода истёк. Мы можем отправить вам новый.
verify = Подтвердить
verifying = Проверка…
resend = Отправить новый код
sending = Отправка…
code-sent = Новый код отправлен. Проверьте почту.
verify-link-incomplete = Эта ссылка для подтверждения неполная. Войдите снова, чтобы получить новый код.
verify-user-unknown = Эта ссылка для подтверждения не относится ни к одному аккаунту. Войдите снова, чтобы получить новый код.

## /signedin
signed-in-title = Вы вошли в аккаунт
signed-in-as = Вы вошли как
profile-link = Перейти в профиль

## /profile
profile-title = Ваш профиль
username-label = Имя пользователя
verified = Подтверждено
not-verified = Не подтверждено
sessions-title = Активные сеансы
this-browser = Этот браузер
unknown-device = Неизвестное устройство
session-created = Вход выполнен
session-last-active = Последняя активность
no-sessions = Нет активных сеансов.
log-out = Выйти
log-out-everywhere = Выйти на всех устройствах
logging-out = Выход…

## /logout
logout-title = Выход
logout-intro = В этом браузере выполнен вход в эти аккаунты.
end-session = Выйти
logout-all = Выйти из всех аккаунтов
no-browser-sessions = В этом браузере никто не вошёл в аккаунт.

## /dev/outbox
outbox-title = Исходящие (разработка)
outbox-intro = Письма, отправленные сервером, сначала новые. Доступно только при разработке.
outbox-empty = Писем пока нет.
outbox-disabled = Папка «Исходящие» для разработки не включена (почта отправляется по SMTP).
refresh = Обновить
mail-to = Кому
mail-date = Дата

## Second factors (authenticator app, codes by email/SMS, recovery codes, /mfa, /mfa/set)
totp-title = Введите код из приложения-аутентификатора
totp-intro = Откройте приложение-аутентификатор и введите 6-значный код, который оно показывает для этого аккаунта.
otp-sms-title = Введите код из SMS
otp-sms-intro = Мы отправили 6-значный код на ваш телефон. Он действителен пять минут.
otp-email-title = Введите код из письма
otp-email-intro = Мы отправили 6-значный код на ваш адрес электронной почты. Он действителен пять минут.
other-method = Другой способ
use-recovery-code = Использовать код восстановления
totp-set-title = Настройка приложения-аутентификатора
totp-set-intro = Отсканируйте этот QR-код приложением-аутентификатором или введите в нём ключ ниже. Затем введите 6-значный код, который покажет приложение.
totp-secret-label = Ключ для ввода вручную
otp-sms-set-title = Коды по SMS
otp-sms-set-intro = При входе мы будем отправлять одноразовый код в SMS на ваш подтверждённый номер телефона.
otp-email-set-title = Коды по электронной почте
otp-email-set-intro = При входе мы будем отправлять одноразовый код на ваш подтверждённый адрес электронной почты.
turn-on = Включить
mfa-title = Подтвердите, что это вы
mfa-intro = Выберите способ подтверждения входа.
mfa-set-title = Добавьте второй фактор
mfa-set-intro = Защитите аккаунт дополнительным шагом при входе. Выберите способ для настройки или пропустите этот шаг.
mfa-set-forced-intro = Ваша организация требует дополнительный шаг при входе. Выберите способ для настройки.
skip = Пропустить
authenticator-app = Приложение-аутентификатор
sms-codes = Коды по SMS
email-codes = Коды по электронной почте
security-key = Ключ безопасности
recovery-codes-name = Коды восстановления
recovery-code-title = Вход с кодом восстановления
recovery-code-intro = Введите один из сохранённых кодов восстановления. Каждый код можно использовать только один раз.
recovery-code-label = Код восстановления
second-factors-title = Вторые факторы
factor-on = Вкл.
factor-off = Выкл.
factor-remove = Удалить
factor-removing = Удаление…
set-up = Настроить
generate = Создать коды восстановления
regenerate = Создать новые коды
recovery-needs-factor = Сначала настройте второй фактор: коды восстановления заменят его, если он будет утерян.
recovery-codes-shown-once = Сохраните эти коды в надёжном месте прямо сейчас: они показываются только один раз. Каждый код действует один раз. После создания новых кодов эти станут недействительными.
copy = Копировать
copied = Скопировано
download = Скачать (.txt)
totp-invalid = Код неверный или устарел. Введите код, который приложение показывает сейчас.
totp-reused = Этот код уже использован. Дождитесь следующего кода в приложении.
totp-already-set-up = Для вашей учётной записи уже настроено приложение-аутентификатор. Удалите его в профиле, чтобы настроить новое.
recovery-invalid = Этот код восстановления недействителен. Проверьте его и повторите попытку.
recovery-used = Этот код восстановления уже использован. Используйте другой.
last-factor-refused = Ваша организация требует второй фактор. Прежде чем удалить этот, настройте другой.
mfa-forced = Ваша организация требует второй фактор, поэтому этот шаг нельзя пропустить.
otp-not-set-up = Этот способ входа не настроен для вашего аккаунта. Выберите другой.
otp-needs-verified-email = Сначала подтвердите адрес электронной почты в профиле.
otp-needs-verified-phone = Сначала добавьте и подтвердите номер телефона в профиле.
otp-no-challenge = Код ещё не отправлен. Запросите новый код.
second-factor-locked = Слишком много неверных кодов: ваш аккаунт заблокирован. Обратитесь к администратору.

## Fallback route
not-found-title = Страница не найдена
not-found-body = По этому адресу ничего нет. Проверьте ссылку или начните заново.
go-to-sign-in = Перейти ко входу

## App sign-in (/login, /accounts, /signedin with an app's request, /device, /logout/done)
app-login-title = Вход
app-login-loading = Подготовка ко входу…
auth-request-gone = Срок действия этого запроса на вход истёк, или он уже использован. Вернитесь в приложение и начните заново.
accounts-title = Выберите аккаунт
accounts-intro = Продолжить с аккаунтом, в который выполнен вход на этом устройстве:
use-another-account = Использовать другой аккаунт
returning-to-app = Возвращаемся в приложение…
return-to-app = Вернуться в приложение
callback-failed-title = Не удаётся перейти в приложение
callback-reauthenticate = Приложение просит вас войти снова.
callback-second-factor = Ваша организация требует второй фактор для этого приложения.
callback-wrong-organization = Это приложение не принимает аккаунты вашей организации. Используйте другой аккаунт.
callback-already-answered = На этот запрос на вход уже получен ответ. Вернитесь в приложение и начните заново.
sign-in-again = Войти снова
device-title = Подключение устройства
device-intro = Введите код, показанный на вашем устройстве.
device-code-label = Код
device-code-required = Введите код с вашего устройства.
device-code-unknown = Этот код недействителен или устарел. Проверьте текущий код на устройстве.
device-consent-title = Разрешить доступ?
device-consent-intro = запрашивает доступ к вашему аккаунту
device-scopes = Запрашиваемые права
allow = Разрешить
deny = Отклонить
device-approved = Готово. Можете вернуться к устройству.
device-denied = Доступ запрещён. Устройство не подключено.
logout-done-title = Выход выполнен
logout-done-body = Вы вышли из аккаунта. Это окно можно закрыть.

## Account centre (/password/set, /profile sections)
forgot-password = Забыли пароль?
password-set-title = Придумайте новый пароль
password-set-intro = Введите код из письма и придумайте новый пароль.
password-reset-sent = Мы отправили вам письмо со ссылкой для сброса пароля. Откройте её или введите код из письма ниже.
set-new-password = Установить новый пароль
password-set-done = Пароль изменён. Войдите с новым паролем.
password-link-incomplete = Эта ссылка неполная. Начните заново со страницы входа.
section-profile = Профиль
section-email = Электронная почта
section-phone = Телефон
section-password = Пароль
section-security = Безопасность
section-danger-zone = Опасная зона
nick-name-label = Псевдоним
display-name-label = Отображаемое имя
language-label = Предпочитаемый язык
gender-label = Пол
gender-unspecified = Не указан
gender-female = Женский
gender-male = Мужской
gender-diverse = Другой
save = Сохранить
saved = Изменения сохранены.
cancel = Отмена
username-required = Введите имя пользователя.
username-taken = Это имя пользователя или адрес электронной почты уже заняты.
change-email = Изменить адрес электронной почты
new-email-label = Новый адрес электронной почты
send-code = Отправить код
email-same = Это и есть ваш текущий адрес электронной почты.
phone-label = Номер телефона
phone-none = Номер телефона ещё не добавлен.
add-phone = Добавить номер телефона
change-phone = Изменить номер телефона
remove-phone = Удалить номер телефона
phone-invalid = Введите номер в международном формате, например +41 79 123 45 67.
phone-code-label = Код из SMS
no-sms-provider = Сейчас не удаётся отправлять SMS. Повторите попытку позже.
password-changed = Пароль изменён.
end-other-sessions = Завершить все остальные сеансы
session-ip = IP-адрес
sign-in-methods-title = Способы входа
security-log-title = Последние события безопасности
security-log-empty = Событий безопасности пока нет.
ev-signed-in = Вход в аккаунт
ev-password-failed = Неудачный вход: неверный пароль
ev-password-changed = Пароль изменён
ev-email-changed = Адрес электронной почты изменён
ev-email-change-requested = Запрошена смена адреса электронной почты
ev-email-verified = Адрес электронной почты подтверждён
ev-phone-changed = Номер телефона задан
ev-phone-verified = Номер телефона подтверждён
ev-phone-removed = Номер телефона удалён
ev-user-locked = Аккаунт заблокирован после неудачных попыток
ev-profile-changed = Профиль изменён
ev-username-changed = Имя пользователя изменено
ev-account-created = Аккаунт создан
ev-factor-added = Добавлен способ входа
ev-factor-removed = Удалён способ входа
download-data = Скачать мои данные
download-data-intro = JSON-файл с вашим профилем, способами входа, сеансами и событиями безопасности.
delete-account = Удалить мой аккаунт
delete-account-intro = Аккаунт и его данные будут удалены безвозвратно. Введите пароль для подтверждения.
delete-account-confirm = Удалить мой аккаунт безвозвратно
deleting = Удаление…
delete-forbidden = Аккаунты с ролями администратора нельзя удалить здесь.
outbox-sms-title = SMS-сообщения

## Passkeys and security keys (WebAuthn)
web-authn-unsupported = Этот браузер не поддерживает ключи доступа и ключи безопасности. Используйте современный браузер или войдите с паролем.
web-authn-cancelled = Запрос отменён или время ожидания истекло. Повторите попытку, когда будете готовы.
web-authn-already-registered = Это устройство уже зарегистрировано для вашего аккаунта.
web-authn-failed = Вашему устройству не удалось выполнить запрос. Повторите попытку.
web-authn-unknown-credential = Этот ключ доступа не зарегистрирован для этого аккаунта. Выберите другой или войдите с паролем.
web-authn-expired = Время ожидания запроса истекло. Повторите попытку.
passkeys-not-allowed = Ключи доступа отключены для этой организации.
web-authn-last-factor = Нельзя удалить последний способ входа. Сначала добавьте другой.
sign-in-with-passkey = Войти с ключом доступа
passkey-title = Вход с ключом доступа
passkey-intro = Используйте ключ доступа на этом устройстве или на телефоне: отпечаток пальца, лицо или блокировка экрана подтвердят, что это вы.
passkey-use = Использовать ключ доступа
passkey-waiting = Ожидание ключа доступа…
use-password-instead = Войти с паролем
passkey-set-title = Добавление ключа доступа
passkey-set-intro = Входите с помощью отпечатка пальца, лица или блокировки экрана вместо пароля. Ключ доступа хранится на вашем устройстве.
passkey-signup-intro = Аккаунт создан. Теперь создайте ключ доступа для входа: отпечаток пальца, лицо или блокировка экрана, без пароля.
choose-another-way = Выбрать другой способ входа
register-with-passkey-instead = Использовать ключ доступа вместо пароля
register-with-password-instead = Использовать пароль
register-passkey-hint = Пароль не нужен: после этого шага ваше устройство создаст ключ доступа для этого аккаунта.
authenticator-set-title = Защитите аккаунт
authenticator-set-intro = Выберите способ входа.
authenticator-passkey = Ключ доступа
authenticator-passkey-hint = Отпечаток пальца, лицо или блокировка экрана. Ничего не нужно запоминать, и он защищён от фишинга.
authenticator-password = Пароль
authenticator-password-hint = Мы отправим вам код по электронной почте, затем вы придумаете пароль.
passkey-signup-grant = Первый ключ доступа может добавить только браузер, в котором создан этот аккаунт, и только в течение 15 минут. Выберите пароль или зарегистрируйтесь снова.
second-factor-before-first = Сначала войдите с паролем или ключом доступа.
passkeys-unavailable-here = Ключи доступа недоступны по этому адресу. Войдите с паролем или откройте страницу входа по её основному адресу.
passkey-other-host = Этот ключ доступа создан для другого адреса этого сервиса. Используйте его там или добавьте ключ доступа здесь.
passkey-name-label = Название ключа доступа
passkey-create = Создать ключ доступа
passkey-creating = Ожидание устройства…
passkey-added = Ключ доступа добавлен. Теперь вы можете входить с его помощью.
not-now = Не сейчас
back-to-profile = Вернуться в профиль
u2f-title = Подтвердите с помощью ключа безопасности
u2f-intro = Вставьте ключ безопасности, зарегистрированный для этого аккаунта, или коснитесь его.
u2f-use = Использовать ключ безопасности
u2f-waiting = Ожидание ключа безопасности…
u2f-set-title = Добавление ключа безопасности
u2f-set-intro = Ключ безопасности подтверждает, что это вы, после ввода пароля, поэтому одного украденного пароля недостаточно.
u2f-name-label = Название ключа безопасности
u2f-create = Зарегистрировать ключ безопасности
u2f-added = Ключ безопасности добавлен. Он будет запрашиваться после ввода пароля.
passkeys = Ключи доступа
passkeys-empty = Ключей доступа пока нет.
passkey-add = Добавить ключ доступа
security-keys = Ключи безопасности
security-keys-empty = Ключей безопасности пока нет.
security-key-add = Добавить ключ безопасности
rename = Переименовать
remove = Удалить
added-on = Добавлен
last-used = Последнее использование:
never-used = Не использовался
name-required = Введите название.

## Confirm it's you (re-authentication dialog)
reauth-title = Подтвердите, что это вы
reauth-intro = Для этого изменения нужен недавний вход. Введите пароль, чтобы продолжить.
reauth-intro-passkey = Для этого изменения нужен недавний вход. Используйте ключ доступа, чтобы продолжить.
reauth-confirm = Подтвердить
reauth-checking = Проверка…
reauth-with-passkey = Использовать ключ доступа
reauth-required = Подтвердите, что это вы, чтобы внести это изменение.
phone-otp-sms-warning = На этот номер приходят коды для входа по SMS. Если изменить или удалить номер, они отключатся; настройте их снова, когда новый номер будет подтверждён.

## / The text of `msg`.

## Messages with variables (functions in src/i18n.rs)
page-title = { $page } · { $app }
rule-length = { $min_length ->
    [one] Минимум { $min_length } символ
    [few] Минимум { $min_length } символа
    [many] Минимум { $min_length } символов
   *[other] Минимум { $min_length } символа
}
browser-on-os = { $browser } в { $os }
login-on-device = { $login_name } · { $device }
verify-intro = Мы отправили код подтверждения на { $email }. Введите его ниже.
resend-in = Отправить новый код ({ $seconds } с)
email-pending = Ожидает подтверждения: мы отправили код на { $email }. До тех пор используется ваш текущий адрес.
sms-sent = Мы отправили код в SMS на номер { $phone }.
idp-continue-with = Продолжить через { $provider }
idp-register-intro = Проверьте данные из аккаунта { $provider }, а затем создайте аккаунт.
idp-link-intro = Войдите с паролем, чтобы связать с ним ваш аккаунт { $provider }.
idp-no-account = Здесь нет аккаунта, связанного с вашим аккаунтом { $provider }, и его нельзя здесь создать или связать. Войдите другим способом.
idp-linked = Ваш аккаунт { $provider } теперь связан. Теперь вы можете входить с его помощью.

## Org-scoped login: a name shared by users of several organisations
login-name-ambiguous = Это имя используют несколько учётных записей. Введите полное имя для входа: имя@домен-организации.

## Account centre: profile picture, code resend limit
avatar-title = Фото профиля
avatar-choose = Сменить фото
avatar-hint = PNG, JPEG, GIF или WebP, до 5 МБ. Фото обрезается до квадрата.
avatar-save = Сохранить фото
avatar-remove = Удалить фото
avatar-too-big = Это изображение слишком большое: выберите файл не больше 5 МБ.
avatar-not-image = Этот файл не является подходящим изображением: выберите PNG, JPEG, GIF или WebP.
avatar-saved = Новое фото сохранено.
avatar-removed = Фото удалено.
too-many-codes = Вы запросили слишком много кодов. Подождите несколько минут, прежде чем запросить новый.

## Security log: session ended (sign-out), with the device and address that ended it
ev-signed-out = Выход из аккаунта

## Account centre: deleting one's own account forbidden by the org's account policy
delete-forbidden-policy = Политика вашей организации не позволяет удалить свой аккаунт самостоятельно. Попросите администратора удалить его.
