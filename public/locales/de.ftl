# Gatehouse UI messages: German (Deutsch).
# Every other locales/<lang>.ftl has exactly these ids with the same { $variables }.
# Ids are the kebab-case names of the SPA's i18n::Msg variants (LoginNameTitle -> login-name-title).


## Shared
app-name = Gatehouse
skip-to-content = Zum Hauptinhalt springen

## Branding and legal footer
brand-logo-alt = Logo der Organisation
legal-nav-label = Rechtliches und Support
legal-tos = Nutzungsbedingungen
legal-privacy = Datenschutzerklärung
legal-help = Hilfe
legal-docs = Dokumentation
legal-support = Support kontaktieren
powered-by = Geschützt durch Gatehouse
language-switcher-label = Sprache
loading = Wird geladen…
load-failed = Diese Seite konnte nicht geladen werden.
retry = Erneut versuchen
network-error = Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
unexpected = Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.
server-error = Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es gleich noch einmal.
not-allowed = Dazu sind Sie nicht berechtigt.
session-expired = Ihre Anmeldung ist abgelaufen.
too-many-attempts = Zu viele Versuche. Warten Sie eine Minute und versuchen Sie es erneut.
invalid-input = Einige Angaben sind ungültig. Prüfen Sie sie und versuchen Sie es erneut.

## /loginname
login-name-title = Anmelden
login-name-intro = Geben Sie Ihren Benutzernamen oder Ihre E-Mail-Adresse ein, um fortzufahren.
login-name-label = Benutzername oder E-Mail-Adresse
login-name-required = Geben Sie Ihren Benutzernamen oder Ihre E-Mail-Adresse ein.
user-not-found = Wir konnten kein Konto mit diesem Benutzernamen oder dieser E-Mail-Adresse finden.
continue = Weiter
checking = Wird geprüft…
no-account-yet = Noch kein Konto?
create-account-link = Konto erstellen
signed-out = Sie wurden abgemeldet.
email-verified-sign-in = Ihre E-Mail-Adresse ist bestätigt. Melden Sie sich an, um fortzufahren.

## External identity providers (buttons on /loginname, /idp/{provider}/success and /failure, linked accounts)
idp-or = oder
idp-redirecting = Weiterleitung…
idp-signing-in = Sie werden angemeldet…
idp-link-incomplete = Dieser Anmeldelink ist unvollständig. Beginnen Sie erneut auf der Anmeldeseite.
idp-intent-invalid = Dieser Anmeldeversuch ist abgelaufen oder wurde bereits verwendet. Beginnen Sie erneut auf der Anmeldeseite.
idp-register-title = Konto erstellen
idp-link-title = Sie haben bereits ein Konto?
idp-link-submit = Anmelden und verknüpfen
idp-no-account-title = Kein Konto gefunden
idp-linked-title = Konto verknüpft
idp-linked-elsewhere = Dieses Konto beim Anbieter ist bereits mit einem anderen Benutzer verknüpft.
idp-failure-title = Die Anmeldung hat nicht funktioniert
idp-denied = Die Anmeldung wurde beim Anbieter abgebrochen oder abgelehnt. Es wurde nichts geändert.
idp-failed = Der Anbieter konnte Sie nicht anmelden. Versuchen Sie es erneut oder melden Sie sich auf andere Weise an.
idp-link-failed = Das Konto konnte nicht verknüpft werden: Der Anbieter hat Sie nicht angemeldet. Es wurde nichts geändert.
back-to-sign-in = Zurück zur Anmeldung
linked-accounts-title = Verknüpfte Konten
linked-accounts-empty = Es sind noch keine Konten anderer Anbieter verknüpft.
link-another-account = Weiteres Konto verknüpfen
idp-last-login-method = Dies ist Ihre einzige Anmeldemöglichkeit. Fügen Sie ein Passwort oder einen Passkey hinzu, bevor Sie sie entfernen.
username-invalid = Geben Sie einen Benutzernamen ein.

