# Gatehouse UI messages: Dutch (Nederlands).
# Every other locales/<lang>.ftl has exactly these ids with the same { $variables }.
# Ids are the kebab-case names of the SPA's i18n::Msg variants (LoginNameTitle -> login-name-title).


## Shared
app-name = Gatehouse
skip-to-content = Naar de hoofdinhoud

## Branding and legal footer
brand-logo-alt = Logo van de organisatie
legal-nav-label = Juridisch en ondersteuning
legal-tos = Servicevoorwaarden
legal-privacy = Privacybeleid
legal-help = Help
legal-docs = Documentatie
legal-support = Contact opnemen met support
powered-by = Beveiligd door Gatehouse
language-switcher-label = Taal
loading = Laden…
load-failed = Deze pagina kan niet worden geladen.
retry = Opnieuw proberen
network-error = We kunnen de server niet bereiken. Controleer je verbinding en probeer het opnieuw.
unexpected = Er is iets misgegaan. Probeer het opnieuw.
server-error = Er is aan onze kant iets misgegaan. Probeer het zo opnieuw.
not-allowed = Je hebt geen toestemming om dit te doen.
session-expired = Je aanmelding is verlopen.
too-many-attempts = Te veel pogingen. Wacht een minuut en probeer het opnieuw.
invalid-input = Sommige gegevens zijn ongeldig. Controleer ze en probeer het opnieuw.

## /loginname
login-name-title = Inloggen
login-name-intro = Voer je gebruikersnaam of e-mailadres in om door te gaan.
login-name-label = Gebruikersnaam of e-mailadres
login-name-required = Voer je gebruikersnaam of e-mailadres in.
user-not-found = We kunnen geen account vinden met die gebruikersnaam of dat e-mailadres.
continue = Doorgaan
checking = Controleren…
no-account-yet = Nog geen account?
create-account-link = Account maken
signed-out = Je bent uitgelogd.
email-verified-sign-in = Je e-mailadres is geverifieerd. Log in om door te gaan.

## External identity providers (buttons on /loginname, /idp/{provider}/success and /failure, linked accounts)
idp-or = of
idp-redirecting = Doorsturen…
idp-signing-in = Je wordt ingelogd…
idp-link-incomplete = Deze inloglink is onvolledig. Begin opnieuw op de inlogpagina.
idp-intent-invalid = Deze inlogpoging is verlopen of al gebruikt. Begin opnieuw op de inlogpagina.
idp-register-title = Maak je account
idp-link-title = Heb je al een account?
idp-link-submit = Inloggen en koppelen
idp-no-account-title = Geen account gevonden
idp-linked-title = Account gekoppeld
idp-linked-elsewhere = Dit account bij de provider is al gekoppeld aan een andere gebruiker.
idp-failure-title = Inloggen is niet gelukt
idp-denied = Het inloggen is bij de provider geannuleerd of geweigerd. Er is niets gewijzigd.
idp-failed = De provider kon je niet inloggen. Probeer het opnieuw of log op een andere manier in.
idp-link-failed = Het account kon niet worden gekoppeld: de provider heeft je niet ingelogd. Er is niets gewijzigd.
back-to-sign-in = Terug naar inloggen
linked-accounts-title = Gekoppelde accounts
linked-accounts-empty = Er zijn nog geen accounts van andere providers gekoppeld.
link-another-account = Nog een account koppelen
idp-last-login-method = Dit is je enige manier om in te loggen. Voeg een wachtwoord of passkey toe voordat je deze verwijdert.
username-invalid = Voer een gebruikersnaam in.

## /password
password-title = Voer je wachtwoord in
not-you = Niet jij?
password-label = Wachtwoord
password-required = Voer je wachtwoord in.
sign-in = Inloggen
signing-in = Inloggen…
wrong-password = Onjuist wachtwoord. Probeer het opnieuw.
user-locked = Dit account is geblokkeerd na te veel mislukte pogingen. Neem contact op met je beheerder.
email-unverified = Verifieer je e-mailadres voordat je inlogt.
verify-email-link = Je e-mailadres verifiëren
password-change-required = Je moet je wachtwoord wijzigen voordat je verdergaat.
login-name-or-password-wrong = De gebruikersnaam of het wachtwoord is onjuist.

