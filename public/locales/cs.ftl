# Gatehouse UI messages: Czech (Čeština).
# Every other locales/<lang>.ftl has exactly these ids with the same { $variables }.
# Ids are the kebab-case names of the SPA's i18n::Msg variants (LoginNameTitle -> login-name-title).


## Shared
app-name = Gatehouse
skip-to-content = Přejít na hlavní obsah

## Branding and legal footer
brand-logo-alt = Logo organizace
legal-nav-label = Právní informace a podpora
legal-tos = Smluvní podmínky
legal-privacy = Zásady ochrany osobních údajů
legal-help = Nápověda
legal-docs = Dokumentace
legal-support = Kontaktovat podporu
powered-by = Zabezpečeno službou Gatehouse
language-switcher-label = Jazyk
loading = Načítání…
load-failed = Tuto stránku se nepodařilo načíst.
retry = Zkusit znovu
network-error = Nelze se spojit se serverem. Zkontrolujte připojení a zkuste to znovu.
unexpected = Něco se pokazilo. Zkuste to prosím znovu.
server-error = Na naší straně se něco pokazilo. Zkuste to prosím za chvíli znovu.
not-allowed = K této akci nemáte oprávnění.
session-expired = Vaše přihlášení vypršelo.
too-many-attempts = Příliš mnoho pokusů. Počkejte minutu a zkuste to znovu.
invalid-input = Některé údaje nejsou platné. Zkontrolujte je a zkuste to znovu.

## /loginname
login-name-title = Přihlásit se
login-name-intro = Pokračujte zadáním uživatelského jména nebo e-mailové adresy.
login-name-label = Uživatelské jméno nebo e-mail
login-name-required = Zadejte uživatelské jméno nebo e-mailovou adresu.
user-not-found = Účet s tímto uživatelským jménem nebo e-mailem jsme nenašli.
continue = Pokračovat
checking = Probíhá kontrola…
no-account-yet = Ještě nemáte účet?
create-account-link = Vytvořit účet
signed-out = Byli jste odhlášeni.
email-verified-sign-in = Vaše e-mailová adresa je ověřená. Pokračujte přihlášením.

## External identity providers (buttons on /loginname, /idp/{provider}/success and /failure, linked accounts)
idp-or = nebo
idp-redirecting = Přesměrování…
idp-signing-in = Probíhá přihlašování…
idp-link-incomplete = Tento přihlašovací odkaz je neúplný. Začněte znovu na přihlašovací stránce.
idp-intent-invalid = Platnost tohoto pokusu o přihlášení vypršela nebo už byl použit. Začněte znovu na přihlašovací stránce.
idp-register-title = Vytvořte si účet
idp-link-title = Už máte účet?
idp-link-submit = Přihlásit se a propojit
idp-no-account-title = Účet nebyl nalezen
idp-linked-title = Účet propojen
idp-linked-elsewhere = Tento účet u poskytovatele je už propojen s jiným uživatelem.
idp-failure-title = Přihlášení se nezdařilo
idp-denied = Přihlášení bylo u poskytovatele zrušeno nebo odmítnuto. Nic se nezměnilo.
idp-failed = Poskytovatel vás nemohl přihlásit. Zkuste to znovu nebo se přihlaste jiným způsobem.
idp-link-failed = Účet se nepodařilo propojit: poskytovatel vás nepřihlásil. Nic se nezměnilo.
back-to-sign-in = Zpět na přihlášení
linked-accounts-title = Propojené účty
linked-accounts-empty = Zatím nejsou propojené žádné účty jiných poskytovatelů.
link-another-account = Propojit další účet
idp-last-login-method = Toto je váš jediný způsob přihlášení. Než ho odeberete, přidejte heslo nebo přístupový klíč.
username-invalid = Zadejte uživatelské jméno.

## /password
password-title = Zadejte heslo
not-you = Nejste to vy?
password-label = Heslo
password-required = Zadejte heslo.
sign-in = Přihlásit se
signing-in = Přihlašování…
wrong-password = Nesprávné heslo. Zkuste to znovu.
user-locked = Tento účet byl po příliš mnoha neúspěšných pokusech zablokován. Obraťte se na správce.
email-unverified = Před přihlášením ověřte svou e-mailovou adresu.
verify-email-link = Ověřit e-mailovou adresu
password-change-required = Než budete pokračovat, musíte si změnit heslo.
login-name-or-password-wrong = Uživatelské jméno nebo heslo není správné.