## /password
password-title = Passwort eingeben
not-you = Nicht Sie?
password-label = Passwort
password-required = Geben Sie Ihr Passwort ein.
sign-in = Anmelden
signing-in = Anmeldung läuft…
wrong-password = Falsches Passwort. Versuchen Sie es erneut.
user-locked = Dieses Konto wurde nach zu vielen Fehlversuchen gesperrt. Wenden Sie sich an Ihre Administration.
email-unverified = Bitte bestätigen Sie Ihre E-Mail-Adresse, bevor Sie sich anmelden.
verify-email-link = E-Mail-Adresse bestätigen
password-change-required = Sie müssen Ihr Passwort ändern, bevor Sie fortfahren können.
login-name-or-password-wrong = Benutzername oder Passwort ist falsch.

## /password/change
password-change-title = Passwort ändern
password-change-intro = Sie müssen Ihr Passwort ändern, bevor Sie fortfahren können.
current-password-label = Aktuelles Passwort
current-password-required = Geben Sie Ihr aktuelles Passwort ein.
new-password-label = Neues Passwort
new-password-confirm-label = Neues Passwort bestätigen
change-password = Passwort ändern
saving = Wird gespeichert…
password-policy-not-met = Dieses Passwort erfüllt die folgenden Anforderungen nicht.
same-password = Wählen Sie ein Passwort, das sich von Ihrem aktuellen unterscheidet.

## /register
register-title = Konto erstellen
register-intro = Das dauert nur eine Minute.
given-name-label = Vorname
given-name-required = Geben Sie Ihren Vornamen ein.
family-name-label = Nachname
family-name-required = Geben Sie Ihren Nachnamen ein.
email-label = E-Mail-Adresse
email-required = Geben Sie Ihre E-Mail-Adresse ein.
email-invalid = Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.com.
email-taken = Es gibt bereits ein Konto mit dieser E-Mail-Adresse.
password-confirm-label = Passwort bestätigen
create-account = Konto erstellen
creating-account = Konto wird erstellt…
have-account = Sie haben bereits ein Konto?
sign-in-link = Anmelden

## Password checklist
checklist-title = Ihr Passwort benötigt
rule-uppercase = Einen Großbuchstaben
rule-lowercase = Einen Kleinbuchstaben
rule-number = Eine Ziffer
rule-symbol = Ein Sonderzeichen, z. B. ! oder #
rule-match = Beide Passwörter stimmen überein
rule-met = , erfüllt
rule-not-met = , noch nicht erfüllt
policy-loading = Passwortregeln werden geladen…
policy-load-failed = Die Passwortregeln konnten nicht geladen werden.

## /verify
verify-title = E-Mail-Adresse bestätigen
verify-intro-generic = Wir haben einen Bestätigungscode an Ihre E-Mail-Adresse gesendet. Geben Sie ihn unten ein.
code-label = Bestätigungscode
code-required = Geben Sie den Code aus der E-Mail ein.
code-invalid = Dieser Code ist nicht korrekt.
code-expired = Dieser Code ist abgelaufen. Wir können Ihnen einen neuen senden.
verify = Bestätigen
verifying = Wird bestätigt…
resend = Neuen Code senden
sending = Wird gesendet…
code-sent = Neuer Code gesendet. Sehen Sie in Ihrem Posteingang nach.
verify-link-incomplete = Dieser Bestätigungslink ist unvollständig. Melden Sie sich erneut an, um einen neuen Code zu erhalten.
verify-user-unknown = Dieser Bestätigungslink gehört zu keinem Konto. Melden Sie sich erneut an, um einen neuen Code zu erhalten.

## /signedin
signed-in-title = Sie sind angemeldet
signed-in-as = Angemeldet als
profile-link = Zu Ihrem Profil

## /profile
profile-title = Ihr Profil
username-label = Benutzername
verified = Bestätigt
not-verified = Nicht bestätigt
sessions-title = Aktive Sitzungen
this-browser = Dieser Browser
unknown-device = Unbekanntes Gerät
session-created = Angemeldet
session-last-active = Letzte Aktivität
no-sessions = Keine aktiven Sitzungen.
log-out = Abmelden
log-out-everywhere = Überall abmelden
logging-out = Abmeldung läuft…

## /logout
logout-title = Abmelden
logout-intro = Diese Konten sind in diesem Browser angemeldet.
end-session = Abmelden
logout-all = Von allen Konten abmelden
no-browser-sessions = In diesem Browser ist niemand angemeldet.