## /password/change
password-change-title = Je wachtwoord wijzigen
password-change-intro = Je moet je wachtwoord wijzigen voordat je verder kunt.
current-password-label = Huidig wachtwoord
current-password-required = Voer je huidige wachtwoord in.
new-password-label = Nieuw wachtwoord
new-password-confirm-label = Nieuw wachtwoord bevestigen
change-password = Wachtwoord wijzigen
saving = Opslaan…
password-policy-not-met = Dit wachtwoord voldoet niet aan de onderstaande eisen.
same-password = Kies een wachtwoord dat verschilt van je huidige wachtwoord.

## /register
register-title = Maak je account
register-intro = Het duurt maar een minuut.
given-name-label = Voornaam
given-name-required = Voer je voornaam in.
family-name-label = Achternaam
family-name-required = Voer je achternaam in.
email-label = E-mailadres
email-required = Voer je e-mailadres in.
email-invalid = Voer een geldig e-mailadres in, zoals naam@example.com.
email-taken = Er bestaat al een account met dit e-mailadres.
password-confirm-label = Wachtwoord bevestigen
create-account = Account maken
creating-account = Account maken…
have-account = Heb je al een account?
sign-in-link = Inloggen

## Password checklist
checklist-title = Je wachtwoord moet bevatten
rule-uppercase = Een hoofdletter
rule-lowercase = Een kleine letter
rule-number = Een cijfer
rule-symbol = Een symbool, zoals ! of #
rule-match = Beide wachtwoorden komen overeen
rule-met = , voldaan
rule-not-met = , nog niet voldaan
policy-loading = Wachtwoordregels laden…
policy-load-failed = De wachtwoordregels kunnen niet worden geladen.

## /verify
verify-title = Verifieer je e-mailadres
verify-intro-generic = We hebben een verificatiecode naar je e-mailadres gestuurd. Voer deze hieronder in.
code-label = Verificatiecode
code-required = Voer de code uit de e-mail in.
code-invalid = Die code is niet juist.
code-expired = Die code is verlopen. We kunnen je een nieuwe sturen.
verify = Verifiëren
verifying = Verifiëren…
resend = Nieuwe code sturen
sending = Versturen…
code-sent = Nieuwe code verstuurd. Kijk in je inbox.
verify-link-incomplete = Deze verificatielink is onvolledig. Log opnieuw in om een nieuwe code te krijgen.
verify-user-unknown = Deze verificatielink hoort niet bij een account. Log opnieuw in om een nieuwe code te krijgen.

## /signedin
signed-in-title = Je bent ingelogd
signed-in-as = Ingelogd als
profile-link = Naar je profiel

## /profile
profile-title = Je profiel
username-label = Gebruikersnaam
verified = Geverifieerd
not-verified = Niet geverifieerd
sessions-title = Actieve sessies
this-browser = Deze browser
unknown-device = Onbekend apparaat
session-created = Ingelogd
session-last-active = Laatste activiteit
no-sessions = Geen actieve sessies.
log-out = Uitloggen
log-out-everywhere = Overal uitloggen
logging-out = Uitloggen…

## /logout
logout-title = Uitloggen
logout-intro = Deze accounts zijn ingelogd in deze browser.
end-session = Uitloggen
logout-all = Uitloggen bij alle accounts
no-browser-sessions = Er is niemand ingelogd in deze browser.

## /dev/outbox
outbox-title = Dev-postvak uit
outbox-intro = E-mail die de server heeft verstuurd, nieuwste eerst. Alleen beschikbaar tijdens ontwikkeling.
outbox-empty = Nog geen e-mail.
outbox-disabled = Het dev-postvak uit is niet ingeschakeld (e-mail gaat via SMTP).
refresh = Vernieuwen
mail-to = Aan
mail-date = Datum

