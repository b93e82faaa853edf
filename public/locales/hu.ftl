# Gatehouse UI messages: Hungarian (Magyar).
# Every other locales/<lang>.ftl has exactly these ids with the same { $variables }.
# Ids are the kebab-case names of the SPA's i18n::Msg variants (LoginNameTitle -> login-name-title).


## Shared
app-name = Gatehouse
skip-to-content = Ugrás a fő tartalomhoz

## Branding and legal footer
brand-logo-alt = A szervezet logója
legal-nav-label = Jogi információk és támogatás
legal-tos = Szolgáltatási feltételek
legal-privacy = Adatvédelmi irányelvek
legal-help = Súgó
legal-docs = Dokumentáció
legal-support = Kapcsolatfelvétel az ügyfélszolgálattal
powered-by = A védelmet a Gatehouse biztosítja
language-switcher-label = Nyelv
loading = Betöltés…
load-failed = Az oldalt nem sikerült betölteni.
retry = Újra
network-error = Nem érjük el a szervert. Ellenőrizze a kapcsolatot, és próbálja újra.
unexpected = Hiba történt. Próbálja újra.
server-error = Hiba történt a mi oldalunkon. Kis idő múlva próbálja újra.
not-allowed = Ehhez nincs jogosultsága.
session-expired = A bejelentkezése lejárt.
too-many-attempts = Túl sok próbálkozás. Várjon egy percet, és próbálja újra.
invalid-input = Néhány adat érvénytelen. Ellenőrizze őket, és próbálja újra.

## /loginname
login-name-title = Bejelentkezés
login-name-intro = A folytatáshoz adja meg felhasználónevét vagy e-mail-címét.
login-name-label = Felhasználónév vagy e-mail-cím
login-name-required = Adja meg felhasználónevét vagy e-mail-címét.
user-not-found = Nem találtunk fiókot ezzel a felhasználónévvel vagy e-mail-címmel.
continue = Tovább
checking = Ellenőrzés…
no-account-yet = Még nincs fiókja?
create-account-link = Fiók létrehozása
signed-out = Kijelentkezett.
email-verified-sign-in = E-mail-címe megerősítve. A folytatáshoz jelentkezzen be.

## External identity providers (buttons on /loginname, /idp/{provider}/success and /failure, linked accounts)
idp-or = vagy
idp-redirecting = Átirányítás…
idp-signing-in = Bejelentkeztetés…
idp-link-incomplete = Ez a bejelentkezési link hiányos. Kezdje újra a bejelentkezési oldalon.
idp-intent-invalid = Ez a bejelentkezési kísérlet lejárt, vagy már felhasználták. Kezdje újra a bejelentkezési oldalon.
idp-register-title = Fiók létrehozása
idp-link-title = Már van fiókja?
idp-link-submit = Bejelentkezés és összekapcsolás
idp-no-account-title = Nem található fiók
idp-linked-title = Fiók összekapcsolva
idp-linked-elsewhere = A szolgáltatónál lévő fiók már egy másik felhasználóhoz van kapcsolva.
idp-failure-title = A bejelentkezés nem sikerült
idp-denied = A bejelentkezést a szolgáltatónál megszakították vagy elutasították. Semmi sem változott.
idp-failed = A szolgáltató nem tudta bejelentkeztetni. Próbálja újra, vagy jelentkezzen be más módon.
idp-link-failed = A fiókot nem sikerült összekapcsolni: a szolgáltató nem jelentkeztette be. Semmi sem változott.
back-to-sign-in = Vissza a bejelentkezéshez
linked-accounts-title = Összekapcsolt fiókok
linked-accounts-empty = Még nincs összekapcsolva más szolgáltatótól származó fiók.
link-another-account = Másik fiók összekapcsolása
idp-last-login-method = Ez az egyetlen bejelentkezési módja. Az eltávolítása előtt adjon hozzá jelszót vagy azonosítókulcsot.
username-invalid = Adjon meg egy felhasználónevet.