## /dev/outbox
outbox-title = Dev-Postausgang
outbox-intro = Vom Server gesendete E-Mails, neueste zuerst. Nur in der Entwicklung verfügbar.
outbox-empty = Noch keine E-Mails.
outbox-disabled = Der Dev-Postausgang ist nicht aktiviert (E-Mails werden per SMTP versendet).
refresh = Aktualisieren
mail-to = An
mail-date = Datum

## Second factors (authenticator app, codes by email/SMS, recovery codes, /mfa, /mfa/set)
totp-title = Code aus Ihrer Authenticator-App eingeben
totp-intro = Öffnen Sie Ihre Authenticator-App und geben Sie den 6-stelligen Code ein, den sie für dieses Konto anzeigt.
otp-sms-title = Code aus der SMS eingeben
otp-sms-intro = Wir haben einen 6-stelligen Code an Ihr Telefon gesendet. Er ist fünf Minuten lang gültig.
otp-email-title = Code aus der E-Mail eingeben
otp-email-intro = Wir haben einen 6-stelligen Code an Ihre E-Mail-Adresse gesendet. Er ist fünf Minuten lang gültig.
other-method = Andere Methode verwenden
use-recovery-code = Wiederherstellungscode verwenden
totp-set-title = Authenticator-App einrichten
totp-set-intro = Scannen Sie diesen QR-Code mit Ihrer Authenticator-App oder geben Sie den Schlüssel unten dort ein. Geben Sie dann den 6-stelligen Code ein, den die App anzeigt.
totp-secret-label = Schlüssel zur manuellen Eingabe
otp-sms-set-title = Codes per SMS
otp-sms-set-intro = Bei der Anmeldung senden wir Ihnen einen Einmalcode per SMS an Ihre bestätigte Telefonnummer.
otp-email-set-title = Codes per E-Mail
otp-email-set-intro = Bei der Anmeldung senden wir Ihnen einen Einmalcode an Ihre bestätigte E-Mail-Adresse.
turn-on = Aktivieren
mfa-title = Bestätigen Sie, dass Sie es sind
mfa-intro = Wählen Sie, wie Sie Ihre Anmeldung bestätigen möchten.
mfa-set-title = Zweiten Faktor hinzufügen
mfa-set-intro = Schützen Sie Ihr Konto mit einem zweiten Schritt bei der Anmeldung. Wählen Sie eine Methode zum Einrichten oder überspringen Sie diesen Schritt vorerst.
mfa-set-forced-intro = Ihre Organisation verlangt einen zweiten Schritt bei der Anmeldung. Wählen Sie eine Methode zum Einrichten.
skip = Vorerst überspringen
authenticator-app = Authenticator-App
sms-codes = Codes per SMS
email-codes = Codes per E-Mail
security-key = Sicherheitsschlüssel
recovery-codes-name = Wiederherstellungscodes
recovery-code-title = Mit einem Wiederherstellungscode anmelden
recovery-code-intro = Geben Sie einen der Wiederherstellungscodes ein, die Sie gespeichert haben. Jeder Code funktioniert nur einmal.
recovery-code-label = Wiederherstellungscode
second-factors-title = Zweite Faktoren
factor-on = An
factor-off = Aus
factor-remove = Entfernen
factor-removing = Wird entfernt…
set-up = Einrichten
generate = Wiederherstellungscodes erstellen
regenerate = Neue Codes erstellen
recovery-needs-factor = Richten Sie zuerst einen zweiten Faktor ein. Wiederherstellungscodes ersetzen ihn, falls er verloren geht.
recovery-codes-shown-once = Bewahren Sie diese Codes jetzt an einem sicheren Ort auf: Sie werden nur einmal angezeigt. Jeder Code funktioniert genau einmal. Wenn Sie neue Codes erstellen, werden diese ungültig.
copy = Kopieren
copied = Kopiert
download = Herunterladen (.txt)
totp-invalid = Dieser Code ist falsch oder abgelaufen. Geben Sie den Code ein, den Ihre App jetzt anzeigt.
totp-reused = Dieser Code wurde bereits verwendet. Warten Sie auf den nächsten Code in Ihrer App.
totp-already-set-up = Für Ihr Konto ist bereits eine Authenticator-App eingerichtet. Entfernen Sie sie in Ihrem Profil, um eine neue einzurichten.
recovery-invalid = Dieser Wiederherstellungscode ist ungültig. Prüfen Sie ihn und versuchen Sie es erneut.
recovery-used = Dieser Wiederherstellungscode wurde bereits verwendet. Verwenden Sie einen anderen.
last-factor-refused = Ihre Organisation verlangt einen zweiten Faktor. Richten Sie einen weiteren ein, bevor Sie diesen entfernen.
mfa-forced = Ihre Organisation verlangt einen zweiten Faktor, daher kann dieser Schritt nicht übersprungen werden.
otp-not-set-up = Diese Anmeldemethode ist für Ihr Konto nicht eingerichtet. Wählen Sie eine andere.
otp-needs-verified-email = Bestätigen Sie zuerst Ihre E-Mail-Adresse in Ihrem Profil.
otp-needs-verified-phone = Fügen Sie zuerst in Ihrem Profil eine Telefonnummer hinzu und bestätigen Sie sie.
otp-no-challenge = Es wurde noch kein Code gesendet. Fordern Sie einen neuen Code an.
second-factor-locked = Zu viele falsche Codes: Ihr Konto ist gesperrt. Wenden Sie sich an Ihre Administration.

