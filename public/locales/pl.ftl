# Gatehouse UI messages: Polish (Polski).
# Every other locales/<lang>.ftl has exactly these ids with the same { $variables }.
# Ids are the kebab-case names of the SPA's i18n::Msg variants (LoginNameTitle -> login-name-title).


## Shared
app-name = Gatehouse
skip-to-content = Przejdź do treści głównej

## Branding and legal footer
brand-logo-alt = Logo organizacji
legal-nav-label = Informacje prawne i pomoc
legal-tos = Warunki korzystania z usługi
legal-privacy = Polityka prywatności
legal-help = Pomoc
legal-docs = Dokumentacja
legal-support = Skontaktuj się z pomocą techniczną
powered-by = Zabezpieczone przez Gatehouse
language-switcher-label = Język
loading = Wczytywanie…
load-failed = Nie udało się wczytać tej strony.
retry = Spróbuj ponownie
network-error = Nie możemy połączyć się z serwerem. Sprawdź połączenie i spróbuj ponownie.
unexpected = Coś poszło nie tak. Spróbuj ponownie.
server-error = Coś poszło nie tak po naszej stronie. Spróbuj ponownie za chwilę.
not-allowed = Nie masz uprawnień do wykonania tej czynności.
session-expired = Twoje logowanie wygasło.
too-many-attempts = Zbyt wiele prób. Odczekaj minutę i spróbuj ponownie.
invalid-input = Niektóre dane są nieprawidłowe. Sprawdź je i spróbuj ponownie.

## /loginname
login-name-title = Zaloguj się
login-name-intro = Aby kontynuować, wpisz nazwę użytkownika lub adres e-mail.
login-name-label = Nazwa użytkownika lub e-mail
login-name-required = Wpisz nazwę użytkownika lub adres e-mail.
user-not-found = Nie znaleźliśmy konta o tej nazwie użytkownika lub adresie e-mail.
continue = Dalej
checking = Sprawdzanie…
no-account-yet = Nie masz jeszcze konta?
create-account-link = Utwórz konto
signed-out = Wylogowano.
email-verified-sign-in = Adres e-mail został zweryfikowany. Zaloguj się, aby kontynuować.

## External identity providers (buttons on /loginname, /idp/{provider}/success and /failure, linked accounts)
idp-or = lub
idp-redirecting = Przekierowywanie…
idp-signing-in = Logowanie…
idp-link-incomplete = Ten link logowania jest niekompletny. Zacznij od nowa na stronie logowania.
idp-intent-invalid = Ta próba logowania wygasła lub została już użyta. Zacznij od nowa na stronie logowania.
idp-register-title = Utwórz konto
idp-link-title = Masz już konto?
idp-link-submit = Zaloguj się i połącz
idp-no-account-title = Nie znaleziono konta
idp-linked-title = Połączono konto
idp-linked-elsewhere = To konto u dostawcy jest już połączone z innym użytkownikiem.
idp-failure-title = Logowanie nie powiodło się
idp-denied = Logowanie zostało anulowane lub odrzucone u dostawcy. Nic nie zostało zmienione.
idp-failed = Dostawca nie mógł Cię zalogować. Spróbuj ponownie lub zaloguj się w inny sposób.
idp-link-failed = Nie udało się połączyć konta: dostawca Cię nie zalogował. Nic nie zostało zmienione.
back-to-sign-in = Wróć do logowania
linked-accounts-title = Połączone konta
linked-accounts-empty = Nie połączono jeszcze żadnych kont innych dostawców.
link-another-account = Połącz inne konto
idp-last-login-method = To Twój jedyny sposób logowania. Zanim go usuniesz, dodaj hasło lub klucz dostępu.
username-invalid = Wpisz nazwę użytkownika.

## /password
password-title = Wpisz hasło
not-you = To nie Ty?
password-label = Hasło
password-required = Wpisz hasło.
sign-in = Zaloguj się
signing-in = Logowanie…
wrong-password = Nieprawidłowe hasło. Spróbuj ponownie.
user-locked = To konto zostało zablokowane po zbyt wielu nieudanych próbach. Skontaktuj się z administratorem.
email-unverified = Przed zalogowaniem zweryfikuj adres e-mail.
verify-email-link = Zweryfikuj adres e-mail
password-change-required = Zanim przejdziesz dalej, musisz zmienić hasło.
login-name-or-password-wrong = Nazwa użytkownika lub hasło są nieprawidłowe.