## /password
password-title = Adja meg a jelszavát
not-you = Nem Ön az?
password-label = Jelszó
password-required = Adja meg a jelszavát.
sign-in = Bejelentkezés
signing-in = Bejelentkezés…
wrong-password = Helytelen jelszó. Próbálja újra.
user-locked = Ezt a fiókot túl sok sikertelen próbálkozás miatt zároltuk. Forduljon a rendszergazdához.
email-unverified = Bejelentkezés előtt erősítse meg e-mail-címét.
verify-email-link = E-mail-cím megerősítése
password-change-required = A folytatás előtt meg kell változtatnia a jelszavát.
login-name-or-password-wrong = A felhasználónév vagy a jelszó helytelen.

## /password/change
password-change-title = Jelszó módosítása
password-change-intro = A folytatáshoz meg kell változtatnia a jelszavát.
current-password-label = Jelenlegi jelszó
current-password-required = Adja meg a jelenlegi jelszavát.
new-password-label = Új jelszó
new-password-confirm-label = Új jelszó megerősítése
change-password = Jelszó módosítása
saving = Mentés…
password-policy-not-met = Ez a jelszó nem felel meg az alábbi követelményeknek.
same-password = Válasszon a jelenlegitől eltérő jelszót.

## /register
register-title = Fiók létrehozása
register-intro = Csak egy percet vesz igénybe.
given-name-label = Utónév
given-name-required = Adja meg az utónevét.
family-name-label = Vezetéknév
family-name-required = Adja meg a vezetéknevét.
email-label = E-mail-cím
email-required = Adja meg e-mail-címét.
email-invalid = Adjon meg egy érvényes e-mail-címet, például nev@example.com.
email-taken = Ezzel az e-mail-címmel már létezik fiók.
password-confirm-label = Jelszó megerősítése
create-account = Fiók létrehozása
creating-account = Fiók létrehozása…
have-account = Már van fiókja?
sign-in-link = Bejelentkezés

## Password checklist
checklist-title = A jelszónak tartalmaznia kell
rule-uppercase = Egy nagybetűt
rule-lowercase = Egy kisbetűt
rule-number = Egy számjegyet
rule-symbol = Egy szimbólumot, például ! vagy #
rule-match = A két jelszó egyezik
rule-met = , teljesítve
rule-not-met = , még nem teljesült
policy-loading = A jelszószabályok betöltése…
policy-load-failed = A jelszószabályokat nem sikerült betölteni.

## /verify
verify-title = E-mail-cím megerősítése
verify-intro-generic = Megerősítő kódot küldtünk az e-mail-címére. Írja be alább.
code-label = Megerősítő kód
code-required = Adja meg az e-mailben kapott kódot.
code-invalid = Ez a kód nem helyes.
code-expired = Ez a kód lejárt. Küldhetünk egy újat.
verify = Megerősítés
verifying = Megerősítés…
resend = Új kód küldése
sending = Küldés…
code-sent = Új kódot küldtünk. Nézze meg a beérkező leveleit.
verify-link-incomplete = Ez a megerősítő link hiányos. Jelentkezzen be újra, hogy új kódot kapjon.
verify-user-unknown = Ez a megerősítő link egyetlen fiókhoz sem tartozik. Jelentkezzen be újra, hogy új kódot kapjon.

## /signedin
signed-in-title = Bejelentkezett
signed-in-as = Bejelentkezve mint
profile-link = Ugrás a profiljára

## /profile
profile-title = Profil
username-label = Felhasználónév
verified = Megerősítve
not-verified = Nincs megerősítve
sessions-title = Aktív munkamenetek
this-browser = Ez a böngésző
unknown-device = Ismeretlen eszköz
session-created = Bejelentkezés
session-last-active = Utolsó tevékenység
no-sessions = Nincsenek aktív munkamenetek.
log-out = Kijelentkezés
log-out-everywhere = Kijelentkezés mindenhol
logging-out = Kijelentkezés…