## Second factors (authenticator app, codes by email/SMS, recovery codes, /mfa, /mfa/set)
totp-title = Voer de code uit je authenticator-app in
totp-intro = Open je authenticator-app en voer de 6-cijferige code in die deze voor dit account toont.
otp-sms-title = Voer de code in die we je per sms hebben gestuurd
otp-sms-intro = We hebben een 6-cijferige code naar je telefoon gestuurd. Deze is vijf minuten geldig.
otp-email-title = Voer de code in die we je hebben gemaild
otp-email-intro = We hebben een 6-cijferige code naar je e-mailadres gestuurd. Deze is vijf minuten geldig.
other-method = Een andere methode gebruiken
use-recovery-code = Een herstelcode gebruiken
totp-set-title = Een authenticator-app instellen
totp-set-intro = Scan deze QR-code met je authenticator-app of typ de sleutel hieronder in de app. Voer daarna de 6-cijferige code in die de app toont.
totp-secret-label = Sleutel om handmatig in te voeren
otp-sms-set-title = Codes per sms
otp-sms-set-intro = Als je inlogt, sturen we een eenmalige code per sms naar je geverifieerde telefoonnummer.
otp-email-set-title = Codes per e-mail
otp-email-set-intro = Als je inlogt, sturen we een eenmalige code naar je geverifieerde e-mailadres.
turn-on = Inschakelen
mfa-title = Bevestig dat jij het bent
mfa-intro = Kies hoe je je aanmelding wilt bevestigen.
mfa-set-title = Een tweede factor toevoegen
mfa-set-intro = Bescherm je account met een tweede stap bij het inloggen. Kies er een om in te stellen, of sla dit nu over.
mfa-set-forced-intro = Je organisatie vereist een tweede stap bij het inloggen. Kies er een om in te stellen.
skip = Nu overslaan
authenticator-app = Authenticator-app
sms-codes = Codes per sms
email-codes = Codes per e-mail
security-key = Beveiligingssleutel
recovery-codes-name = Herstelcodes
recovery-code-title = Inloggen met een herstelcode
recovery-code-intro = Voer een van de herstelcodes in die je hebt bewaard. Elke code werkt maar één keer.
recovery-code-label = Herstelcode
second-factors-title = Tweede factoren
factor-on = Aan
factor-off = Uit
factor-remove = Verwijderen
factor-removing = Verwijderen…
set-up = Instellen
generate = Herstelcodes genereren
regenerate = Nieuwe codes genereren
recovery-needs-factor = Stel eerst een tweede factor in; herstelcodes vervangen deze als je hem kwijtraakt.
recovery-codes-shown-once = Bewaar deze codes nu op een veilige plek: ze worden maar één keer getoond. Elke code werkt één keer. Als je nieuwe codes genereert, worden deze ongeldig.
copy = Kopiëren
copied = Gekopieerd
download = Downloaden (.txt)
totp-invalid = Deze code is onjuist of verlopen. Voer de code in die je app nu toont.
totp-reused = Deze code is al gebruikt. Wacht op de volgende code in je app.
totp-already-set-up = Er is al een authenticator-app ingesteld voor je account. Verwijder deze in je profiel om een nieuwe in te stellen.
recovery-invalid = Deze herstelcode is ongeldig. Controleer de code en probeer het opnieuw.
recovery-used = Deze herstelcode is al gebruikt. Gebruik een andere.
last-factor-refused = Je organisatie vereist een tweede factor. Stel een andere in voordat je deze verwijdert.
mfa-forced = Je organisatie vereist een tweede factor, dus je kunt deze stap niet overslaan.
otp-not-set-up = Deze inlogmethode is niet ingesteld voor je account. Kies een andere.
otp-needs-verified-email = Verifieer eerst je e-mailadres in je profiel.
otp-needs-verified-phone = Voeg eerst een telefoonnummer toe in je profiel en verifieer het.
otp-no-challenge = Er is nog geen code verstuurd. Vraag een nieuwe code aan.
second-factor-locked = Te veel onjuiste codes: je account is geblokkeerd. Neem contact op met je beheerder.

## Fallback route
not-found-title = Pagina niet gevonden
not-found-body = Op dit adres staat niets. Controleer de link of begin opnieuw.
go-to-sign-in = Naar inloggen