## /password/change
password-change-title = Změna hesla
password-change-intro = Než budete moci pokračovat, musíte si změnit heslo.
current-password-label = Současné heslo
current-password-required = Zadejte současné heslo.
new-password-label = Nové heslo
new-password-confirm-label = Potvrzení nového hesla
change-password = Změnit heslo
saving = Ukládání…
password-policy-not-met = Toto heslo nesplňuje níže uvedené požadavky.
same-password = Zvolte heslo, které se liší od současného.

## /register
register-title = Vytvořte si účet
register-intro = Zabere to jen minutu.
given-name-label = Jméno
given-name-required = Zadejte své jméno.
family-name-label = Příjmení
family-name-required = Zadejte své příjmení.
email-label = E-mail
email-required = Zadejte e-mailovou adresu.
email-invalid = Zadejte platnou e-mailovou adresu, například jmeno@example.com.
email-taken = Účet s tímto e-mailem již existuje.
password-confirm-label = Potvrzení hesla
create-account = Vytvořit účet
creating-account = Vytváření účtu…
have-account = Už máte účet?
sign-in-link = Přihlásit se

## Password checklist
checklist-title = Heslo musí obsahovat
rule-uppercase = Velké písmeno
rule-lowercase = Malé písmeno
rule-number = Číslici
rule-symbol = Symbol, například ! nebo #
rule-match = Obě hesla se shodují
rule-met = , splněno
rule-not-met = , zatím nesplněno
policy-loading = Načítání pravidel pro hesla…
policy-load-failed = Pravidla pro hesla se nepodařilo načíst.

## /verify
verify-title = Ověřte svůj e-mail
verify-intro-generic = Na vaši e-mailovou adresu jsme poslali ověřovací kód. Zadejte ho níže.
code-label = Ověřovací kód
code-required = Zadejte kód z e-mailu.
code-invalid = Tento kód není správný.
code-expired = Platnost kódu vypršela. Můžeme vám poslat nový.
verify = Ověřit
verifying = Ověřování…
resend = Poslat nový kód
sending = Odesílání…
code-sent = Nový kód byl odeslán. Zkontrolujte doručenou poštu.
verify-link-incomplete = Tento ověřovací odkaz je neúplný. Přihlaste se znovu a získejte nový kód.
verify-user-unknown = Tento ověřovací odkaz nepatří k žádnému účtu. Přihlaste se znovu a získejte nový kód.

## /signedin
signed-in-title = Jste přihlášeni
signed-in-as = Přihlášeni jako
profile-link = Přejít na profil

## /profile
profile-title = Váš profil
username-label = Uživatelské jméno
verified = Ověřeno
not-verified = Neověřeno
sessions-title = Aktivní relace
this-browser = Tento prohlížeč
unknown-device = Neznámé zařízení
session-created = Přihlášení
session-last-active = Poslední aktivita
no-sessions = Žádné aktivní relace.
log-out = Odhlásit se
log-out-everywhere = Odhlásit se všude
logging-out = Odhlašování…

## /logout
logout-title = Odhlásit se
logout-intro = V tomto prohlížeči jsou přihlášeny tyto účty.
end-session = Odhlásit
logout-all = Odhlásit ze všech účtů
no-browser-sessions = V tomto prohlížeči není nikdo přihlášen.

## /dev/outbox
outbox-title = Vývojářská pošta k odeslání
outbox-intro = E-maily odeslané serverem, od nejnovějších. K dispozici pouze při vývoji.
outbox-empty = Zatím žádné e-maily.
outbox-disabled = Vývojářská pošta k odeslání není zapnutá (e-maily se odesílají přes SMTP).
refresh = Obnovit
mail-to = Komu
mail-date = Datum