## /password/change
password-change-title = Zmień hasło
password-change-intro = Aby kontynuować, musisz zmienić hasło.
current-password-label = Obecne hasło
current-password-required = Wpisz obecne hasło.
new-password-label = Nowe hasło
new-password-confirm-label = Potwierdź nowe hasło
change-password = Zmień hasło
saving = Zapisywanie…
password-policy-not-met = To hasło nie spełnia poniższych wymagań.
same-password = Wybierz hasło inne niż obecne.

## /register
register-title = Utwórz konto
register-intro = To zajmie tylko chwilę.
given-name-label = Imię
given-name-required = Wpisz imię.
family-name-label = Nazwisko
family-name-required = Wpisz nazwisko.
email-label = E-mail
email-required = Wpisz adres e-mail.
email-invalid = Wpisz prawidłowy adres e-mail, np. nazwa@example.com.
email-taken = Konto z tym adresem e-mail już istnieje.
password-confirm-label = Potwierdź hasło
create-account = Utwórz konto
creating-account = Tworzenie konta…
have-account = Masz już konto?
sign-in-link = Zaloguj się

## Password checklist
checklist-title = Hasło musi zawierać
rule-uppercase = Wielką literę
rule-lowercase = Małą literę
rule-number = Cyfrę
rule-symbol = Symbol, np. ! lub #
rule-match = Oba hasła są takie same
rule-met = , spełnione
rule-not-met = , jeszcze niespełnione
policy-loading = Wczytywanie zasad dotyczących hasła…
policy-load-failed = Nie udało się wczytać zasad dotyczących hasła.

## /verify
verify-title = Zweryfikuj adres e-mail
verify-intro-generic = Wysłaliśmy kod weryfikacyjny na Twój adres e-mail. Wpisz go poniżej.
code-label = Kod weryfikacyjny
code-required = Wpisz kod z wiadomości e-mail.
code-invalid = Ten kod jest nieprawidłowy.
code-expired = Ten kod wygasł. Możemy wysłać Ci nowy.
verify = Zweryfikuj
verifying = Weryfikowanie…
resend = Wyślij nowy kod
sending = Wysyłanie…
code-sent = Wysłano nowy kod. Sprawdź skrzynkę odbiorczą.
verify-link-incomplete = Ten link weryfikacyjny jest niekompletny. Zaloguj się ponownie, aby otrzymać nowy kod.
verify-user-unknown = Ten link weryfikacyjny nie należy do żadnego konta. Zaloguj się ponownie, aby otrzymać nowy kod.

## /signedin
signed-in-title = Zalogowano
signed-in-as = Zalogowano jako
profile-link = Przejdź do profilu

## /profile
profile-title = Twój profil
username-label = Nazwa użytkownika
verified = Zweryfikowany
not-verified = Niezweryfikowany
sessions-title = Aktywne sesje
this-browser = Ta przeglądarka
unknown-device = Nieznane urządzenie
session-created = Zalogowano
session-last-active = Ostatnia aktywność
no-sessions = Brak aktywnych sesji.
log-out = Wyloguj się
log-out-everywhere = Wyloguj się wszędzie
logging-out = Wylogowywanie…

## /logout
logout-title = Wyloguj się
logout-intro = Te konta są zalogowane w tej przeglądarce.
end-session = Wyloguj
logout-all = Wyloguj ze wszystkich kont
no-browser-sessions = Nikt nie jest zalogowany w tej przeglądarce.

## /dev/outbox
outbox-title = Skrzynka nadawcza (dev)
outbox-intro = Wiadomości wysłane przez serwer, od najnowszych. Dostępne tylko w środowisku deweloperskim.
outbox-empty = Brak wiadomości.
outbox-disabled = Skrzynka nadawcza (dev) nie jest włączona (poczta jest wysyłana przez SMTP).
refresh = Odśwież
mail-to = Do
mail-date = Data