## App sign-in (/login, /accounts, /signedin with an app's request, /device, /logout/done)
app-login-title = Inloggen
app-login-loading = Inloggen voorbereiden…
auth-request-gone = Dit inlogverzoek is verlopen of al gebruikt. Ga terug naar de applicatie en begin opnieuw.
accounts-title = Kies een account
accounts-intro = Doorgaan met een account dat op dit apparaat is ingelogd:
use-another-account = Een ander account gebruiken
returning-to-app = Terug naar de applicatie…
return-to-app = Terug naar de applicatie
callback-failed-title = Kan niet doorgaan naar de applicatie
callback-reauthenticate = De applicatie vraagt je om opnieuw in te loggen.
callback-second-factor = Je organisatie vereist een tweede factor voor deze applicatie.
callback-wrong-organization = Deze applicatie accepteert geen accounts van je organisatie. Gebruik een ander account.
callback-already-answered = Dit inlogverzoek is al beantwoord. Ga terug naar de applicatie en begin opnieuw.
sign-in-again = Opnieuw inloggen
device-title = Een apparaat koppelen
device-intro = Voer de code in die op je apparaat wordt getoond.
device-code-label = Code
device-code-required = Voer de code van je apparaat in.
device-code-unknown = Deze code is ongeldig of verlopen. Controleer de actuele code op het apparaat.
device-consent-title = Toegang toestaan?
device-consent-intro = wil toegang tot je account
device-scopes = Er wordt gevraagd om
allow = Toestaan
deny = Weigeren
device-approved = Klaar. Je kunt teruggaan naar je apparaat.
device-denied = Toegang geweigerd. Het apparaat is niet gekoppeld.
logout-done-title = Uitgelogd
logout-done-body = Je bent uitgelogd. Je kunt dit venster sluiten.

## Account centre (/password/set, /profile sections)
forgot-password = Wachtwoord vergeten?
password-set-title = Kies een nieuw wachtwoord
password-set-intro = Voer de code uit de e-mail in en kies een nieuw wachtwoord.
password-reset-sent = We hebben je een e-mail gestuurd met een link om je wachtwoord opnieuw in te stellen. Open de link of voer de code uit de e-mail hieronder in.
set-new-password = Nieuw wachtwoord instellen
password-set-done = Je wachtwoord is gewijzigd. Log in met je nieuwe wachtwoord.
password-link-incomplete = Deze link is onvolledig. Begin opnieuw op de inlogpagina.
section-profile = Profiel
section-email = E-mailadres
section-phone = Telefoon
section-password = Wachtwoord
section-security = Beveiliging
section-danger-zone = Gevarenzone
nick-name-label = Bijnaam
display-name-label = Weergavenaam
language-label = Voorkeurstaal
gender-label = Geslacht
gender-unspecified = Niet opgegeven
gender-female = Vrouw
gender-male = Man
gender-diverse = Divers
save = Opslaan
saved = Je wijzigingen zijn opgeslagen.
cancel = Annuleren
username-required = Voer een gebruikersnaam in.
username-taken = Deze gebruikersnaam of dit e-mailadres is al in gebruik.
change-email = E-mailadres wijzigen
new-email-label = Nieuw e-mailadres
send-code = Code sturen
email-same = Dit is al je e-mailadres.
phone-label = Telefoonnummer
phone-none = Nog geen telefoonnummer.
add-phone = Telefoonnummer toevoegen
change-phone = Telefoonnummer wijzigen
remove-phone = Telefoonnummer verwijderen
phone-invalid = Voer het nummer in internationale notatie in, zoals +41 79 123 45 67.
phone-code-label = Code uit de sms
no-sms-provider = Er kunnen momenteel geen sms-berichten worden verstuurd. Probeer het later opnieuw.
password-changed = Je wachtwoord is gewijzigd.
end-other-sessions = Alle andere sessies uitloggen
session-ip = IP-adres
sign-in-methods-title = Inlogmethoden
security-log-title = Recente beveiligingsgebeurtenissen
security-log-empty = Nog geen beveiligingsgebeurtenissen.
ev-signed-in = Ingelogd
ev-password-failed = Mislukte aanmelding: onjuist wachtwoord
ev-password-changed = Wachtwoord gewijzigd
ev-email-changed = E-mailadres gewijzigd
ev-email-change-requested = Wijziging van e-mailadres aangevraagd
ev-email-verified = E-mailadres geverifieerd
ev-phone-changed = Telefoonnummer ingesteld
ev-phone-verified = Telefoonnummer geverifieerd
ev-phone-removed = Telefoonnummer verwijderd
ev-user-locked = Account geblokkeerd na mislukte pogingen
ev-profile-changed = Profiel gewijzigd
ev-username-changed = Gebruikersnaam gewijzigd
ev-account-created = Account gemaakt
ev-factor-added = Inlogmethode toegevoegd
ev-factor-removed = Inlogmethode verwijderd
download-data = Mijn gegevens downloaden
download-data-intro = Een JSON-bestand met je profiel, inlogmethoden, sessies en beveiligingsgebeurtenissen.
delete-account = Mijn account verwijderen
delete-account-intro = Hiermee worden je account en de bijbehorende gegevens definitief verwijderd. Voer je wachtwoord in om te bevestigen.
delete-account-confirm = Mijn account definitief verwijderen
deleting = Verwijderen…
delete-forbidden = Accounts met beheerdersrollen kunnen hier niet worden verwijderd.
outbox-sms-title = Sms-berichten

