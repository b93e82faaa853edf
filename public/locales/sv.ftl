# Gatehouse UI messages: Swedish (Svenska).
# Every other locales/<lang>.ftl has exactly these ids with the same { $variables }.
# Ids are the kebab-case names of the SPA's i18n::Msg variants (LoginNameTitle -> login-name-title).


## Shared
app-name = Gatehouse
skip-to-content = Hoppa till huvudinnehållet

## Branding and legal footer
brand-logo-alt = Organisationens logotyp
legal-nav-label = Juridik och support
legal-tos = Användarvillkor
legal-privacy = Integritetspolicy
legal-help = Hjälp
legal-docs = Dokumentation
legal-support = Kontakta support
powered-by = Skyddas av Gatehouse
language-switcher-label = Språk
loading = Läser in…
load-failed = Det gick inte att läsa in sidan.
retry = Försök igen
network-error = Vi når inte servern. Kontrollera anslutningen och försök igen.
unexpected = Något gick fel. Försök igen.
server-error = Något gick fel hos oss. Försök igen om en stund.
not-allowed = Du har inte behörighet att göra det.
session-expired = Din inloggning har gått ut.
too-many-attempts = För många försök. Vänta en minut och försök igen.
invalid-input = Vissa uppgifter är ogiltiga. Kontrollera dem och försök igen.

## /loginname
login-name-title = Logga in
login-name-intro = Ange ditt användarnamn eller din e-postadress för att fortsätta.
login-name-label = Användarnamn eller e-postadress
login-name-required = Ange ditt användarnamn eller din e-postadress.
user-not-found = Vi hittade inget konto med det användarnamnet eller den e-postadressen.
continue = Fortsätt
checking = Kontrollerar…
no-account-yet = Inget konto än?
create-account-link = Skapa ett konto
signed-out = Du har loggats ut.
email-verified-sign-in = Din e-postadress är verifierad. Logga in för att fortsätta.

## External identity providers (buttons on /loginname, /idp/{provider}/success and /failure, linked accounts)
idp-or = eller
idp-redirecting = Omdirigerar…
idp-signing-in = Loggar in dig…
idp-link-incomplete = Inloggningslänken är ofullständig. Börja om från inloggningssidan.
idp-intent-invalid = Inloggningsförsöket har gått ut eller har redan använts. Börja om från inloggningssidan.
idp-register-title = Skapa ditt konto
idp-link-title = Har du redan ett konto?
idp-link-submit = Logga in och länka
idp-no-account-title = Inget konto hittades
idp-linked-title = Kontot har länkats
idp-linked-elsewhere = Det här kontot hos leverantören är redan länkat till en annan användare.
idp-failure-title = Inloggningen fungerade inte
idp-denied = Inloggningen avbröts eller nekades hos leverantören. Inget har ändrats.
idp-failed = Leverantören kunde inte logga in dig. Försök igen eller logga in på ett annat sätt.
idp-link-failed = Kontot kunde inte länkas: leverantören loggade inte in dig. Inget har ändrats.
back-to-sign-in = Tillbaka till inloggningen
linked-accounts-title = Länkade konton
linked-accounts-empty = Inga konton från andra leverantörer är länkade än.
link-another-account = Länka ett annat konto
idp-last-login-method = Det här är ditt enda sätt att logga in. Lägg till ett lösenord eller en lösennyckel innan du tar bort det.
username-invalid = Ange ett användarnamn.

## /password
password-title = Ange ditt lösenord
not-you = Inte du?
password-label = Lösenord
password-required = Ange ditt lösenord.
sign-in = Logga in
signing-in = Loggar in…
wrong-password = Fel lösenord. Försök igen.
user-locked = Kontot har låsts efter för många misslyckade försök. Kontakta din administratör.
email-unverified = Verifiera din e-postadress innan du loggar in.
verify-email-link = Verifiera din e-postadress
password-change-required = Du måste byta lösenord innan du fortsätter.
login-name-or-password-wrong = Användarnamnet eller lösenordet är felaktigt.