## Second factors (authenticator app, codes by email/SMS, recovery codes, /mfa, /mfa/set)
totp-title = Wpisz kod z aplikacji uwierzytelniającej
totp-intro = Otwórz aplikację uwierzytelniającą i wpisz 6-cyfrowy kod wyświetlany dla tego konta.
otp-sms-title = Wpisz kod z SMS-a
otp-sms-intro = Wysłaliśmy 6-cyfrowy kod na Twój telefon. Jest ważny przez pięć minut.
otp-email-title = Wpisz kod z e-maila
otp-email-intro = Wysłaliśmy 6-cyfrowy kod na Twój adres e-mail. Jest ważny przez pięć minut.
other-method = Użyj innej metody
use-recovery-code = Użyj kodu odzyskiwania
totp-set-title = Skonfiguruj aplikację uwierzytelniającą
totp-set-intro = Zeskanuj ten kod QR aplikacją uwierzytelniającą lub wpisz w niej poniższy klucz. Następnie wpisz 6-cyfrowy kod wyświetlony przez aplikację.
totp-secret-label = Klucz do wpisania ręcznie
otp-sms-set-title = Kody SMS
otp-sms-set-intro = Podczas logowania wyślemy jednorazowy kod SMS-em na Twój zweryfikowany numer telefonu.
otp-email-set-title = Kody e-mailem
otp-email-set-intro = Podczas logowania wyślemy jednorazowy kod na Twój zweryfikowany adres e-mail.
turn-on = Włącz
mfa-title = Potwierdź, że to Ty
mfa-intro = Wybierz sposób potwierdzenia logowania.
mfa-set-title = Dodaj drugi składnik
mfa-set-intro = Chroń konto dodatkowym krokiem podczas logowania. Wybierz metodę do skonfigurowania lub pomiń na razie.
mfa-set-forced-intro = Twoja organizacja wymaga dodatkowego kroku podczas logowania. Wybierz metodę do skonfigurowania.
skip = Pomiń na razie
authenticator-app = Aplikacja uwierzytelniająca
sms-codes = Kody SMS
email-codes = Kody e-mailem
security-key = Klucz bezpieczeństwa
recovery-codes-name = Kody odzyskiwania
recovery-code-title = Zaloguj się kodem odzyskiwania
recovery-code-intro = Wpisz jeden z zapisanych kodów odzyskiwania. Każdy kod działa tylko raz.
recovery-code-label = Kod odzyskiwania
second-factors-title = Drugie składniki
factor-on = Włączone
factor-off = Wyłączone
factor-remove = Usuń
factor-removing = Usuwanie…
set-up = Skonfiguruj
generate = Wygeneruj kody odzyskiwania
regenerate = Wygeneruj nowe kody
recovery-needs-factor = Najpierw skonfiguruj drugi składnik. Kody odzyskiwania zastąpią go, jeśli go utracisz.
recovery-codes-shown-once = Zapisz te kody teraz w bezpiecznym miejscu: są wyświetlane tylko raz. Każdy działa jednokrotnie. Wygenerowanie nowych kodów unieważni te.
copy = Kopiuj
copied = Skopiowano
download = Pobierz (.txt)
totp-invalid = Ten kod jest nieprawidłowy lub wygasł. Wpisz kod, który aplikacja wyświetla teraz.
totp-reused = Ten kod został już użyty. Poczekaj na następny kod w aplikacji.
totp-already-set-up = Aplikacja uwierzytelniająca jest już skonfigurowana dla Twojego konta. Usuń ją w profilu, aby skonfigurować nową.
recovery-invalid = Ten kod odzyskiwania jest nieprawidłowy. Sprawdź go i spróbuj ponownie.
recovery-used = Ten kod odzyskiwania został już użyty. Użyj innego.
last-factor-refused = Twoja organizacja wymaga drugiego składnika. Skonfiguruj inny, zanim usuniesz ten.
mfa-forced = Twoja organizacja wymaga drugiego składnika, więc nie można pominąć tego kroku.
otp-not-set-up = Ta metoda logowania nie jest skonfigurowana dla Twojego konta. Wybierz inną.
otp-needs-verified-email = Najpierw zweryfikuj adres e-mail w swoim profilu.
otp-needs-verified-phone = Najpierw dodaj i zweryfikuj numer telefonu w swoim profilu.
otp-no-challenge = Nie wysłano jeszcze żadnego kodu. Poproś o nowy kod.
second-factor-locked = Zbyt wiele nieprawidłowych kodów: konto zostało zablokowane. Skontaktuj się z administratorem.

## Fallback route
not-found-title = Nie znaleziono strony
not-found-body = Pod tym adresem nic nie ma. Sprawdź link lub zacznij od nowa.
go-to-sign-in = Przejdź do logowania