## Fallback route
not-found-title = Seite nicht gefunden
not-found-body = Unter dieser Adresse gibt es nichts. Prüfen Sie den Link oder beginnen Sie von vorn.
go-to-sign-in = Zur Anmeldung

## App sign-in (/login, /accounts, /signedin with an app's request, /device, /logout/done)
app-login-title = Anmelden
app-login-loading = Anmeldung wird vorbereitet…
auth-request-gone = Diese Anmeldeanfrage ist abgelaufen oder wurde bereits verwendet. Kehren Sie zur Anwendung zurück und beginnen Sie erneut.
accounts-title = Konto auswählen
accounts-intro = Mit einem Konto fortfahren, das auf diesem Gerät angemeldet ist:
use-another-account = Anderes Konto verwenden
returning-to-app = Zurück zur Anwendung…
return-to-app = Zurück zur Anwendung
callback-failed-title = Weiter zur Anwendung nicht möglich
callback-reauthenticate = Die Anwendung bittet Sie, sich erneut anzumelden.
callback-second-factor = Ihre Organisation verlangt für diese Anwendung einen zweiten Faktor.
callback-wrong-organization = Diese Anwendung akzeptiert keine Konten Ihrer Organisation. Verwenden Sie ein anderes Konto.
callback-already-answered = Diese Anmeldeanfrage wurde bereits beantwortet. Kehren Sie zur Anwendung zurück und beginnen Sie erneut.
sign-in-again = Erneut anmelden
device-title = Gerät verbinden
device-intro = Geben Sie den Code ein, der auf Ihrem Gerät angezeigt wird.
device-code-label = Code
device-code-required = Geben Sie den Code von Ihrem Gerät ein.
device-code-unknown = Dieser Code ist ungültig oder abgelaufen. Sehen Sie auf dem Gerät nach dem aktuellen Code.
device-consent-title = Zugriff erlauben?
device-consent-intro = möchte auf Ihr Konto zugreifen
device-scopes = Angefragt wird
allow = Erlauben
deny = Ablehnen
device-approved = Fertig. Sie können zu Ihrem Gerät zurückkehren.
device-denied = Zugriff verweigert. Das Gerät wurde nicht verbunden.
logout-done-title = Abgemeldet
logout-done-body = Sie wurden abgemeldet. Sie können dieses Fenster schließen.