## /password/change
password-change-title = Byt lösenord
password-change-intro = Du måste byta lösenord innan du kan fortsätta.
current-password-label = Nuvarande lösenord
current-password-required = Ange ditt nuvarande lösenord.
new-password-label = Nytt lösenord
new-password-confirm-label = Bekräfta nytt lösenord
change-password = Byt lösenord
saving = Sparar…
password-policy-not-met = Lösenordet uppfyller inte kraven nedan.
same-password = Välj ett lösenord som skiljer sig från ditt nuvarande.

## /register
register-title = Skapa ditt konto
register-intro = Det tar bara en minut.
given-name-label = Förnamn
given-name-required = Ange ditt förnamn.
family-name-label = Efternamn
family-name-required = Ange ditt efternamn.
email-label = E-post
email-required = Ange din e-postadress.
email-invalid = Ange en giltig e-postadress, till exempel namn@example.com.
email-taken = Det finns redan ett konto med den här e-postadressen.
password-confirm-label = Bekräfta lösenord
create-account = Skapa konto
creating-account = Skapar konto…
have-account = Har du redan ett konto?
sign-in-link = Logga in

## Password checklist
checklist-title = Ditt lösenord behöver
rule-uppercase = En versal
rule-lowercase = En gemen
rule-number = En siffra
rule-symbol = En symbol, till exempel ! eller #
rule-match = Båda lösenorden stämmer överens
rule-met = , klart
rule-not-met = , inte än
policy-loading = Läser in lösenordsreglerna…
policy-load-failed = Det gick inte att läsa in lösenordsreglerna.

## /verify
verify-title = Verifiera din e-postadress
verify-intro-generic = Vi har skickat en verifieringskod till din e-postadress. Ange den nedan.
code-label = Verifieringskod
code-required = Ange koden från e-postmeddelandet.
code-invalid = Koden är inte korrekt.
code-expired = Koden har gått ut. Vi kan skicka en ny.
verify = Verifiera
verifying = Verifierar…
resend = Skicka en ny kod
sending = Skickar…
code-sent = En ny kod har skickats. Kolla din inkorg.
verify-link-incomplete = Verifieringslänken är ofullständig. Logga in igen för att få en ny kod.
verify-user-unknown = Verifieringslänken hör inte till något konto. Logga in igen för att få en ny kod.

## /signedin
signed-in-title = Du är inloggad
signed-in-as = Inloggad som
profile-link = Gå till din profil

## /profile
profile-title = Din profil
username-label = Användarnamn
verified = Verifierad
not-verified = Inte verifierad
sessions-title = Aktiva sessioner
this-browser = Den här webbläsaren
unknown-device = Okänd enhet
session-created = Inloggad
session-last-active = Senaste aktivitet
no-sessions = Inga aktiva sessioner.
log-out = Logga ut
log-out-everywhere = Logga ut överallt
logging-out = Loggar ut…

## /logout
logout-title = Logga ut
logout-intro = De här kontona är inloggade i den här webbläsaren.
end-session = Logga ut
logout-all = Logga ut från alla konton
no-browser-sessions = Ingen är inloggad i den här webbläsaren.

## /dev/outbox
outbox-title = Utkorg för utveckling
outbox-intro = E-post som servern har skickat, nyaste först. Endast tillgänglig under utveckling.
outbox-empty = Ingen e-post än.
outbox-disabled = Utkorgen för utveckling är inte aktiverad (e-post skickas via SMTP).
refresh = Uppdatera
mail-to = Till
mail-date = Datum