## App sign-in (/login, /accounts, /signedin with an app's request, /device, /logout/done)
app-login-title = Zaloguj się
app-login-loading = Przygotowywanie logowania…
auth-request-gone = To żądanie logowania wygasło lub zostało już użyte. Wróć do aplikacji i zacznij od nowa.
accounts-title = Wybierz konto
accounts-intro = Kontynuuj przy użyciu konta zalogowanego na tym urządzeniu:
use-another-account = Użyj innego konta
returning-to-app = Powrót do aplikacji…
return-to-app = Wróć do aplikacji
callback-failed-title = Nie można przejść do aplikacji
callback-reauthenticate = Aplikacja prosi o ponowne zalogowanie.
callback-second-factor = Twoja organizacja wymaga drugiego składnika dla tej aplikacji.
callback-wrong-organization = Ta aplikacja nie akceptuje kont Twojej organizacji. Użyj innego konta.
callback-already-answered = Na to żądanie logowania już odpowiedziano. Wróć do aplikacji i zacznij od nowa.
sign-in-again = Zaloguj się ponownie
device-title = Połącz urządzenie
device-intro = Wpisz kod wyświetlony na urządzeniu.
device-code-label = Kod
device-code-required = Wpisz kod z urządzenia.
device-code-unknown = Ten kod jest nieprawidłowy lub wygasł. Sprawdź aktualny kod na urządzeniu.
device-consent-title = Zezwolić na dostęp?
device-consent-intro = chce uzyskać dostęp do Twojego konta
device-scopes = Prosi o
allow = Zezwól
deny = Odmów
device-approved = Gotowe. Możesz wrócić do swojego urządzenia.
device-denied = Odmówiono dostępu. Urządzenie nie zostało połączone.
logout-done-title = Wylogowano
logout-done-body = Wylogowano. Możesz zamknąć to okno.

## Account centre (/password/set, /profile sections)
forgot-password = Nie pamiętasz hasła?
password-set-title = Wybierz nowe hasło
password-set-intro = Wpisz kod z wiadomości e-mail i wybierz nowe hasło.
password-reset-sent = Wysłaliśmy Ci e-mail z linkiem do zresetowania hasła. Otwórz go lub wpisz poniżej zawarty w nim kod.
set-new-password = Ustaw nowe hasło
password-set-done = Hasło zostało zmienione. Zaloguj się nowym hasłem.
password-link-incomplete = Ten link jest niekompletny. Zacznij od nowa na stronie logowania.
section-profile = Profil
section-email = E-mail
section-phone = Telefon
section-password = Hasło
section-security = Bezpieczeństwo
section-danger-zone = Strefa zagrożenia
nick-name-label = Pseudonim
display-name-label = Wyświetlana nazwa
language-label = Preferowany język
gender-label = Płeć
gender-unspecified = Nie określono
gender-female = Kobieta
gender-male = Mężczyzna
gender-diverse = Inna
save = Zapisz
saved = Zmiany zostały zapisane.
cancel = Anuluj
username-required = Wpisz nazwę użytkownika.
username-taken = Ta nazwa użytkownika lub adres e-mail są już zajęte.
change-email = Zmień adres e-mail
new-email-label = Nowy adres e-mail
send-code = Wyślij kod
email-same = To już jest Twój adres e-mail.
phone-label = Numer telefonu
phone-none = Brak numeru telefonu.
add-phone = Dodaj numer telefonu
change-phone = Zmień numer telefonu
remove-phone = Usuń numer telefonu
phone-invalid = Wpisz numer w formacie międzynarodowym, np. +41 79 123 45 67.
phone-code-label = Kod z SMS-a
no-sms-provider = Obecnie nie można wysyłać SMS-ów. Spróbuj ponownie później.
password-changed = Hasło zostało zmienione.
end-other-sessions = Wyloguj wszystkie inne sesje
session-ip = Adres IP
sign-in-methods-title = Metody logowania
security-log-title = Ostatnie zdarzenia związane z bezpieczeństwem
security-log-empty = Brak zdarzeń związanych z bezpieczeństwem.
ev-signed-in = Zalogowano
ev-password-failed = Nieudane logowanie: nieprawidłowe hasło
ev-password-changed = Zmieniono hasło
ev-email-changed = Zmieniono adres e-mail
ev-email-change-requested = Zażądano zmiany adresu e-mail
ev-email-verified = Zweryfikowano adres e-mail
ev-phone-changed = Ustawiono numer telefonu
ev-phone-verified = Zweryfikowano numer telefonu
ev-phone-removed = Usunięto numer telefonu
ev-user-locked = Konto zablokowane po nieudanych próbach
ev-profile-changed = Zmieniono profil
ev-username-changed = Zmieniono nazwę użytkownika
ev-account-created = Utworzono konto
ev-factor-added = Dodano metodę logowania
ev-factor-removed = Usunięto metodę logowania
download-data = Pobierz moje dane
download-data-intro = Plik JSON z Twoim profilem, metodami logowania, sesjami i zdarzeniami związanymi z bezpieczeństwem.
delete-account = Usuń moje konto
delete-account-intro = Spowoduje to trwałe usunięcie konta i jego danych. Wpisz hasło, aby potwierdzić.
delete-account-confirm = Trwale usuń moje konto
deleting = Usuwanie…
delete-forbidden = Kont z rolami administratora nie można tutaj usunąć.
outbox-sms-title = Wiadomości SMS