## Second factors (authenticator app, codes by email/SMS, recovery codes, /mfa, /mfa/set)
totp-title = Zadejte kód z ověřovací aplikace
totp-intro = Otevřete ověřovací aplikaci a zadejte 6místný kód, který zobrazuje pro tento účet.
otp-sms-title = Zadejte kód, který jsme vám poslali SMS
otp-sms-intro = Na váš telefon jsme poslali 6místný kód. Platí pět minut.
otp-email-title = Zadejte kód, který jsme vám poslali e-mailem
otp-email-intro = Na vaši e-mailovou adresu jsme poslali 6místný kód. Platí pět minut.
other-method = Použít jiný způsob
use-recovery-code = Použít záložní kód
totp-set-title = Nastavení ověřovací aplikace
totp-set-intro = Naskenujte tento QR kód ověřovací aplikací nebo do ní zadejte klíč níže. Poté zadejte 6místný kód, který aplikace zobrazí.
totp-secret-label = Klíč pro ruční zadání
otp-sms-set-title = Kódy přes SMS
otp-sms-set-intro = Při přihlášení vám pošleme jednorázový kód SMS na ověřené telefonní číslo.
otp-email-set-title = Kódy e-mailem
otp-email-set-intro = Při přihlášení vám pošleme jednorázový kód na ověřenou e-mailovou adresu.
turn-on = Zapnout
mfa-title = Potvrďte, že jste to vy
mfa-intro = Vyberte, jak chcete přihlášení potvrdit.
mfa-set-title = Přidání druhého faktoru
mfa-set-intro = Chraňte svůj účet druhým krokem při přihlášení. Vyberte způsob, který chcete nastavit, nebo tento krok zatím přeskočte.
mfa-set-forced-intro = Vaše organizace vyžaduje při přihlášení druhý krok. Vyberte způsob, který chcete nastavit.
skip = Zatím přeskočit
authenticator-app = Ověřovací aplikace
sms-codes = Kódy přes SMS
email-codes = Kódy e-mailem
security-key = Bezpečnostní klíč
recovery-codes-name = Záložní kódy
recovery-code-title = Přihlášení záložním kódem
recovery-code-intro = Zadejte jeden z uložených záložních kódů. Každý kód funguje jen jednou.
recovery-code-label = Záložní kód
second-factors-title = Druhé faktory
factor-on = Zapnuto
factor-off = Vypnuto
factor-remove = Odebrat
factor-removing = Odebírání…
set-up = Nastavit
generate = Vygenerovat záložní kódy
regenerate = Vygenerovat nové kódy
recovery-needs-factor = Nejdříve nastavte druhý faktor; záložní kódy ho nahradí, pokud o něj přijdete.
recovery-codes-shown-once = Uložte si tyto kódy hned teď na bezpečné místo: zobrazí se jen jednou. Každý funguje jen jednou. Vygenerováním nových kódů tyto přestanou platit.
copy = Kopírovat
copied = Zkopírováno
download = Stáhnout (.txt)
totp-invalid = Tento kód je nesprávný nebo vypršel. Zadejte kód, který aplikace zobrazuje teď.
totp-reused = Tento kód už byl použit. Počkejte na další kód v aplikaci.
totp-already-set-up = Pro váš účet je už nastavena ověřovací aplikace. Chcete-li nastavit novou, odeberte ji ve svém profilu.
recovery-invalid = Tento záložní kód není platný. Zkontrolujte ho a zkuste to znovu.
recovery-used = Tento záložní kód už byl použit. Použijte jiný.
last-factor-refused = Vaše organizace vyžaduje druhý faktor. Než tento odeberete, nastavte jiný.
mfa-forced = Vaše organizace vyžaduje druhý faktor, proto tento krok nelze přeskočit.
otp-not-set-up = Tento způsob přihlášení není pro váš účet nastaven. Vyberte jiný.
otp-needs-verified-email = Nejdříve ve svém profilu ověřte e-mailovou adresu.
otp-needs-verified-phone = Nejdříve ve svém profilu přidejte a ověřte telefonní číslo.
otp-no-challenge = Zatím nebyl odeslán žádný kód. Vyžádejte si nový kód.
second-factor-locked = Příliš mnoho nesprávných kódů: váš účet je zablokován. Obraťte se na správce.

## Fallback route
not-found-title = Stránka nenalezena
not-found-body = Na této adrese nic není. Zkontrolujte odkaz nebo začněte znovu.
go-to-sign-in = Přejít na přihlášení