## /logout
logout-title = Kijelentkezés
logout-intro = Ezek a fiókok vannak bejelentkezve ebben a böngészőben.
end-session = Kijelentkezés
logout-all = Kijelentkezés az összes fiókból
no-browser-sessions = Ebben a böngészőben senki sincs bejelentkezve.

## /dev/outbox
outbox-title = Fejlesztői postafiók
outbox-intro = A szerver által küldött levelek, a legújabb elöl. Csak fejlesztői környezetben érhető el.
outbox-empty = Még nincsenek levelek.
outbox-disabled = A fejlesztői postafiók nincs bekapcsolva (a levelek SMTP-n mennek ki).
refresh = Frissítés
mail-to = Címzett
mail-date = Dátum

## Second factors (authenticator app, codes by email/SMS, recovery codes, /mfa, /mfa/set)
totp-title = Adja meg a hitelesítő alkalmazás kódját
totp-intro = Nyissa meg a hitelesítő alkalmazást, és adja meg a fiókhoz megjelenített 6 jegyű kódot.
otp-sms-title = Adja meg az SMS-ben kapott kódot
otp-sms-intro = 6 jegyű kódot küldtünk a telefonjára. A kód öt percig érvényes.
otp-email-title = Adja meg az e-mailben kapott kódot
otp-email-intro = 6 jegyű kódot küldtünk az e-mail-címére. A kód öt percig érvényes.
other-method = Másik módszer használata
use-recovery-code = Helyreállítási kód használata
totp-set-title = Hitelesítő alkalmazás beállítása
totp-set-intro = Olvassa be ezt a QR-kódot a hitelesítő alkalmazással, vagy írja be az alábbi kulcsot. Ezután adja meg az alkalmazás által mutatott 6 jegyű kódot.
totp-secret-label = Kulcs kézi megadáshoz
otp-sms-set-title = Kódok SMS-ben
otp-sms-set-intro = Bejelentkezéskor egyszer használatos kódot küldünk SMS-ben a megerősített telefonszámára.
otp-email-set-title = Kódok e-mailben
otp-email-set-intro = Bejelentkezéskor egyszer használatos kódot küldünk a megerősített e-mail-címére.
turn-on = Bekapcsolás
mfa-title = Erősítse meg, hogy Ön az
mfa-intro = Válassza ki, hogyan erősíti meg a bejelentkezést.
mfa-set-title = Második tényező hozzáadása
mfa-set-intro = Védje fiókját egy második lépéssel bejelentkezéskor. Válasszon egyet a beállításhoz, vagy most hagyja ki.
mfa-set-forced-intro = A szervezete második lépést ír elő bejelentkezéskor. Válasszon egyet a beállításhoz.
skip = Most kihagyom
authenticator-app = Hitelesítő alkalmazás
sms-codes = Kódok SMS-ben
email-codes = Kódok e-mailben
security-key = Biztonsági kulcs
recovery-codes-name = Helyreállítási kódok
recovery-code-title = Bejelentkezés helyreállítási kóddal
recovery-code-intro = Adja meg az elmentett helyreállítási kódok egyikét. Mindegyik kód csak egyszer használható.
recovery-code-label = Helyreállítási kód
second-factors-title = Második tényezők
factor-on = Be
factor-off = Ki
factor-remove = Eltávolítás
factor-removing = Eltávolítás…
set-up = Beállítás
generate = Helyreállítási kódok létrehozása
regenerate = Új kódok létrehozása
recovery-needs-factor = Előbb állítson be egy második tényezőt; a helyreállítási kódok helyettesítik, ha elveszíti.
recovery-codes-shown-once = Mentse el most ezeket a kódokat biztonságos helyre: csak egyszer jelennek meg. Mindegyik egyszer használható. Új kódok létrehozásakor ezek érvénytelenné válnak.
copy = Másolás
copied = Másolva
download = Letöltés (.txt)
totp-invalid = Ez a kód hibás vagy lejárt. Adja meg az alkalmazásban most látható kódot.
totp-reused = Ezt a kódot már felhasználták. Várja meg a következő kódot az alkalmazásban.
totp-already-set-up = A fiókjához már be van állítva egy hitelesítő alkalmazás. Újat a profiljában való eltávolítása után állíthat be.
recovery-invalid = Ez a helyreállítási kód érvénytelen. Ellenőrizze, és próbálja újra.
recovery-used = Ezt a helyreállítási kódot már felhasználták. Használjon másikat.
last-factor-refused = A szervezete második tényezőt ír elő. Állítson be egy másikat, mielőtt ezt eltávolítja.
mfa-forced = A szervezete második tényezőt ír elő, ezért ez a lépés nem hagyható ki.
otp-not-set-up = Ez a bejelentkezési mód nincs beállítva a fiókjához. Válasszon másikat.
otp-needs-verified-email = Előbb erősítse meg e-mail-címét a profiljában.
otp-needs-verified-phone = Előbb adjon hozzá és erősítsen meg egy telefonszámot a profiljában.
otp-no-challenge = Még nem küldtünk kódot. Kérjen új kódot.
second-factor-locked = Túl sok hibás kód: a fiókját zároltuk. Forduljon a rendszergazdához.