## Passkeys and security keys (WebAuthn)
web-authn-unsupported = Ta przeglądarka nie obsługuje kluczy dostępu ani kluczy bezpieczeństwa. Użyj aktualnej przeglądarki lub zaloguj się hasłem.
web-authn-cancelled = Żądanie zostało anulowane lub upłynął limit czasu. Spróbuj ponownie w dogodnej chwili.
web-authn-already-registered = To urządzenie jest już zarejestrowane dla Twojego konta.
web-authn-failed = Urządzenie nie mogło dokończyć żądania. Spróbuj ponownie.
web-authn-unknown-credential = Ten klucz dostępu nie jest zarejestrowany dla tego konta. Wybierz inny lub zaloguj się hasłem.
web-authn-expired = Upłynął limit czasu żądania. Spróbuj ponownie.
passkeys-not-allowed = Klucze dostępu są wyłączone w tej organizacji.
web-authn-last-factor = Nie możesz usunąć ostatniej metody logowania. Najpierw dodaj inną.
sign-in-with-passkey = Zaloguj się kluczem dostępu
passkey-title = Zaloguj się kluczem dostępu
passkey-intro = Użyj klucza dostępu na tym urządzeniu lub na telefonie: odcisk palca, twarz lub blokada ekranu potwierdzą, że to Ty.
passkey-use = Użyj klucza dostępu
passkey-waiting = Oczekiwanie na klucz dostępu…
use-password-instead = Użyj hasła
passkey-set-title = Dodaj klucz dostępu
passkey-set-intro = Loguj się odciskiem palca, twarzą lub blokadą ekranu zamiast hasłem. Klucz dostępu pozostaje na Twoim urządzeniu.
passkey-signup-intro = Konto zostało utworzone. Teraz utwórz klucz dostępu, którym będziesz się logować: odcisk palca, twarz lub blokada ekranu, bez hasła.
choose-another-way = Wybierz inny sposób logowania
register-with-passkey-instead = Użyj klucza dostępu zamiast hasła
register-with-password-instead = Użyj hasła
register-passkey-hint = Hasło nie jest potrzebne: po tym kroku urządzenie utworzy klucz dostępu dla tego konta.
authenticator-set-title = Zabezpiecz konto
authenticator-set-intro = Wybierz sposób logowania.
authenticator-passkey = Klucz dostępu
authenticator-passkey-hint = Odcisk palca, twarz lub blokada ekranu. Nic do zapamiętania i odporność na phishing.
authenticator-password = Hasło
authenticator-password-hint = Wyślemy Ci kod e-mailem, a potem wybierzesz hasło.
passkey-signup-grant = Tylko przeglądarka, w której utworzono to konto, może dodać jego pierwszy klucz dostępu, w ciągu 15 minut. Wybierz hasło lub zarejestruj się ponownie.
second-factor-before-first = Najpierw zaloguj się hasłem lub kluczem dostępu.
passkeys-unavailable-here = Klucze dostępu nie są dostępne pod tym adresem. Zaloguj się hasłem lub otwórz stronę logowania pod jej głównym adresem.
passkey-other-host = Ten klucz dostępu utworzono dla innego adresu tej usługi. Użyj go tam albo dodaj klucz dostępu tutaj.
passkey-name-label = Nazwa tego klucza dostępu
passkey-create = Utwórz klucz dostępu
passkey-creating = Oczekiwanie na urządzenie…
passkey-added = Dodano klucz dostępu. Od teraz możesz logować się za jego pomocą.
not-now = Nie teraz
back-to-profile = Wróć do profilu
u2f-title = Potwierdź kluczem bezpieczeństwa
u2f-intro = Włóż lub dotknij klucza bezpieczeństwa zarejestrowanego dla tego konta.
u2f-use = Użyj klucza bezpieczeństwa
u2f-waiting = Oczekiwanie na klucz bezpieczeństwa…
u2f-set-title = Dodaj klucz bezpieczeństwa
u2f-set-intro = Klucz bezpieczeństwa potwierdza Twoją tożsamość po wpisaniu hasła, więc samo skradzione hasło nie wystarczy.
u2f-name-label = Nazwa tego klucza bezpieczeństwa
u2f-create = Zarejestruj klucz bezpieczeństwa
u2f-added = Dodano klucz bezpieczeństwa. Będziemy o niego prosić po wpisaniu hasła.
passkeys = Klucze dostępu
passkeys-empty = Brak kluczy dostępu.
passkey-add = Dodaj klucz dostępu
security-keys = Klucze bezpieczeństwa
security-keys-empty = Brak kluczy bezpieczeństwa.
security-key-add = Dodaj klucz bezpieczeństwa
rename = Zmień nazwę
remove = Usuń
added-on = Dodano
last-used = Ostatnio użyto
never-used = Nigdy nieużywany
name-required = Wpisz nazwę.