## Account centre (/password/set, /profile sections)
forgot-password = Passwort vergessen?
password-set-title = Neues Passwort wählen
password-set-intro = Geben Sie den Code aus der E-Mail ein und wählen Sie ein neues Passwort.
password-reset-sent = Wir haben Ihnen eine E-Mail mit einem Link zum Zurücksetzen Ihres Passworts gesendet. Öffnen Sie den Link oder geben Sie den Code unten ein.
set-new-password = Neues Passwort festlegen
password-set-done = Ihr Passwort wurde geändert. Melden Sie sich mit Ihrem neuen Passwort an.
password-link-incomplete = Dieser Link ist unvollständig. Beginnen Sie erneut auf der Anmeldeseite.
section-profile = Profil
section-email = E-Mail-Adresse
section-phone = Telefon
section-password = Passwort
section-security = Sicherheit
section-danger-zone = Gefahrenbereich
nick-name-label = Spitzname
display-name-label = Anzeigename
language-label = Bevorzugte Sprache
gender-label = Geschlecht
gender-unspecified = Keine Angabe
gender-female = Weiblich
gender-male = Männlich
gender-diverse = Divers
save = Speichern
saved = Ihre Änderungen wurden gespeichert.
cancel = Abbrechen
username-required = Geben Sie einen Benutzernamen ein.
username-taken = Dieser Benutzername oder diese E-Mail-Adresse ist bereits vergeben.
change-email = E-Mail-Adresse ändern
new-email-label = Neue E-Mail-Adresse
send-code = Code senden
email-same = Das ist bereits Ihre E-Mail-Adresse.
phone-label = Telefonnummer
phone-none = Noch keine Telefonnummer.
add-phone = Telefonnummer hinzufügen
change-phone = Telefonnummer ändern
remove-phone = Telefonnummer entfernen
phone-invalid = Geben Sie die Nummer im internationalen Format ein, z. B. +41 79 123 45 67.
phone-code-label = Code aus der SMS
no-sms-provider = SMS können derzeit nicht gesendet werden. Versuchen Sie es später erneut.
password-changed = Ihr Passwort wurde geändert.
end-other-sessions = Alle anderen Sitzungen abmelden
session-ip = IP-Adresse
sign-in-methods-title = Anmeldemethoden
security-log-title = Letzte Sicherheitsereignisse
security-log-empty = Noch keine Sicherheitsereignisse.
ev-signed-in = Angemeldet
ev-password-failed = Anmeldung fehlgeschlagen: falsches Passwort
ev-password-changed = Passwort geändert
ev-email-changed = E-Mail-Adresse geändert
ev-email-change-requested = Änderung der E-Mail-Adresse angefordert
ev-email-verified = E-Mail-Adresse bestätigt
ev-phone-changed = Telefonnummer festgelegt
ev-phone-verified = Telefonnummer bestätigt
ev-phone-removed = Telefonnummer entfernt
ev-user-locked = Konto nach Fehlversuchen gesperrt
ev-profile-changed = Profil geändert
ev-username-changed = Benutzername geändert
ev-account-created = Konto erstellt
ev-factor-added = Anmeldemethode hinzugefügt
ev-factor-removed = Anmeldemethode entfernt
download-data = Meine Daten herunterladen
download-data-intro = Eine JSON-Datei mit Ihrem Profil, Ihren Anmeldemethoden, Sitzungen und Sicherheitsereignissen.
delete-account = Mein Konto löschen
delete-account-intro = Dadurch werden Ihr Konto und seine Daten endgültig gelöscht. Geben Sie zur Bestätigung Ihr Passwort ein.
delete-account-confirm = Mein Konto endgültig löschen
deleting = Wird gelöscht…
delete-forbidden = Konten mit Administratorrollen können hier nicht gelöscht werden.
outbox-sms-title = SMS