## Fallback route
not-found-title = Az oldal nem található
not-found-body = Ezen a címen nincs semmi. Ellenőrizze a linket, vagy kezdje elölről.
go-to-sign-in = Ugrás a bejelentkezéshez

## App sign-in (/login, /accounts, /signedin with an app's request, /device, /logout/done)
app-login-title = Bejelentkezés
app-login-loading = A bejelentkezés előkészítése…
auth-request-gone = Ez a bejelentkezési kérés lejárt, vagy már felhasználták. Térjen vissza az alkalmazáshoz, és kezdje újra.
accounts-title = Fiók kiválasztása
accounts-intro = Folytatás egy ezen az eszközön bejelentkezett fiókkal:
use-another-account = Másik fiók használata
returning-to-app = Visszatérés az alkalmazáshoz…
return-to-app = Vissza az alkalmazáshoz
callback-failed-title = Nem lehet továbblépni az alkalmazáshoz
callback-reauthenticate = Az alkalmazás újbóli bejelentkezést kér.
callback-second-factor = A szervezete második tényezőt ír elő ehhez az alkalmazáshoz.
callback-wrong-organization = Ez az alkalmazás nem fogadja el a szervezete fiókjait. Használjon másik fiókot.
callback-already-answered = Erre a bejelentkezési kérésre már válaszoltak. Térjen vissza az alkalmazáshoz, és kezdje újra.
sign-in-again = Bejelentkezés újra
device-title = Eszköz csatlakoztatása
device-intro = Adja meg az eszközén megjelenő kódot.
device-code-label = Kód
device-code-required = Adja meg az eszközén látható kódot.
device-code-unknown = Ez a kód érvénytelen vagy lejárt. Nézze meg az aktuális kódot az eszközön.
device-consent-title = Engedélyezi a hozzáférést?
device-consent-intro = hozzá szeretne férni a fiókjához
device-scopes = Kért hozzáférés
allow = Engedélyezés
deny = Elutasítás
device-approved = Kész. Visszatérhet az eszközéhez.
device-denied = Hozzáférés megtagadva. Az eszköz nem lett csatlakoztatva.
logout-done-title = Kijelentkezett
logout-done-body = Kijelentkezett. Bezárhatja ezt az ablakot.

