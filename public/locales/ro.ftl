# Gatehouse UI messages: Romanian (Română).
# Every other locales/<lang>.ftl has exactly these ids with the same { $variables }.
# Ids are the kebab-case names of the SPA's i18n::Msg variants (LoginNameTitle -> login-name-title).


## Shared
app-name = Gatehouse
skip-to-content = Salt la conținutul principal

## Branding and legal footer
brand-logo-alt = Sigla organizației
legal-nav-label = Informații juridice și asistență
legal-tos = Termeni și condiții
legal-privacy = Politica de confidențialitate
legal-help = Ajutor
legal-docs = Documentație
legal-support = Contactați asistența
powered-by = Securizat de Gatehouse
language-switcher-label = Limbă
loading = Se încarcă…
load-failed = Pagina nu a putut fi încărcată.
retry = Reîncercați
network-error = Nu putem accesa serverul. Verificați conexiunea și încercați din nou.
unexpected = A apărut o eroare. Încercați din nou.
server-error = A apărut o eroare la noi. Încercați din nou peste câteva momente.
not-allowed = Nu aveți permisiunea să faceți acest lucru.
session-expired = Conectarea dvs. a expirat.
too-many-attempts = Prea multe încercări. Așteptați un minut și încercați din nou.
invalid-input = Unele informații nu sunt valide. Verificați-le și încercați din nou.

## /loginname
login-name-title = Conectați-vă
login-name-intro = Introduceți numele de utilizator sau adresa de e-mail pentru a continua.
login-name-label = Nume de utilizator sau e-mail
login-name-required = Introduceți numele de utilizator sau adresa de e-mail.
user-not-found = Nu am găsit niciun cont cu acest nume de utilizator sau e-mail.
continue = Continuați
checking = Se verifică…
no-account-yet = Nu aveți încă un cont?
create-account-link = Creați un cont
signed-out = V-ați deconectat.
email-verified-sign-in = Adresa de e-mail a fost confirmată. Conectați-vă pentru a continua.

## External identity providers (buttons on /loginname, /idp/{provider}/success and /failure, linked accounts)
idp-or = sau
idp-redirecting = Se redirecționează…
idp-signing-in = Vă conectăm…
idp-link-incomplete = Acest link de conectare este incomplet. Reluați de pe pagina de conectare.
idp-intent-invalid = Această încercare de conectare a expirat sau a fost deja folosită. Reluați de pe pagina de conectare.
idp-register-title = Creați-vă contul
idp-link-title = Aveți deja un cont?
idp-link-submit = Conectați-vă și asociați
idp-no-account-title = Nu s-a găsit niciun cont
idp-linked-title = Cont asociat
idp-linked-elsewhere = Acest cont de la furnizor este deja asociat cu alt utilizator.
idp-failure-title = Conectarea nu a reușit
idp-denied = Conectarea a fost anulată sau refuzată la furnizor. Nu s-a modificat nimic.
idp-failed = Furnizorul nu v-a putut conecta. Încercați din nou sau conectați-vă în alt mod.
idp-link-failed = Contul nu a putut fi asociat: furnizorul nu v-a conectat. Nu s-a modificat nimic.
back-to-sign-in = Înapoi la conectare
linked-accounts-title = Conturi asociate
linked-accounts-empty = Încă nu este asociat niciun cont de la alți furnizori.
link-another-account = Asociați alt cont
idp-last-login-method = Aceasta este singura dvs. metodă de conectare. Adăugați o parolă sau o cheie de acces înainte de a o elimina.
username-invalid = Introduceți un nume de utilizator.

## /password
password-title = Introduceți parola
not-you = Nu sunteți dvs.?
password-label = Parolă
password-required = Introduceți parola.
sign-in = Conectați-vă
signing-in = Se conectează…
wrong-password = Parolă greșită. Încercați din nou.
user-locked = Acest cont a fost blocat după prea multe încercări nereușite. Contactați administratorul.
email-unverified = Confirmați adresa de e-mail înainte de a vă conecta.
verify-email-link = Confirmați adresa de e-mail
password-change-required = Trebuie să vă schimbați parola înainte de a continua.
login-name-or-password-wrong = Numele de utilizator sau parola nu sunt corecte.