## Passkeys and security keys (WebAuthn)
web-authn-unsupported = Dieser Browser unterstützt keine Passkeys oder Sicherheitsschlüssel. Verwenden Sie einen aktuellen Browser oder melden Sie sich mit Ihrem Passwort an.
web-authn-cancelled = Die Anfrage wurde abgebrochen oder ist abgelaufen. Versuchen Sie es erneut, wenn Sie bereit sind.
web-authn-already-registered = Dieses Gerät ist für Ihr Konto bereits registriert.
web-authn-failed = Ihr Gerät konnte die Anfrage nicht abschließen. Versuchen Sie es erneut.
web-authn-unknown-credential = Dieser Passkey ist für dieses Konto nicht registriert. Wählen Sie einen anderen oder melden Sie sich mit Ihrem Passwort an.
web-authn-expired = Die Zeit für die Anfrage ist abgelaufen. Versuchen Sie es erneut.
passkeys-not-allowed = Passkeys sind für diese Organisation deaktiviert.
web-authn-last-factor = Sie können Ihre letzte Anmeldemöglichkeit nicht entfernen. Fügen Sie zuerst eine weitere hinzu.
sign-in-with-passkey = Mit Passkey anmelden
passkey-title = Mit Ihrem Passkey anmelden
passkey-intro = Verwenden Sie den Passkey auf diesem Gerät oder auf Ihrem Smartphone: Ihr Fingerabdruck, Ihr Gesicht oder Ihre Bildschirmsperre bestätigt, dass Sie es sind.
passkey-use = Passkey verwenden
passkey-waiting = Warten auf Ihren Passkey…
use-password-instead = Stattdessen Passwort verwenden
passkey-set-title = Passkey hinzufügen
passkey-set-intro = Melden Sie sich mit Fingerabdruck, Gesicht oder Bildschirmsperre statt mit einem Passwort an. Der Passkey bleibt auf Ihrem Gerät.
passkey-signup-intro = Ihr Konto ist erstellt. Erstellen Sie jetzt den Passkey, mit dem Sie sich anmelden: per Fingerabdruck, Gesicht oder Bildschirmsperre, ganz ohne Passwort.
choose-another-way = Andere Anmeldemethode wählen
register-with-passkey-instead = Passkey statt Passwort verwenden
register-with-password-instead = Stattdessen ein Passwort verwenden
register-passkey-hint = Kein Passwort nötig: Nach diesem Schritt erstellt Ihr Gerät einen Passkey für dieses Konto.
authenticator-set-title = Konto schützen
authenticator-set-intro = Wählen Sie, wie Sie sich anmelden möchten.
authenticator-passkey = Passkey
authenticator-passkey-hint = Ihr Fingerabdruck, Ihr Gesicht oder Ihre Bildschirmsperre. Nichts zu merken, und Phishing ist ausgeschlossen.
authenticator-password = Passwort
authenticator-password-hint = Wir senden Ihnen einen Code per E-Mail, dann wählen Sie ein Passwort.
passkey-signup-grant = Nur der Browser, in dem dieses Konto erstellt wurde, kann innerhalb von 15 Minuten den ersten Passkey hinzufügen. Wählen Sie stattdessen ein Passwort oder registrieren Sie sich erneut.
second-factor-before-first = Melden Sie sich zuerst mit Ihrem Passwort oder Passkey an.
passkeys-unavailable-here = Passkeys sind unter dieser Adresse nicht verfügbar. Melden Sie sich mit Ihrem Passwort an oder öffnen Sie die Anmeldeseite unter ihrer Hauptadresse.
passkey-other-host = Dieser Passkey wurde für eine andere Adresse dieses Dienstes erstellt. Verwenden Sie ihn dort oder fügen Sie hier einen Passkey hinzu.
passkey-name-label = Name dieses Passkeys
passkey-create = Passkey erstellen
passkey-creating = Warten auf Ihr Gerät…
passkey-added = Passkey hinzugefügt. Sie können sich ab jetzt damit anmelden.
not-now = Nicht jetzt
back-to-profile = Zurück zu Ihrem Profil
u2f-title = Mit Ihrem Sicherheitsschlüssel bestätigen
u2f-intro = Stecken Sie den Sicherheitsschlüssel ein, den Sie für dieses Konto registriert haben, oder berühren Sie ihn.
u2f-use = Sicherheitsschlüssel verwenden
u2f-waiting = Warten auf Ihren Sicherheitsschlüssel…
u2f-set-title = Sicherheitsschlüssel hinzufügen
u2f-set-intro = Ein Sicherheitsschlüssel bestätigt nach Ihrem Passwort, dass Sie es sind. So reicht ein gestohlenes Passwort allein nicht aus.
u2f-name-label = Name dieses Sicherheitsschlüssels
u2f-create = Sicherheitsschlüssel registrieren
u2f-added = Sicherheitsschlüssel hinzugefügt. Sie werden nach Ihrem Passwort danach gefragt.
passkeys = Passkeys
passkeys-empty = Noch keine Passkeys.
passkey-add = Passkey hinzufügen
security-keys = Sicherheitsschlüssel
security-keys-empty = Noch keine Sicherheitsschlüssel.
security-key-add = Sicherheitsschlüssel hinzufügen
rename = Umbenennen
remove = Entfernen
added-on = Hinzugefügt
last-used = Zuletzt verwendet
never-used = Nie verwendet
name-required = Geben Sie einen Namen ein.