## Account centre (/password/set, /profile sections)
forgot-password = Elfelejtette a jelszavát?
password-set-title = Új jelszó választása
password-set-intro = Adja meg az e-mailben kapott kódot, és válasszon új jelszót.
password-reset-sent = E-mailt küldtünk egy linkkel, amellyel visszaállíthatja a jelszavát. Nyissa meg, vagy adja meg alább a benne található kódot.
set-new-password = Új jelszó beállítása
password-set-done = A jelszava megváltozott. Jelentkezzen be az új jelszavával.
password-link-incomplete = Ez a link hiányos. Kezdje újra a bejelentkezési oldalon.
section-profile = Profil
section-email = E-mail-cím
section-phone = Telefon
section-password = Jelszó
section-security = Biztonság
section-danger-zone = Veszélyzóna
nick-name-label = Becenév
display-name-label = Megjelenített név
language-label = Előnyben részesített nyelv
gender-label = Nem
gender-unspecified = Nincs megadva
gender-female = Nő
gender-male = Férfi
gender-diverse = Egyéb
save = Mentés
saved = A módosításokat mentettük.
cancel = Mégse
username-required = Adjon meg egy felhasználónevet.
username-taken = Ez a felhasználónév vagy e-mail-cím már foglalt.
change-email = E-mail-cím módosítása
new-email-label = Új e-mail-cím
send-code = Kód küldése
email-same = Már ez az e-mail-címe.
phone-label = Telefonszám
phone-none = Még nincs telefonszám megadva.
add-phone = Telefonszám hozzáadása
change-phone = Telefonszám módosítása
remove-phone = Telefonszám eltávolítása
phone-invalid = Adja meg a számot nemzetközi formátumban, például +41 79 123 45 67.
phone-code-label = Az SMS-ben kapott kód
no-sms-provider = Jelenleg nem lehet SMS-t küldeni. Próbálja újra később.
password-changed = A jelszava megváltozott.
end-other-sessions = Kijelentkezés az összes többi munkamenetből
session-ip = IP-cím
sign-in-methods-title = Bejelentkezési módok
security-log-title = Legutóbbi biztonsági események
security-log-empty = Még nincsenek biztonsági események.
ev-signed-in = Bejelentkezés
ev-password-failed = Sikertelen bejelentkezés: hibás jelszó
ev-password-changed = Jelszó módosítva
ev-email-changed = E-mail-cím módosítva
ev-email-change-requested = E-mail-cím módosítása kérelmezve
ev-email-verified = E-mail-cím megerősítve
ev-phone-changed = Telefonszám beállítva
ev-phone-verified = Telefonszám megerősítve
ev-phone-removed = Telefonszám eltávolítva
ev-user-locked = Fiók zárolva sikertelen próbálkozások miatt
ev-profile-changed = Profil módosítva
ev-username-changed = Felhasználónév módosítva
ev-account-created = Fiók létrehozva
ev-factor-added = Bejelentkezési mód hozzáadva
ev-factor-removed = Bejelentkezési mód eltávolítva
download-data = Adataim letöltése
download-data-intro = JSON-fájl a profiljával, bejelentkezési módjaival, munkameneteivel és biztonsági eseményeivel.
delete-account = Fiókom törlése
delete-account-intro = Ezzel véglegesen törli fiókját és annak adatait. A megerősítéshez adja meg a jelszavát.
delete-account-confirm = Fiókom végleges törlése
deleting = Törlés…
delete-forbidden = Rendszergazdai szerepkörrel rendelkező fiókok itt nem törölhetők.
outbox-sms-title = SMS-üzenetek