## /password/change
password-change-title = Schimbați parola
password-change-intro = Trebuie să vă schimbați parola înainte de a putea continua.
current-password-label = Parola actuală
current-password-required = Introduceți parola actuală.
new-password-label = Parola nouă
new-password-confirm-label = Confirmați parola nouă
change-password = Schimbați parola
saving = Se salvează…
password-policy-not-met = Această parolă nu îndeplinește cerințele de mai jos.
same-password = Alegeți o parolă diferită de cea actuală.

## /register
register-title = Creați-vă contul
register-intro = Durează doar un minut.
given-name-label = Prenume
given-name-required = Introduceți prenumele.
family-name-label = Nume
family-name-required = Introduceți numele.
email-label = E-mail
email-required = Introduceți adresa de e-mail.
email-invalid = Introduceți o adresă de e-mail validă, de exemplu nume@example.com.
email-taken = Există deja un cont cu această adresă de e-mail.
password-confirm-label = Confirmați parola
create-account = Creați contul
creating-account = Se creează contul…
have-account = Aveți deja un cont?
sign-in-link = Conectați-vă

## Password checklist
checklist-title = Parola trebuie să conțină
rule-uppercase = O literă mare
rule-lowercase = O literă mică
rule-number = O cifră
rule-symbol = Un simbol, de exemplu ! sau #
rule-match = Cele două parole coincid
rule-met = , îndeplinit
rule-not-met = , încă neîndeplinit
policy-loading = Se încarcă regulile pentru parole…
policy-load-failed = Regulile pentru parole nu au putut fi încărcate.

## /verify
verify-title = Confirmați adresa de e-mail
verify-intro-generic = V-am trimis un cod de confirmare la adresa de e-mail. Introduceți-l mai jos.
code-label = Cod de confirmare
code-required = Introduceți codul din e-mail.
code-invalid = Codul nu este corect.
code-expired = Codul a expirat. Vă putem trimite unul nou.
verify = Confirmați
verifying = Se confirmă…
resend = Trimiteți un cod nou
sending = Se trimite…
code-sent = Am trimis un cod nou. Verificați căsuța de e-mail.
verify-link-incomplete = Acest link de confirmare este incomplet. Conectați-vă din nou pentru a primi un cod nou.
verify-user-unknown = Acest link de confirmare nu aparține niciunui cont. Conectați-vă din nou pentru a primi un cod nou.

## /signedin
signed-in-title = V-ați conectat
signed-in-as = Conectat ca
profile-link = Accesați profilul

## /profile
profile-title = Profilul dvs.
username-label = Nume de utilizator
verified = Confirmat
not-verified = Neconfirmat
sessions-title = Sesiuni active
this-browser = Acest browser
unknown-device = Dispozitiv necunoscut
session-created = Conectare
session-last-active = Ultima activitate
no-sessions = Nicio sesiune activă.
log-out = Deconectați-vă
log-out-everywhere = Deconectați-vă de pe toate dispozitivele
logging-out = Se deconectează…

## /logout
logout-title = Deconectare
logout-intro = Aceste conturi sunt conectate în acest browser.
end-session = Deconectați
logout-all = Deconectați toate conturile
no-browser-sessions = Nimeni nu este conectat în acest browser.

## /dev/outbox
outbox-title = Mesaje trimise (dezvoltare)
outbox-intro = E-mailuri trimise de server, cele mai noi primele. Disponibil doar în dezvoltare.
outbox-empty = Încă nu există e-mailuri.
outbox-disabled = Dosarul de mesaje trimise pentru dezvoltare nu este activat (e-mailurile se trimit prin SMTP).
refresh = Reîmprospătați
mail-to = Către
mail-date = Dată