## Second factors (authenticator app, codes by email/SMS, recovery codes, /mfa, /mfa/set)
totp-title = Ange koden från din autentiseringsapp
totp-intro = Öppna din autentiseringsapp och ange den 6-siffriga kod som den visar för det här kontot.
otp-sms-title = Ange koden som vi sms:ade till dig
otp-sms-intro = Vi har skickat en 6-siffrig kod till din telefon. Den är giltig i fem minuter.
otp-email-title = Ange koden som vi mejlade till dig
otp-email-intro = Vi har skickat en 6-siffrig kod till din e-postadress. Den är giltig i fem minuter.
other-method = Använd en annan metod
use-recovery-code = Använd en återställningskod
totp-set-title = Konfigurera en autentiseringsapp
totp-set-intro = Skanna QR-koden med din autentiseringsapp eller skriv in nyckeln nedan i appen. Ange sedan den 6-siffriga kod som appen visar.
totp-secret-label = Nyckel för manuell inmatning
otp-sms-set-title = Koder via sms
otp-sms-set-intro = När du loggar in skickar vi en engångskod via sms till ditt verifierade telefonnummer.
otp-email-set-title = Koder via e-post
otp-email-set-intro = När du loggar in skickar vi en engångskod till din verifierade e-postadress.
turn-on = Aktivera
mfa-title = Bekräfta att det är du
mfa-intro = Välj hur du vill bekräfta inloggningen.
mfa-set-title = Lägg till en andra faktor
mfa-set-intro = Skydda ditt konto med ett andra steg vid inloggning. Välj en metod att konfigurera, eller hoppa över det för tillfället.
mfa-set-forced-intro = Din organisation kräver ett andra steg vid inloggning. Välj en metod att konfigurera.
skip = Hoppa över för tillfället
authenticator-app = Autentiseringsapp
sms-codes = Koder via sms
email-codes = Koder via e-post
security-key = Säkerhetsnyckel
recovery-codes-name = Återställningskoder
recovery-code-title = Logga in med en återställningskod
recovery-code-intro = Ange en av de återställningskoder som du har sparat. Varje kod fungerar bara en gång.
recovery-code-label = Återställningskod
second-factors-title = Andra faktorer
factor-on = På
factor-off = Av
factor-remove = Ta bort
factor-removing = Tar bort…
set-up = Konfigurera
generate = Skapa återställningskoder
regenerate = Skapa nya koder
recovery-needs-factor = Konfigurera en andra faktor först. Återställningskoderna ersätter den om du förlorar den.
recovery-codes-shown-once = Spara koderna på ett säkert ställe nu: de visas bara en gång. Varje kod fungerar en gång. Om du skapar nya koder blir de här ogiltiga.
copy = Kopiera
copied = Kopierat
download = Ladda ned (.txt)
totp-invalid = Koden är fel eller har gått ut. Ange koden som din app visar nu.
totp-reused = Koden har redan använts. Vänta på nästa kod i appen.
totp-already-set-up = En autentiseringsapp är redan konfigurerad för ditt konto. Ta bort den i din profil för att konfigurera en ny.
recovery-invalid = Återställningskoden är ogiltig. Kontrollera den och försök igen.
recovery-used = Återställningskoden har redan använts. Använd en annan.
last-factor-refused = Din organisation kräver en andra faktor. Konfigurera en annan innan du tar bort den här.
mfa-forced = Din organisation kräver en andra faktor, så det här steget kan inte hoppas över.
otp-not-set-up = Den här inloggningsmetoden är inte konfigurerad för ditt konto. Välj en annan.
otp-needs-verified-email = Verifiera först din e-postadress i din profil.
otp-needs-verified-phone = Lägg först till och verifiera ett telefonnummer i din profil.
otp-no-challenge = Ingen kod har skickats än. Begär en ny kod.
second-factor-locked = För många felaktiga koder: ditt konto är låst. Kontakta din administratör.

## Fallback route
not-found-title = Sidan hittades inte
not-found-body = Det finns inget på den här adressen. Kontrollera länken eller börja om.
go-to-sign-in = Gå till inloggningen