## Passkeys and security keys (WebAuthn)
web-authn-unsupported = Ez a böngésző nem támogatja az azonosítókulcsokat és a biztonsági kulcsokat. Használjon naprakész böngészőt, vagy jelentkezzen be jelszóval.
web-authn-cancelled = A kérést megszakították, vagy túllépte az időkorlátot. Próbálja újra, amikor készen áll.
web-authn-already-registered = Ez az eszköz már regisztrálva van a fiókjához.
web-authn-failed = Az eszköze nem tudta végrehajtani a kérést. Próbálja újra.
web-authn-unknown-credential = Ez az azonosítókulcs nincs regisztrálva ehhez a fiókhoz. Válasszon másikat, vagy jelentkezzen be jelszóval.
web-authn-expired = A kérés túllépte az időkorlátot. Próbálja újra.
passkeys-not-allowed = Az azonosítókulcsok ki vannak kapcsolva ennél a szervezetnél.
web-authn-last-factor = Az utolsó bejelentkezési módját nem távolíthatja el. Előbb adjon hozzá egy másikat.
sign-in-with-passkey = Bejelentkezés azonosítókulccsal
passkey-title = Bejelentkezés azonosítókulccsal
passkey-intro = Használja az ezen az eszközön vagy a telefonján lévő azonosítókulcsot: az ujjlenyomata, az arca vagy a képernyőzár igazolja, hogy Ön az.
passkey-use = Azonosítókulcs használata
passkey-waiting = Várakozás az azonosítókulcsra…
use-password-instead = Inkább jelszót használok
passkey-set-title = Azonosítókulcs hozzáadása
passkey-set-intro = Jelentkezzen be ujjlenyomattal, arccal vagy képernyőzárral jelszó helyett. Az azonosítókulcs az eszközén marad.
passkey-signup-intro = Fiókja elkészült. Most hozza létre az azonosítókulcsot, amellyel bejelentkezik: ujjlenyomattal, arccal vagy képernyőzárral, jelszó nélkül.
choose-another-way = Másik bejelentkezési mód választása
register-with-passkey-instead = Azonosítókulcs használata jelszó helyett
register-with-password-instead = Inkább jelszót használok
register-passkey-hint = Nincs szükség jelszóra: e lépés után az eszköze azonosítókulcsot hoz létre ehhez a fiókhoz.
authenticator-set-title = Védje meg fiókját
authenticator-set-intro = Válassza ki, hogyan szeretne bejelentkezni.
authenticator-passkey = Azonosítókulcs
authenticator-passkey-hint = Ujjlenyomat, arc vagy képernyőzár. Semmit sem kell megjegyeznie, és adathalászattal nem szerezhető meg.
authenticator-password = Jelszó
authenticator-password-hint = E-mailben küldünk egy kódot, majd Ön választ egy jelszót.
passkey-signup-grant = A fiók első azonosítókulcsát csak az a böngésző adhatja hozzá, amelyben a fiókot létrehozták, 15 percen belül. Válasszon inkább jelszót, vagy regisztráljon újra.
second-factor-before-first = Előbb jelentkezzen be jelszóval vagy azonosítókulccsal.
passkeys-unavailable-here = Ezen a címen nem használhatók azonosítókulcsok. Jelentkezzen be jelszóval, vagy nyissa meg a bejelentkezési oldalt a fő címén.
passkey-other-host = Ez az azonosítókulcs a szolgáltatás egy másik címéhez készült. Ott használja, vagy adjon hozzá itt egy azonosítókulcsot.
passkey-name-label = Az azonosítókulcs neve
passkey-create = Azonosítókulcs létrehozása
passkey-creating = Várakozás az eszközre…
passkey-added = Azonosítókulcs hozzáadva. Mostantól bejelentkezhet vele.
not-now = Most nem
back-to-profile = Vissza a profiljához
u2f-title = Megerősítés biztonsági kulccsal
u2f-intro = Helyezze be vagy érintse meg a fiókhoz regisztrált biztonsági kulcsot.
u2f-use = Biztonsági kulcs használata
u2f-waiting = Várakozás a biztonsági kulcsra…
u2f-set-title = Biztonsági kulcs hozzáadása
u2f-set-intro = A biztonsági kulcs a jelszó után igazolja, hogy Ön az, így egy ellopott jelszó önmagában nem elég.
u2f-name-label = A biztonsági kulcs neve
u2f-create = Biztonsági kulcs regisztrálása
u2f-added = Biztonsági kulcs hozzáadva. A jelszó után kérni fogjuk.
passkeys = Azonosítókulcsok
passkeys-empty = Még nincsenek azonosítókulcsok.
passkey-add = Azonosítókulcs hozzáadása
security-keys = Biztonsági kulcsok
security-keys-empty = Még nincsenek biztonsági kulcsok.
security-key-add = Biztonsági kulcs hozzáadása
rename = Átnevezés
remove = Eltávolítás
added-on = Hozzáadva:
last-used = Utoljára használva:
never-used = Még nem használt
name-required = Adjon meg egy nevet.