## App sign-in (/login, /accounts, /signedin with an app's request, /device, /logout/done)
app-login-title = Přihlásit se
app-login-loading = Příprava přihlášení…
auth-request-gone = Platnost tohoto požadavku na přihlášení vypršela nebo už byl použit. Vraťte se do aplikace a začněte znovu.
accounts-title = Vyberte účet
accounts-intro = Pokračovat s účtem přihlášeným na tomto zařízení:
use-another-account = Použít jiný účet
returning-to-app = Návrat do aplikace…
return-to-app = Zpět do aplikace
callback-failed-title = Do aplikace nelze pokračovat
callback-reauthenticate = Aplikace vás žádá o nové přihlášení.
callback-second-factor = Vaše organizace pro tuto aplikaci vyžaduje druhý faktor.
callback-wrong-organization = Tato aplikace nepřijímá účty vaší organizace. Použijte jiný účet.
callback-already-answered = Na tento požadavek na přihlášení už bylo odpovězeno. Vraťte se do aplikace a začněte znovu.
sign-in-again = Přihlásit se znovu
device-title = Připojení zařízení
device-intro = Zadejte kód zobrazený na vašem zařízení.
device-code-label = Kód
device-code-required = Zadejte kód z vašeho zařízení.
device-code-unknown = Tento kód není platný nebo vypršel. Zkontrolujte aktuální kód na zařízení.
device-consent-title = Povolit přístup?
device-consent-intro = žádá o přístup k vašemu účtu
device-scopes = Požaduje
allow = Povolit
deny = Zamítnout
device-approved = Hotovo. Můžete se vrátit ke svému zařízení.
device-denied = Přístup zamítnut. Zařízení nebylo připojeno.
logout-done-title = Odhlášeno
logout-done-body = Byli jste odhlášeni. Toto okno můžete zavřít.

## Account centre (/password/set, /profile sections)
forgot-password = Zapomněli jste heslo?
password-set-title = Zvolte nové heslo
password-set-intro = Zadejte kód z e-mailu a zvolte nové heslo.
password-reset-sent = Poslali jsme vám e-mail s odkazem pro obnovení hesla. Otevřete ho nebo níže zadejte kód, který obsahuje.
set-new-password = Nastavit nové heslo
password-set-done = Vaše heslo bylo změněno. Přihlaste se novým heslem.
password-link-incomplete = Tento odkaz je neúplný. Začněte znovu na přihlašovací stránce.
section-profile = Profil
section-email = E-mail
section-phone = Telefon
section-password = Heslo
section-security = Zabezpečení
section-danger-zone = Nebezpečná zóna
nick-name-label = Přezdívka
display-name-label = Zobrazované jméno
language-label = Preferovaný jazyk
gender-label = Pohlaví
gender-unspecified = Neuvedeno
gender-female = Žena
gender-male = Muž
gender-diverse = Jiné
save = Uložit
saved = Změny byly uloženy.
cancel = Zrušit
username-required = Zadejte uživatelské jméno.
username-taken = Toto uživatelské jméno nebo e-mail už se používá.
change-email = Změnit e-mail
new-email-label = Nová e-mailová adresa
send-code = Poslat kód
email-same = Toto už je vaše e-mailová adresa.
phone-label = Telefonní číslo
phone-none = Zatím žádné telefonní číslo.
add-phone = Přidat telefonní číslo
change-phone = Změnit telefonní číslo
remove-phone = Odebrat telefonní číslo
phone-invalid = Zadejte číslo v mezinárodním formátu, například +41 79 123 45 67.
phone-code-label = Kód z SMS
no-sms-provider = SMS teď nelze odesílat. Zkuste to později.
password-changed = Vaše heslo bylo změněno.
end-other-sessions = Odhlásit všechny ostatní relace
session-ip = IP adresa
sign-in-methods-title = Způsoby přihlášení
security-log-title = Nedávné bezpečnostní události
security-log-empty = Zatím žádné bezpečnostní události.
ev-signed-in = Přihlášení
ev-password-failed = Neúspěšné přihlášení: nesprávné heslo
ev-password-changed = Heslo změněno
ev-email-changed = E-mailová adresa změněna
ev-email-change-requested = Vyžádána změna e-mailu
ev-email-verified = E-mailová adresa ověřena
ev-phone-changed = Telefonní číslo nastaveno
ev-phone-verified = Telefonní číslo ověřeno
ev-phone-removed = Telefonní číslo odebráno
ev-user-locked = Účet zablokován po neúspěšných pokusech
ev-profile-changed = Profil změněn
ev-username-changed = Uživatelské jméno změněno
ev-account-created = Účet vytvořen
ev-factor-added = Přidán způsob přihlášení
ev-factor-removed = Odebrán způsob přihlášení
download-data = Stáhnout moje data
download-data-intro = Soubor JSON s vaším profilem, způsoby přihlášení, relacemi a bezpečnostními událostmi.
delete-account = Smazat můj účet
delete-account-intro = Tímto trvale smažete svůj účet a jeho data. Pro potvrzení zadejte heslo.
delete-account-confirm = Trvale smazat můj účet
deleting = Mazání…
delete-forbidden = Účty s rolí správce zde nelze smazat.
outbox-sms-title = Zprávy SMS