## Passkeys and security keys (WebAuthn)
web-authn-unsupported = Deze browser ondersteunt geen passkeys of beveiligingssleutels. Gebruik een recente browser of log in met je wachtwoord.
web-authn-cancelled = Het verzoek is geannuleerd of verlopen. Probeer het opnieuw wanneer je klaar bent.
web-authn-already-registered = Dit apparaat is al geregistreerd voor je account.
web-authn-failed = Je apparaat kon het verzoek niet voltooien. Probeer het opnieuw.
web-authn-unknown-credential = Deze passkey is niet geregistreerd voor dit account. Kies een andere of log in met je wachtwoord.
web-authn-expired = Er is een time-out opgetreden voor het verzoek. Probeer het opnieuw.
passkeys-not-allowed = Passkeys zijn uitgeschakeld voor deze organisatie.
web-authn-last-factor = Je kunt je laatste manier om in te loggen niet verwijderen. Voeg eerst een andere toe.
sign-in-with-passkey = Inloggen met een passkey
passkey-title = Inloggen met je passkey
passkey-intro = Gebruik de passkey op dit apparaat of op je telefoon: je vingerafdruk, gezicht of schermvergrendeling bevestigt dat jij het bent.
passkey-use = Passkey gebruiken
passkey-waiting = Wachten op je passkey…
use-password-instead = In plaats daarvan je wachtwoord gebruiken
passkey-set-title = Een passkey toevoegen
passkey-set-intro = Log in met je vingerafdruk, gezicht of schermvergrendeling in plaats van een wachtwoord. De passkey blijft op je apparaat.
passkey-signup-intro = Je account is gemaakt. Maak nu de passkey waarmee je inlogt: je vingerafdruk, gezicht of schermvergrendeling, zonder wachtwoord.
choose-another-way = Een andere manier van inloggen kiezen
register-with-passkey-instead = Een passkey gebruiken in plaats van een wachtwoord
register-with-password-instead = In plaats daarvan een wachtwoord gebruiken
register-passkey-hint = Geen wachtwoord nodig: na deze stap maakt je apparaat een passkey voor dit account.
authenticator-set-title = Beveilig je account
authenticator-set-intro = Kies hoe je wilt inloggen.
authenticator-passkey = Passkey
authenticator-passkey-hint = Je vingerafdruk, gezicht of schermvergrendeling. Niets om te onthouden, en bestand tegen phishing.
authenticator-password = Wachtwoord
authenticator-password-hint = We mailen je een code, daarna kies je een wachtwoord.
passkey-signup-grant = Alleen de browser waarin dit account is gemaakt, kan binnen 15 minuten de eerste passkey toevoegen. Kies in plaats daarvan een wachtwoord of registreer je opnieuw.
second-factor-before-first = Log eerst in met je wachtwoord of passkey.
passkeys-unavailable-here = Passkeys zijn niet beschikbaar op dit adres. Log in met je wachtwoord of open de inlogpagina op het hoofdadres.
passkey-other-host = Deze passkey is gemaakt voor een ander adres van deze dienst. Gebruik hem daar, of voeg hier een passkey toe.
passkey-name-label = Naam van deze passkey
passkey-create = Passkey maken
passkey-creating = Wachten op je apparaat…
passkey-added = Passkey toegevoegd. Je kunt er vanaf nu mee inloggen.
not-now = Niet nu
back-to-profile = Terug naar je profiel
u2f-title = Bevestigen met je beveiligingssleutel
u2f-intro = Plaats of raak de beveiligingssleutel aan die je voor dit account hebt geregistreerd.
u2f-use = Beveiligingssleutel gebruiken
u2f-waiting = Wachten op je beveiligingssleutel…
u2f-set-title = Een beveiligingssleutel toevoegen
u2f-set-intro = Een beveiligingssleutel bevestigt na je wachtwoord dat jij het bent, zodat een gestolen wachtwoord alleen niet genoeg is.
u2f-name-label = Naam van deze beveiligingssleutel
u2f-create = Beveiligingssleutel registreren
u2f-added = Beveiligingssleutel toegevoegd. Hierom wordt gevraagd na je wachtwoord.
passkeys = Passkeys
passkeys-empty = Nog geen passkeys.
passkey-add = Een passkey toevoegen
security-keys = Beveiligingssleutels
security-keys-empty = Nog geen beveiligingssleutels.
security-key-add = Een beveiligingssleutel toevoegen
rename = Naam wijzigen
remove = Verwijderen
added-on = Toegevoegd op
last-used = Laatst gebruikt op
never-used = Nooit gebruikt
name-required = Voer een naam in.