## Second factors (authenticator app, codes by email/SMS, recovery codes, /mfa, /mfa/set)
totp-title = Introduceți codul din aplicația de autentificare
totp-intro = Deschideți aplicația de autentificare și introduceți codul din 6 cifre afișat pentru acest cont.
otp-sms-title = Introduceți codul primit prin SMS
otp-sms-intro = V-am trimis un cod din 6 cifre pe telefon. Este valabil cinci minute.
otp-email-title = Introduceți codul primit prin e-mail
otp-email-intro = V-am trimis un cod din 6 cifre la adresa de e-mail. Este valabil cinci minute.
other-method = Folosiți altă metodă
use-recovery-code = Folosiți un cod de recuperare
totp-set-title = Configurați o aplicație de autentificare
totp-set-intro = Scanați acest cod QR cu aplicația de autentificare sau introduceți în ea cheia de mai jos. Apoi introduceți codul din 6 cifre afișat de aplicație.
totp-secret-label = Cheie pentru introducere manuală
otp-sms-set-title = Coduri prin SMS
otp-sms-set-intro = Când vă conectați, vă trimitem un cod unic prin SMS la numărul de telefon confirmat.
otp-email-set-title = Coduri prin e-mail
otp-email-set-intro = Când vă conectați, vă trimitem un cod unic la adresa de e-mail confirmată.
turn-on = Activați
mfa-title = Confirmați că sunteți dvs.
mfa-intro = Alegeți cum confirmați conectarea.
mfa-set-title = Adăugați un al doilea factor
mfa-set-intro = Protejați-vă contul cu un al doilea pas la conectare. Alegeți o metodă de configurat sau omiteți deocamdată.
mfa-set-forced-intro = Organizația dvs. solicită un al doilea pas la conectare. Alegeți o metodă de configurat.
skip = Omiteți deocamdată
authenticator-app = Aplicație de autentificare
sms-codes = Coduri prin SMS
email-codes = Coduri prin e-mail
security-key = Cheie de securitate
recovery-codes-name = Coduri de recuperare
recovery-code-title = Conectați-vă cu un cod de recuperare
recovery-code-intro = Introduceți unul dintre codurile de recuperare salvate. Fiecare cod funcționează o singură dată.
recovery-code-label = Cod de recuperare
second-factors-title = Factori secundari
factor-on = Activat
factor-off = Dezactivat
factor-remove = Eliminați
factor-removing = Se elimină…
set-up = Configurați
generate = Generați coduri de recuperare
regenerate = Generați coduri noi
recovery-needs-factor = Configurați mai întâi un al doilea factor; codurile de recuperare îl înlocuiesc dacă îl pierdeți.
recovery-codes-shown-once = Salvați acum aceste coduri într-un loc sigur: sunt afișate o singură dată. Fiecare funcționează o singură dată. Generarea unor coduri noi le invalidează pe acestea.
copy = Copiați
copied = Copiat
download = Descărcați (.txt)
totp-invalid = Acest cod este greșit sau a expirat. Introduceți codul pe care îl afișează acum aplicația.
totp-reused = Acest cod a fost deja folosit. Așteptați următorul cod din aplicație.
totp-already-set-up = O aplicație de autentificare este deja configurată pentru contul dvs. Eliminați-o din profil pentru a configura una nouă.
recovery-invalid = Acest cod de recuperare nu este valid. Verificați-l și încercați din nou.
recovery-used = Acest cod de recuperare a fost deja folosit. Folosiți altul.
last-factor-refused = Organizația dvs. solicită un al doilea factor. Configurați altul înainte de a-l elimina pe acesta.
mfa-forced = Organizația dvs. solicită un al doilea factor, așa că acest pas nu poate fi omis.
otp-not-set-up = Această metodă de conectare nu este configurată pentru contul dvs. Alegeți alta.
otp-needs-verified-email = Confirmați mai întâi adresa de e-mail în profil.
otp-needs-verified-phone = Adăugați și confirmați mai întâi un număr de telefon în profil.
otp-no-challenge = Încă nu a fost trimis niciun cod. Solicitați un cod nou.
second-factor-locked = Prea multe coduri greșite: contul dvs. a fost blocat. Contactați administratorul.

## Fallback route
not-found-title = Pagina nu a fost găsită
not-found-body = Nu există nimic la această adresă. Verificați linkul sau începeți din nou.
go-to-sign-in = Accesați conectarea