## Confirm it's you (re-authentication dialog)
reauth-title = Bestätigen Sie, dass Sie es sind
reauth-intro = Für diese Änderung ist eine aktuelle Anmeldung erforderlich. Geben Sie Ihr Passwort ein, um fortzufahren.
reauth-intro-passkey = Für diese Änderung ist eine aktuelle Anmeldung erforderlich. Verwenden Sie Ihren Passkey, um fortzufahren.
reauth-confirm = Bestätigen
reauth-checking = Wird geprüft…
reauth-with-passkey = Passkey verwenden
reauth-required = Bestätigen Sie, dass Sie es sind, um diese Änderung vorzunehmen.
phone-otp-sms-warning = Sie erhalten Anmeldecodes per SMS an diese Nummer. Wenn Sie sie ändern oder entfernen, werden die Codes deaktiviert; richten Sie sie wieder ein, sobald die neue Nummer bestätigt ist.

## / The text of `msg`.

## Messages with variables (functions in src/i18n.rs)
page-title = { $page } · { $app }
rule-length = { $min_length ->
    [one] Mindestens { $min_length } Zeichen
   *[other] Mindestens { $min_length } Zeichen
}
browser-on-os = { $browser } unter { $os }
login-on-device = { $login_name } · { $device }
verify-intro = Wir haben einen Bestätigungscode an { $email } gesendet. Geben Sie ihn unten ein.
resend-in = Neuen Code senden ({ $seconds } s)
email-pending = Warten auf Bestätigung: Wir haben einen Code an { $email } gesendet. Bis dahin bleibt Ihre aktuelle Adresse gültig.
sms-sent = Wir haben einen Code per SMS an { $phone } gesendet.
idp-continue-with = Weiter mit { $provider }
idp-register-intro = Prüfen Sie die Angaben aus Ihrem { $provider }-Konto und erstellen Sie dann Ihr Konto.
idp-link-intro = Melden Sie sich mit Ihrem Passwort an, um Ihr { $provider }-Konto damit zu verknüpfen.
idp-no-account = Mit Ihrem { $provider }-Konto ist hier kein Konto verknüpft, und hier kann keines erstellt oder verknüpft werden. Melden Sie sich auf andere Weise an.
idp-linked = Ihr { $provider }-Konto ist jetzt verknüpft. Sie können sich ab jetzt damit anmelden.

## Org-scoped login: a name shared by users of several organisations
login-name-ambiguous = Mehr als ein Konto verwendet diesen Namen. Geben Sie Ihren vollständigen Anmeldenamen ein: Benutzername@Organisationsdomain.

## Account centre: profile picture, code resend limit
avatar-title = Profilbild
avatar-choose = Bild ändern
avatar-hint = PNG, JPEG, GIF oder WebP, bis 5 MB. Es wird quadratisch zugeschnitten.
avatar-save = Bild speichern
avatar-remove = Bild entfernen
avatar-too-big = Dieses Bild ist zu groß: Wählen Sie eines mit höchstens 5 MB.
avatar-not-image = Diese Datei ist kein verwendbares Bild: Wählen Sie ein PNG-, JPEG-, GIF- oder WebP-Bild.
avatar-saved = Ihr neues Bild ist gespeichert.
avatar-removed = Ihr Bild wurde entfernt.
too-many-codes = Sie haben zu viele Codes angefordert. Warten Sie ein paar Minuten, bevor Sie einen weiteren anfordern.

## Security log: session ended (sign-out), with the device and address that ended it
ev-signed-out = Abgemeldet

## Account centre: deleting one's own account forbidden by the org's account policy
delete-forbidden-policy = Die Richtlinie Ihrer Organisation erlaubt nicht, dass Sie Ihr Konto selbst löschen. Bitten Sie eine Administratorin oder einen Administrator darum.