## Confirm it's you (re-authentication dialog)
reauth-title = Potwierdź, że to Ty
reauth-intro = Ta zmiana wymaga niedawnego logowania. Wpisz hasło, aby kontynuować.
reauth-intro-passkey = Ta zmiana wymaga niedawnego logowania. Użyj klucza dostępu, aby kontynuować.
reauth-confirm = Potwierdź
reauth-checking = Sprawdzanie…
reauth-with-passkey = Użyj klucza dostępu
reauth-required = Potwierdź, że to Ty, aby wprowadzić tę zmianę.
phone-otp-sms-warning = Na ten numer otrzymujesz kody logowania SMS-em. Zmiana lub usunięcie numeru je wyłączy; skonfiguruj je ponownie po zweryfikowaniu nowego numeru.

## / The text of `msg`.

## Messages with variables (functions in src/i18n.rs)
page-title = { $page } · { $app }
rule-length = { $min_length ->
    [one] Co najmniej { $min_length } znak
    [few] Co najmniej { $min_length } znaki
    [many] Co najmniej { $min_length } znaków
   *[other] Co najmniej { $min_length } znaku
}
browser-on-os = { $browser } w systemie { $os }
login-on-device = { $login_name } · { $device }
verify-intro = Wysłaliśmy kod weryfikacyjny na adres { $email }. Wpisz go poniżej.
resend-in = Wyślij nowy kod ({ $seconds } s)
email-pending = Oczekuje na weryfikację: wysłaliśmy kod na adres { $email }. Do tego czasu używany jest Twój obecny adres.
sms-sent = Wysłaliśmy kod SMS-em na numer { $phone }.
idp-continue-with = Kontynuuj przez { $provider }
idp-register-intro = Sprawdź dane z konta { $provider }, a następnie utwórz konto.
idp-link-intro = Zaloguj się hasłem, aby połączyć z kontem swoje konto { $provider }.
idp-no-account = Żadne konto w tym serwisie nie jest połączone z Twoim kontem { $provider } i nie można tu go utworzyć ani połączyć. Zaloguj się w inny sposób.
idp-linked = Konto { $provider } zostało połączone. Od teraz możesz logować się za jego pomocą.

## Org-scoped login: a name shared by users of several organisations
login-name-ambiguous = Tej nazwy używa więcej niż jedno konto. Wpisz pełną nazwę logowania: użytkownik@domena-organizacji.

## Account centre: profile picture, code resend limit
avatar-title = Zdjęcie profilowe
avatar-choose = Zmień zdjęcie
avatar-hint = PNG, JPEG, GIF lub WebP, do 5 MB. Zostanie przycięte do kwadratu.
avatar-save = Zapisz zdjęcie
avatar-remove = Usuń zdjęcie
avatar-too-big = To zdjęcie jest za duże: wybierz plik o rozmiarze najwyżej 5 MB.
avatar-not-image = Ten plik nie jest obrazem, którego można użyć: wybierz obraz PNG, JPEG, GIF lub WebP.
avatar-saved = Nowe zdjęcie zostało zapisane.
avatar-removed = Zdjęcie zostało usunięte.
too-many-codes = Poproszono o zbyt wiele kodów. Odczekaj kilka minut, zanim poprosisz o kolejny.

## Security log: session ended (sign-out), with the device and address that ended it
ev-signed-out = Wylogowano

## Account centre: deleting one's own account forbidden by the org's account policy
delete-forbidden-policy = Zasady Twojej organizacji nie pozwalają na samodzielne usunięcie konta. Poproś administratora o jego usunięcie.