## App sign-in (/login, /accounts, /signedin with an app's request, /device, /logout/done)
app-login-title = Logga in
app-login-loading = Förbereder inloggningen…
auth-request-gone = Inloggningsbegäran har gått ut eller har redan använts. Gå tillbaka till programmet och börja om.
accounts-title = Välj ett konto
accounts-intro = Fortsätt med ett konto som är inloggat på den här enheten:
use-another-account = Använd ett annat konto
returning-to-app = Går tillbaka till programmet…
return-to-app = Tillbaka till programmet
callback-failed-title = Det går inte att fortsätta till programmet
callback-reauthenticate = Programmet ber dig att logga in igen.
callback-second-factor = Din organisation kräver en andra faktor för det här programmet.
callback-wrong-organization = Det här programmet godtar inte konton från din organisation. Använd ett annat konto.
callback-already-answered = Inloggningsbegäran har redan besvarats. Gå tillbaka till programmet och börja om.
sign-in-again = Logga in igen
device-title = Anslut en enhet
device-intro = Ange koden som visas på din enhet.
device-code-label = Kod
device-code-required = Ange koden från din enhet.
device-code-unknown = Koden är ogiltig eller har gått ut. Kontrollera den aktuella koden på enheten.
device-consent-title = Tillåta åtkomst?
device-consent-intro = vill få åtkomst till ditt konto
device-scopes = Begär åtkomst till
allow = Tillåt
deny = Neka
device-approved = Klart. Du kan gå tillbaka till din enhet.
device-denied = Åtkomst nekad. Enheten har inte anslutits.
logout-done-title = Utloggad
logout-done-body = Du har loggats ut. Du kan stänga det här fönstret.

## Account centre (/password/set, /profile sections)
forgot-password = Glömt lösenordet?
password-set-title = Välj ett nytt lösenord
password-set-intro = Ange koden från e-postmeddelandet och välj ett nytt lösenord.
password-reset-sent = Vi har skickat ett e-postmeddelande med en länk för att återställa ditt lösenord. Öppna länken eller ange koden från meddelandet nedan.
set-new-password = Ange nytt lösenord
password-set-done = Ditt lösenord har ändrats. Logga in med ditt nya lösenord.
password-link-incomplete = Länken är ofullständig. Börja om från inloggningssidan.
section-profile = Profil
section-email = E-post
section-phone = Telefon
section-password = Lösenord
section-security = Säkerhet
section-danger-zone = Riskzon
nick-name-label = Smeknamn
display-name-label = Visningsnamn
language-label = Önskat språk
gender-label = Kön
gender-unspecified = Inte angivet
gender-female = Kvinna
gender-male = Man
gender-diverse = Annat
save = Spara
saved = Dina ändringar har sparats.
cancel = Avbryt
username-required = Ange ett användarnamn.
username-taken = Användarnamnet eller e-postadressen används redan.
change-email = Ändra e-postadress
new-email-label = Ny e-postadress
send-code = Skicka kod
email-same = Det här är redan din e-postadress.
phone-label = Telefonnummer
phone-none = Inget telefonnummer än.
add-phone = Lägg till telefonnummer
change-phone = Ändra telefonnummer
remove-phone = Ta bort telefonnummer
phone-invalid = Ange numret i internationellt format, till exempel +41 79 123 45 67.
phone-code-label = Kod från sms:et
no-sms-provider = Det går inte att skicka sms just nu. Försök igen senare.
password-changed = Ditt lösenord har ändrats.
end-other-sessions = Logga ut alla andra sessioner
session-ip = IP-adress
sign-in-methods-title = Inloggningsmetoder
security-log-title = Senaste säkerhetshändelser
security-log-empty = Inga säkerhetshändelser än.
ev-signed-in = Inloggning
ev-password-failed = Misslyckad inloggning: fel lösenord
ev-password-changed = Lösenordet ändrades
ev-email-changed = E-postadressen ändrades
ev-email-change-requested = Byte av e-postadress begärdes
ev-email-verified = E-postadressen verifierades
ev-phone-changed = Telefonnumret angavs
ev-phone-verified = Telefonnumret verifierades
ev-phone-removed = Telefonnumret togs bort
ev-user-locked = Kontot låstes efter misslyckade försök
ev-profile-changed = Profilen ändrades
ev-username-changed = Användarnamnet ändrades
ev-account-created = Kontot skapades
ev-factor-added = Inloggningsmetod lades till
ev-factor-removed = Inloggningsmetod togs bort
download-data = Ladda ned mina data
download-data-intro = En JSON-fil med din profil, dina inloggningsmetoder, sessioner och säkerhetshändelser.
delete-account = Radera mitt konto
delete-account-intro = Detta raderar ditt konto och dess data permanent. Ange ditt lösenord för att bekräfta.
delete-account-confirm = Radera mitt konto permanent
deleting = Raderar…
delete-forbidden = Konton med administratörsroller kan inte raderas här.
outbox-sms-title = Sms