## Passkeys and security keys (WebAuthn)
web-authn-unsupported = Tento prohlížeč nepodporuje přístupové ani bezpečnostní klíče. Použijte aktuální prohlížeč nebo se přihlaste heslem.
web-authn-cancelled = Požadavek byl zrušen nebo vypršel časový limit. Zkuste to znovu, až budete připraveni.
web-authn-already-registered = Toto zařízení už je pro váš účet zaregistrované.
web-authn-failed = Vaše zařízení nemohlo požadavek dokončit. Zkuste to znovu.
web-authn-unknown-credential = Tento přístupový klíč není pro tento účet zaregistrován. Vyberte jiný nebo se přihlaste heslem.
web-authn-expired = Časový limit požadavku vypršel. Zkuste to znovu.
passkeys-not-allowed = Přístupové klíče jsou pro tuto organizaci vypnuté.
web-authn-last-factor = Poslední způsob přihlášení nelze odebrat. Nejdříve přidejte jiný.
sign-in-with-passkey = Přihlásit se přístupovým klíčem
passkey-title = Přihlášení přístupovým klíčem
passkey-intro = Použijte přístupový klíč na tomto zařízení nebo v telefonu: otisk prstu, obličej nebo zámek obrazovky potvrdí, že jste to vy.
passkey-use = Použít přístupový klíč
passkey-waiting = Čeká se na přístupový klíč…
use-password-instead = Použít raději heslo
passkey-set-title = Přidání přístupového klíče
passkey-set-intro = Přihlašujte se otiskem prstu, obličejem nebo zámkem obrazovky místo hesla. Přístupový klíč zůstane ve vašem zařízení.
passkey-signup-intro = Váš účet je vytvořen. Teď vytvořte přístupový klíč, kterým se budete přihlašovat: otisk prstu, obličej nebo zámek obrazovky, bez hesla.
choose-another-way = Zvolit jiný způsob přihlášení
register-with-passkey-instead = Použít přístupový klíč místo hesla
register-with-password-instead = Použít raději heslo
register-passkey-hint = Heslo není potřeba: po tomto kroku vaše zařízení vytvoří pro tento účet přístupový klíč.
authenticator-set-title = Zabezpečte svůj účet
authenticator-set-intro = Vyberte, jak se budete přihlašovat.
authenticator-passkey = Přístupový klíč
authenticator-passkey-hint = Otisk prstu, obličej nebo zámek obrazovky. Nic si nemusíte pamatovat a phishing ho nezíská.
authenticator-password = Heslo
authenticator-password-hint = Pošleme vám e-mailem kód a pak si zvolíte heslo.
passkey-signup-grant = První přístupový klíč může přidat jen prohlížeč, ve kterém byl tento účet vytvořen, a to do 15 minut. Zvolte raději heslo nebo se zaregistrujte znovu.
second-factor-before-first = Nejdříve se přihlaste heslem nebo přístupovým klíčem.
passkeys-unavailable-here = Na této adrese nejsou přístupové klíče k dispozici. Přihlaste se heslem nebo otevřete přihlašovací stránku na její hlavní adrese.
passkey-other-host = Tento přístupový klíč byl vytvořen pro jinou adresu této služby. Použijte ho tam, nebo si zde přidejte přístupový klíč.
passkey-name-label = Název přístupového klíče
passkey-create = Vytvořit přístupový klíč
passkey-creating = Čeká se na zařízení…
passkey-added = Přístupový klíč byl přidán. Od teď se s ním můžete přihlašovat.
not-now = Teď ne
back-to-profile = Zpět na profil
u2f-title = Potvrďte bezpečnostním klíčem
u2f-intro = Vložte nebo se dotkněte bezpečnostního klíče, který jste pro tento účet zaregistrovali.
u2f-use = Použít bezpečnostní klíč
u2f-waiting = Čeká se na bezpečnostní klíč…
u2f-set-title = Přidání bezpečnostního klíče
u2f-set-intro = Bezpečnostní klíč po zadání hesla potvrdí, že jste to vy, takže samotné ukradené heslo nestačí.
u2f-name-label = Název bezpečnostního klíče
u2f-create = Zaregistrovat bezpečnostní klíč
u2f-added = Bezpečnostní klíč byl přidán. Budeme o něj žádat po zadání hesla.
passkeys = Přístupové klíče
passkeys-empty = Zatím žádné přístupové klíče.
passkey-add = Přidat přístupový klíč
security-keys = Bezpečnostní klíče
security-keys-empty = Zatím žádné bezpečnostní klíče.
security-key-add = Přidat bezpečnostní klíč
rename = Přejmenovat
remove = Odebrat
added-on = Přidáno
last-used = Naposledy použito
never-used = Nikdy nepoužito
name-required = Zadejte název.