## App sign-in (/login, /accounts, /signedin with an app's request, /device, /logout/done)
app-login-title = Conectați-vă
app-login-loading = Se pregătește conectarea…
auth-request-gone = Această solicitare de conectare a expirat sau a fost deja folosită. Reveniți la aplicație și începeți din nou.
accounts-title = Alegeți un cont
accounts-intro = Continuați cu un cont conectat pe acest dispozitiv:
use-another-account = Folosiți alt cont
returning-to-app = Se revine la aplicație…
return-to-app = Reveniți la aplicație
callback-failed-title = Nu se poate continua către aplicație
callback-reauthenticate = Aplicația vă cere să vă conectați din nou.
callback-second-factor = Organizația dvs. solicită un al doilea factor pentru această aplicație.
callback-wrong-organization = Această aplicație nu acceptă conturi din organizația dvs. Folosiți alt cont.
callback-already-answered = Această solicitare de conectare a primit deja un răspuns. Reveniți la aplicație și începeți din nou.
sign-in-again = Conectați-vă din nou
device-title = Conectați un dispozitiv
device-intro = Introduceți codul afișat pe dispozitiv.
device-code-label = Cod
device-code-required = Introduceți codul de pe dispozitiv.
device-code-unknown = Acest cod nu este valid sau a expirat. Verificați codul actual pe dispozitiv.
device-consent-title = Permiteți accesul?
device-consent-intro = solicită acces la contul dvs.
device-scopes = Solicită
allow = Permiteți
deny = Refuzați
device-approved = Gata. Puteți reveni la dispozitiv.
device-denied = Acces refuzat. Dispozitivul nu a fost conectat.
logout-done-title = Deconectat
logout-done-body = V-ați deconectat. Puteți închide această fereastră.

## Account centre (/password/set, /profile sections)
forgot-password = Ați uitat parola?
password-set-title = Alegeți o parolă nouă
password-set-intro = Introduceți codul din e-mail și alegeți o parolă nouă.
password-reset-sent = V-am trimis un e-mail cu un link pentru resetarea parolei. Deschideți-l sau introduceți mai jos codul din e-mail.
set-new-password = Setați parola nouă
password-set-done = Parola a fost schimbată. Conectați-vă cu noua parolă.
password-link-incomplete = Acest link este incomplet. Reluați de pe pagina de conectare.
section-profile = Profil
section-email = E-mail
section-phone = Telefon
section-password = Parolă
section-security = Securitate
section-danger-zone = Zonă periculoasă
nick-name-label = Pseudonim
display-name-label = Nume afișat
language-label = Limba preferată
gender-label = Gen
gender-unspecified = Nespecificat
gender-female = Feminin
gender-male = Masculin
gender-diverse = Divers
save = Salvați
saved = Modificările au fost salvate.
cancel = Anulați
username-required = Introduceți un nume de utilizator.
username-taken = Acest nume de utilizator sau e-mail este deja folosit.
change-email = Schimbați adresa de e-mail
new-email-label = Adresă de e-mail nouă
send-code = Trimiteți codul
email-same = Aceasta este deja adresa dvs. de e-mail.
phone-label = Număr de telefon
phone-none = Încă nu există un număr de telefon.
add-phone = Adăugați un număr de telefon
change-phone = Schimbați numărul de telefon
remove-phone = Eliminați numărul de telefon
phone-invalid = Introduceți numărul în format internațional, de exemplu +41 79 123 45 67.
phone-code-label = Codul din SMS
no-sms-provider = Momentan nu se pot trimite SMS-uri. Încercați din nou mai târziu.
password-changed = Parola a fost schimbată.
end-other-sessions = Deconectați toate celelalte sesiuni
session-ip = Adresă IP
sign-in-methods-title = Metode de conectare
security-log-title = Evenimente de securitate recente
security-log-empty = Încă nu există evenimente de securitate.
ev-signed-in = Conectare
ev-password-failed = Conectare nereușită: parolă greșită
ev-password-changed = Parolă schimbată
ev-email-changed = Adresă de e-mail schimbată
ev-email-change-requested = Schimbare de e-mail solicitată
ev-email-verified = Adresă de e-mail confirmată
ev-phone-changed = Număr de telefon setat
ev-phone-verified = Număr de telefon confirmat
ev-phone-removed = Număr de telefon eliminat
ev-user-locked = Cont blocat după încercări nereușite
ev-profile-changed = Profil modificat
ev-username-changed = Nume de utilizator schimbat
ev-account-created = Cont creat
ev-factor-added = Metodă de conectare adăugată
ev-factor-removed = Metodă de conectare eliminată
download-data = Descărcați datele mele
download-data-intro = Un fișier JSON cu profilul, metodele de conectare, sesiunile și evenimentele de securitate.
delete-account = Ștergeți contul meu
delete-account-intro = Contul și datele sale vor fi șterse definitiv. Introduceți parola pentru a confirma.
delete-account-confirm = Ștergeți definitiv contul meu
deleting = Se șterge…
delete-forbidden = Conturile cu roluri de administrator nu pot fi șterse de aici.
outbox-sms-title = Mesaje SMS