## Passkeys and security keys (WebAuthn)
web-authn-unsupported = Den här webbläsaren kan inte använda lösennycklar eller säkerhetsnycklar. Använd en aktuell webbläsare eller logga in med ditt lösenord.
web-authn-cancelled = Begäran avbröts eller tog för lång tid. Försök igen när du är redo.
web-authn-already-registered = Den här enheten är redan registrerad för ditt konto.
web-authn-failed = Din enhet kunde inte slutföra begäran. Försök igen.
web-authn-unknown-credential = Den här lösennyckeln är inte registrerad för kontot. Välj en annan eller logga in med ditt lösenord.
web-authn-expired = Tidsgränsen för begäran överskreds. Försök igen.
passkeys-not-allowed = Lösennycklar är inaktiverade för den här organisationen.
web-authn-last-factor = Du kan inte ta bort ditt sista sätt att logga in. Lägg till ett annat först.
sign-in-with-passkey = Logga in med en lösennyckel
passkey-title = Logga in med din lösennyckel
passkey-intro = Använd lösennyckeln på den här enheten eller på din telefon: ditt fingeravtryck, ansikte eller skärmlås bekräftar att det är du.
passkey-use = Använd lösennyckel
passkey-waiting = Väntar på din lösennyckel…
use-password-instead = Använd lösenordet i stället
passkey-set-title = Lägg till en lösennyckel
passkey-set-intro = Logga in med fingeravtryck, ansikte eller skärmlås i stället för ett lösenord. Lösennyckeln stannar på din enhet.
passkey-signup-intro = Ditt konto har skapats. Skapa nu lösennyckeln som du ska logga in med: ditt fingeravtryck, ansikte eller skärmlås, inget lösenord.
choose-another-way = Välj ett annat sätt att logga in
register-with-passkey-instead = Använd en lösennyckel i stället för ett lösenord
register-with-password-instead = Använd ett lösenord i stället
register-passkey-hint = Inget lösenord behövs: efter det här steget skapar din enhet en lösennyckel för kontot.
authenticator-set-title = Skydda ditt konto
authenticator-set-intro = Välj hur du vill logga in.
authenticator-passkey = Lösennyckel
authenticator-passkey-hint = Ditt fingeravtryck, ansikte eller skärmlås. Inget att komma ihåg, och den kan inte nätfiskas.
authenticator-password = Lösenord
authenticator-password-hint = Vi mejlar dig en kod och sedan väljer du ett lösenord.
passkey-signup-grant = Bara webbläsaren som skapade kontot kan lägga till dess första lösennyckel, inom 15 minuter. Välj ett lösenord i stället eller registrera dig igen.
second-factor-before-first = Logga först in med ditt lösenord eller din lösennyckel.
passkeys-unavailable-here = Lösennycklar är inte tillgängliga på den här adressen. Logga in med ditt lösenord eller öppna inloggningssidan på dess huvudadress.
passkey-other-host = Den här lösennyckeln skapades för en annan adress för den här tjänsten. Använd den där, eller lägg till en lösennyckel här.
passkey-name-label = Namn på lösennyckeln
passkey-create = Skapa lösennyckel
passkey-creating = Väntar på din enhet…
passkey-added = Lösennyckeln har lagts till. Du kan logga in med den från och med nu.
not-now = Inte nu
back-to-profile = Tillbaka till din profil
u2f-title = Bekräfta med din säkerhetsnyckel
u2f-intro = Sätt i eller rör vid säkerhetsnyckeln som du har registrerat för det här kontot.
u2f-use = Använd säkerhetsnyckel
u2f-waiting = Väntar på din säkerhetsnyckel…
u2f-set-title = Lägg till en säkerhetsnyckel
u2f-set-intro = En säkerhetsnyckel bekräftar att det är du efter lösenordet, så ett stulet lösenord räcker inte ensamt.
u2f-name-label = Namn på säkerhetsnyckeln
u2f-create = Registrera säkerhetsnyckel
u2f-added = Säkerhetsnyckeln har lagts till. Du ombeds använda den efter lösenordet.
passkeys = Lösennycklar
passkeys-empty = Inga lösennycklar än.
passkey-add = Lägg till en lösennyckel
security-keys = Säkerhetsnycklar
security-keys-empty = Inga säkerhetsnycklar än.
security-key-add = Lägg till en säkerhetsnyckel
rename = Byt namn
remove = Ta bort
added-on = Tillagd
last-used = Senast använd
never-used = Aldrig använd
name-required = Ange ett namn.