## Confirm it's you (re-authentication dialog)
reauth-title = Bevestig dat jij het bent
reauth-intro = Voor deze wijziging moet je onlangs zijn ingelogd. Voer je wachtwoord in om door te gaan.
reauth-intro-passkey = Voor deze wijziging moet je onlangs zijn ingelogd. Gebruik je passkey om door te gaan.
reauth-confirm = Bevestigen
reauth-checking = Controleren…
reauth-with-passkey = Een passkey gebruiken
reauth-required = Bevestig dat jij het bent om deze wijziging aan te brengen.
phone-otp-sms-warning = Je ontvangt inlogcodes per sms op dit nummer. Als je het wijzigt of verwijdert, worden ze uitgeschakeld; stel ze opnieuw in zodra het nieuwe nummer is geverifieerd.

## / The text of `msg`.

## Messages with variables (functions in src/i18n.rs)
page-title = { $page } · { $app }
rule-length = { $min_length ->
    [one] Minimaal { $min_length } teken
   *[other] Minimaal { $min_length } tekens
}
browser-on-os = { $browser } op { $os }
login-on-device = { $login_name } · { $device }
verify-intro = We hebben een verificatiecode naar { $email } gestuurd. Voer deze hieronder in.
resend-in = Nieuwe code sturen ({ $seconds } s)
email-pending = Wacht op verificatie: we hebben een code naar { $email } gestuurd. Tot die tijd blijft je huidige adres in gebruik.
sms-sent = We hebben een code per sms naar { $phone } gestuurd.
idp-continue-with = Doorgaan met { $provider }
idp-register-intro = Controleer de gegevens van je { $provider }-account en maak daarna je account.
idp-link-intro = Log in met je wachtwoord om je { $provider }-account eraan te koppelen.
idp-no-account = Er is hier geen account gekoppeld aan je { $provider }-account, en er kan hier geen account worden gemaakt of gekoppeld. Log op een andere manier in.
idp-linked = Je { $provider }-account is nu gekoppeld. Je kunt er vanaf nu mee inloggen.

## Org-scoped login: a name shared by users of several organisations
login-name-ambiguous = Meer dan één account gebruikt deze naam. Voer je volledige inlognaam in: gebruikersnaam@organisatiedomein.

## Account centre: profile picture, code resend limit
avatar-title = Profielfoto
avatar-choose = Foto wijzigen
avatar-hint = PNG, JPEG, GIF of WebP, maximaal 5 MB. De foto wordt vierkant bijgesneden.
avatar-save = Foto opslaan
avatar-remove = Foto verwijderen
avatar-too-big = Deze afbeelding is te groot: kies er een van maximaal 5 MB.
avatar-not-image = Dit bestand is geen bruikbare afbeelding: kies een PNG-, JPEG-, GIF- of WebP-afbeelding.
avatar-saved = Je nieuwe foto is opgeslagen.
avatar-removed = Je foto is verwijderd.
too-many-codes = Je hebt te veel codes aangevraagd. Wacht een paar minuten voordat je een nieuwe aanvraagt.

## Security log: session ended (sign-out), with the device and address that ended it
ev-signed-out = Uitgelogd

## Account centre: deleting one's own account forbidden by the org's account policy
delete-forbidden-policy = Het beleid van je organisatie staat niet toe dat je je eigen account verwijdert. Vraag een beheerder om het te verwijderen.