## Passkeys and security keys (WebAuthn)
web-authn-unsupported = Acest browser nu poate folosi chei de acces sau chei de securitate. Folosiți un browser actualizat sau conectați-vă cu parola.
web-authn-cancelled = Solicitarea a fost anulată sau a expirat. Încercați din nou când sunteți gata.
web-authn-already-registered = Acest dispozitiv este deja înregistrat pentru contul dvs.
web-authn-failed = Dispozitivul nu a putut finaliza solicitarea. Încercați din nou.
web-authn-unknown-credential = Această cheie de acces nu este înregistrată pentru acest cont. Alegeți alta sau conectați-vă cu parola.
web-authn-expired = Solicitarea a expirat. Încercați din nou.
passkeys-not-allowed = Cheile de acces sunt dezactivate pentru această organizație.
web-authn-last-factor = Nu puteți elimina ultima metodă de conectare. Adăugați mai întâi alta.
sign-in-with-passkey = Conectați-vă cu o cheie de acces
passkey-title = Conectați-vă cu cheia de acces
passkey-intro = Folosiți cheia de acces de pe acest dispozitiv sau de pe telefon: amprenta, fața sau blocarea ecranului confirmă că sunteți dvs.
passkey-use = Folosiți cheia de acces
passkey-waiting = Se așteaptă cheia de acces…
use-password-instead = Folosiți parola
passkey-set-title = Adăugați o cheie de acces
passkey-set-intro = Conectați-vă cu amprenta, fața sau blocarea ecranului în loc de parolă. Cheia de acces rămâne pe dispozitivul dvs.
passkey-signup-intro = Contul a fost creat. Acum creați cheia de acces cu care vă veți conecta: amprenta, fața sau blocarea ecranului, fără parolă.
choose-another-way = Alegeți alt mod de conectare
register-with-passkey-instead = Folosiți o cheie de acces în loc de parolă
register-with-password-instead = Folosiți o parolă
register-passkey-hint = Nu este nevoie de parolă: după acest pas, dispozitivul creează o cheie de acces pentru acest cont.
authenticator-set-title = Securizați-vă contul
authenticator-set-intro = Alegeți cum vă veți conecta.
authenticator-passkey = Cheie de acces
authenticator-passkey-hint = Amprenta, fața sau blocarea ecranului. Nimic de reținut și nu poate fi furată prin phishing.
authenticator-password = Parolă
authenticator-password-hint = Vă trimitem un cod prin e-mail, apoi alegeți o parolă.
passkey-signup-grant = Doar browserul care a creat acest cont poate adăuga prima cheie de acces, în maximum 15 minute. Alegeți o parolă sau înregistrați-vă din nou.
second-factor-before-first = Conectați-vă mai întâi cu parola sau cheia de acces.
passkeys-unavailable-here = Cheile de acces nu sunt disponibile la această adresă. Conectați-vă cu parola sau deschideți pagina de conectare la adresa sa principală.
passkey-other-host = Această cheie de acces a fost creată pentru altă adresă a acestui serviciu. Folosiți-o acolo sau adăugați o cheie de acces aici.
passkey-name-label = Numele acestei chei de acces
passkey-create = Creați cheia de acces
passkey-creating = Se așteaptă dispozitivul…
passkey-added = Cheia de acces a fost adăugată. De acum vă puteți conecta cu ea.
not-now = Nu acum
back-to-profile = Înapoi la profil
u2f-title = Confirmați cu cheia de securitate
u2f-intro = Introduceți sau atingeți cheia de securitate pe care ați înregistrat-o pentru acest cont.
u2f-use = Folosiți cheia de securitate
u2f-waiting = Se așteaptă cheia de securitate…
u2f-set-title = Adăugați o cheie de securitate
u2f-set-intro = O cheie de securitate confirmă că sunteți dvs. după parolă, astfel încât o parolă furată nu este suficientă.
u2f-name-label = Numele acestei chei de securitate
u2f-create = Înregistrați cheia de securitate
u2f-added = Cheia de securitate a fost adăugată. Vi se va cere după parolă.
passkeys = Chei de acces
passkeys-empty = Încă nu există chei de acces.
passkey-add = Adăugați o cheie de acces
security-keys = Chei de securitate
security-keys-empty = Încă nu există chei de securitate.
security-key-add = Adăugați o cheie de securitate
rename = Redenumiți
remove = Eliminați
added-on = Adăugată pe
last-used = Folosită ultima dată pe
never-used = Nefolosită niciodată
name-required = Introduceți un nume.