## Confirm it's you (re-authentication dialog)
reauth-title = Potvrďte, že jste to vy
reauth-intro = Tato změna vyžaduje nedávné přihlášení. Pokračujte zadáním hesla.
reauth-intro-passkey = Tato změna vyžaduje nedávné přihlášení. Pokračujte pomocí přístupového klíče.
reauth-confirm = Potvrdit
reauth-checking = Probíhá kontrola…
reauth-with-passkey = Použít přístupový klíč
reauth-required = Pro provedení této změny potvrďte, že jste to vy.
phone-otp-sms-warning = Na toto číslo dostáváte přihlašovací kódy přes SMS. Jeho změnou nebo odebráním se vypnou; po ověření nového čísla si je nastavte znovu.

## / The text of `msg`.

## Messages with variables (functions in src/i18n.rs)
page-title = { $page } · { $app }
rule-length = { $min_length ->
    [one] Alespoň { $min_length } znak
    [few] Alespoň { $min_length } znaky
    [many] Alespoň { $min_length } znaku
   *[other] Alespoň { $min_length } znaků
}
browser-on-os = { $browser } v systému { $os }
login-on-device = { $login_name } · { $device }
verify-intro = Na adresu { $email } jsme poslali ověřovací kód. Zadejte ho níže.
resend-in = Poslat nový kód ({ $seconds } s)
email-pending = Čeká na ověření: na adresu { $email } jsme poslali kód. Do té doby se používá vaše současná adresa.
sms-sent = Na číslo { $phone } jsme poslali kód SMS.
idp-continue-with = Pokračovat přes { $provider }
idp-register-intro = Zkontrolujte údaje z účtu { $provider } a poté si vytvořte účet.
idp-link-intro = Přihlaste se heslem a propojte s účtem svůj účet { $provider }.
idp-no-account = S vaším účtem { $provider } tu není propojen žádný účet a žádný zde nelze vytvořit ani propojit. Přihlaste se jiným způsobem.
idp-linked = Váš účet { $provider } je nyní propojen. Od teď se s ním můžete přihlašovat.

## Org-scoped login: a name shared by users of several organisations
login-name-ambiguous = Toto jméno používá více účtů. Zadejte celé přihlašovací jméno: uživatel@doména-organizace.

## Account centre: profile picture, code resend limit
avatar-title = Profilový obrázek
avatar-choose = Změnit obrázek
avatar-hint = PNG, JPEG, GIF nebo WebP, nejvýše 5 MB. Ořízne se do čtverce.
avatar-save = Uložit obrázek
avatar-remove = Odebrat obrázek
avatar-too-big = Tento obrázek je příliš velký: vyberte obrázek o velikosti nejvýše 5 MB.
avatar-not-image = Tento soubor není použitelný obrázek: vyberte obrázek PNG, JPEG, GIF nebo WebP.
avatar-saved = Váš nový obrázek je uložen.
avatar-removed = Váš obrázek byl odebrán.
too-many-codes = Požádali jste o příliš mnoho kódů. Počkejte několik minut, než požádáte o další.

## Security log: session ended (sign-out), with the device and address that ended it
ev-signed-out = Odhlášení

## Account centre: deleting one's own account forbidden by the org's account policy
delete-forbidden-policy = Zásady vaší organizace nedovolují smazat vlastní účet. Požádejte o smazání správce.