## Confirm it's you (re-authentication dialog)
reauth-title = Erősítse meg, hogy Ön az
reauth-intro = Ehhez a módosításhoz friss bejelentkezés szükséges. A folytatáshoz adja meg a jelszavát.
reauth-intro-passkey = Ehhez a módosításhoz friss bejelentkezés szükséges. A folytatáshoz használja az azonosítókulcsát.
reauth-confirm = Megerősítés
reauth-checking = Ellenőrzés…
reauth-with-passkey = Azonosítókulcs használata
reauth-required = A módosításhoz erősítse meg, hogy Ön az.
phone-otp-sms-warning = Erre a számra kap bejelentkezési kódokat SMS-ben. Ha módosítja vagy eltávolítja, a kódok kikapcsolnak; az új szám megerősítése után állítsa be őket újra.

## / The text of `msg`.

## Messages with variables (functions in src/i18n.rs)
page-title = { $page } · { $app }
rule-length = { $min_length ->
    [one] Legalább { $min_length } karakter
   *[other] Legalább { $min_length } karakter
}
browser-on-os = { $browser } ({ $os })
login-on-device = { $login_name } · { $device }
verify-intro = Megerősítő kódot küldtünk a(z) { $email } címre. Írja be alább.
resend-in = Új kód küldése ({ $seconds } mp)
email-pending = Megerősítésre vár: kódot küldtünk a(z) { $email } címre. Addig a jelenlegi címe marad érvényben.
sms-sent = SMS-ben kódot küldtünk a(z) { $phone } számra.
idp-continue-with = Folytatás ezzel: { $provider }
idp-register-intro = Ellenőrizze a(z) { $provider }-fiókjából kapott adatokat, majd hozza létre a fiókját.
idp-link-intro = Jelentkezzen be a jelszavával, hogy összekapcsolja vele a(z) { $provider }-fiókját.
idp-no-account = Itt egyetlen fiók sincs összekapcsolva a(z) { $provider }-fiókjával, és itt nem is lehet létrehozni vagy összekapcsolni. Jelentkezzen be más módon.
idp-linked = A(z) { $provider }-fiókja összekapcsolva. Mostantól bejelentkezhet vele.

## Org-scoped login: a name shared by users of several organisations
login-name-ambiguous = Ezt a nevet több fiók is használja. Adja meg a teljes bejelentkezési nevét: felhasználónév@szervezet-domain.

## Account centre: profile picture, code resend limit
avatar-title = Profilkép
avatar-choose = Kép módosítása
avatar-hint = PNG, JPEG, GIF vagy WebP, legfeljebb 5 MB. Négyzetesre vágjuk.
avatar-save = Kép mentése
avatar-remove = Kép eltávolítása
avatar-too-big = Ez a kép túl nagy: válasszon legfeljebb 5 MB-osat.
avatar-not-image = Ez a fájl nem használható kép: válasszon PNG, JPEG, GIF vagy WebP képet.
avatar-saved = Az új képét mentettük.
avatar-removed = A képét eltávolítottuk.
too-many-codes = Túl sok kódot kért. Várjon néhány percet, mielőtt újat kér.

## Security log: session ended (sign-out), with the device and address that ended it
ev-signed-out = Kijelentkezés

## Account centre: deleting one's own account forbidden by the org's account policy
delete-forbidden-policy = A szervezete szabályzata nem engedi, hogy saját maga törölje a fiókját. Kérje meg egy rendszergazdát, hogy törölje.