## Confirm it's you (re-authentication dialog)
reauth-title = Confirmați că sunteți dvs.
reauth-intro = Această modificare necesită o conectare recentă. Introduceți parola pentru a continua.
reauth-intro-passkey = Această modificare necesită o conectare recentă. Folosiți cheia de acces pentru a continua.
reauth-confirm = Confirmați
reauth-checking = Se verifică…
reauth-with-passkey = Folosiți o cheie de acces
reauth-required = Confirmați că sunteți dvs. pentru a face această modificare.
phone-otp-sms-warning = Primiți coduri de conectare prin SMS la acest număr. Schimbarea sau eliminarea lui le dezactivează; configurați-le din nou după confirmarea noului număr.

## / The text of `msg`.

## Messages with variables (functions in src/i18n.rs)
page-title = { $page } · { $app }
rule-length = { $min_length ->
    [one] Cel puțin { $min_length } caracter
    [few] Cel puțin { $min_length } caractere
   *[other] Cel puțin { $min_length } de caractere
}
browser-on-os = { $browser } pe { $os }
login-on-device = { $login_name } · { $device }
verify-intro = Am trimis un cod de confirmare la { $email }. Introduceți-l mai jos.
resend-in = Trimiteți un cod nou ({ $seconds } s)
email-pending = Se așteaptă confirmarea: am trimis un cod la { $email }. Până atunci se folosește adresa actuală.
sms-sent = Am trimis un cod prin SMS la { $phone }.
idp-continue-with = Continuați cu { $provider }
idp-register-intro = Verificați datele din contul { $provider }, apoi creați-vă contul.
idp-link-intro = Conectați-vă cu parola pentru a asocia contul { $provider } cu acesta.
idp-no-account = Niciun cont de aici nu este asociat cu contul dvs. { $provider } și nu se poate crea sau asocia unul aici. Conectați-vă în alt mod.
idp-linked = Contul dvs. { $provider } este acum asociat. De acum vă puteți conecta cu el.

## Org-scoped login: a name shared by users of several organisations
login-name-ambiguous = Mai multe conturi folosesc acest nume. Introduceți numele complet de autentificare: utilizator@domeniul-organizației.

## Account centre: profile picture, code resend limit
avatar-title = Fotografie de profil
avatar-choose = Schimbă fotografia
avatar-hint = PNG, JPEG, GIF sau WebP, cel mult 5 MB. Este decupată în formă de pătrat.
avatar-save = Salvează fotografia
avatar-remove = Elimină fotografia
avatar-too-big = Această imagine este prea mare: alegeți una de cel mult 5 MB.
avatar-not-image = Acest fișier nu este o imagine utilizabilă: alegeți o imagine PNG, JPEG, GIF sau WebP.
avatar-saved = Noua fotografie a fost salvată.
avatar-removed = Fotografia a fost eliminată.
too-many-codes = Ați cerut prea multe coduri. Așteptați câteva minute înainte de a cere altul.

## Security log: session ended (sign-out), with the device and address that ended it
ev-signed-out = Deconectare

## Account centre: deleting one's own account forbidden by the org's account policy
delete-forbidden-policy = Politica organizației dvs. nu permite ștergerea propriului cont. Cereți unui administrator să îl șteargă.