## Confirm it's you (re-authentication dialog)
reauth-title = Bekräfta att det är du
reauth-intro = Den här ändringen kräver en nylig inloggning. Ange ditt lösenord för att fortsätta.
reauth-intro-passkey = Den här ändringen kräver en nylig inloggning. Använd din lösennyckel för att fortsätta.
reauth-confirm = Bekräfta
reauth-checking = Kontrollerar…
reauth-with-passkey = Använd en lösennyckel
reauth-required = Bekräfta att det är du för att göra den här ändringen.
phone-otp-sms-warning = Du får inloggningskoder via sms till det här numret. Om du ändrar eller tar bort det stängs de av; konfigurera dem igen när det nya numret är verifierat.

## / The text of `msg`.

## Messages with variables (functions in src/i18n.rs)
page-title = { $page } · { $app }
rule-length = { $min_length ->
    [one] Minst { $min_length } tecken
   *[other] Minst { $min_length } tecken
}
browser-on-os = { $browser } på { $os }
login-on-device = { $login_name } · { $device }
verify-intro = Vi har skickat en verifieringskod till { $email }. Ange den nedan.
resend-in = Skicka en ny kod ({ $seconds } s)
email-pending = Väntar på verifiering: vi har skickat en kod till { $email }. Din nuvarande adress används tills dess.
sms-sent = Vi har skickat en kod via sms till { $phone }.
idp-continue-with = Fortsätt med { $provider }
idp-register-intro = Kontrollera uppgifterna från ditt { $provider }-konto och skapa sedan ditt konto.
idp-link-intro = Logga in med ditt lösenord för att länka ditt { $provider }-konto till det.
idp-no-account = Inget konto här är länkat till ditt { $provider }-konto, och inget kan skapas eller länkas här. Logga in på ett annat sätt.
idp-linked = Ditt { $provider }-konto är nu länkat. Du kan logga in med det från och med nu.

## Org-scoped login: a name shared by users of several organisations
login-name-ambiguous = Flera konton använder det här namnet. Ange ditt fullständiga inloggningsnamn: användarnamn@organisationsdomän.

## Account centre: profile picture, code resend limit
avatar-title = Profilbild
avatar-choose = Byt bild
avatar-hint = PNG, JPEG, GIF eller WebP, högst 5 MB. Den beskärs till en kvadrat.
avatar-save = Spara bild
avatar-remove = Ta bort bild
avatar-too-big = Bilden är för stor: välj en på högst 5 MB.
avatar-not-image = Filen är ingen bild som kan användas: välj en PNG-, JPEG-, GIF- eller WebP-bild.
avatar-saved = Din nya bild är sparad.
avatar-removed = Din bild har tagits bort.
too-many-codes = Du har begärt för många koder. Vänta några minuter innan du begär en ny.

## Security log: session ended (sign-out), with the device and address that ended it
ev-signed-out = Utloggning

## Account centre: deleting one's own account forbidden by the org's account policy
delete-forbidden-policy = Din organisations policy tillåter inte att du tar bort ditt eget konto. Be en administratör att ta bort det.
