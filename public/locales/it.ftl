# Gatehouse UI messages: Italian (Italiano).
# Every other locales/<lang>.ftl has exactly these ids with the same { $variables }.
# Ids are the kebab-case names of the SPA's i18n::Msg variants (LoginNameTitle -> login-name-title).


## Shared
app-name = Gatehouse
skip-to-content = Vai al contenuto principale

## Branding and legal footer
brand-logo-alt = Logo dell'organizzazione
legal-nav-label = Note legali e assistenza
legal-tos = Termini di servizio
legal-privacy = Informativa sulla privacy
legal-help = Guida
legal-docs = Documentazione
legal-support = Contatta l'assistenza
powered-by = Protetto da Gatehouse
language-switcher-label = Lingua
loading = Caricamento…
load-failed = Impossibile caricare questa pagina.
retry = Riprova
network-error = Impossibile raggiungere il server. Controlla la connessione e riprova.
unexpected = Si è verificato un errore. Riprova.
server-error = Si è verificato un errore da parte nostra. Riprova tra qualche istante.
not-allowed = Non hai l'autorizzazione per eseguire questa operazione.
session-expired = Il tuo accesso è scaduto.
too-many-attempts = Troppi tentativi. Attendi un minuto e riprova.
invalid-input = Alcuni dati non sono validi. Controllali e riprova.

## /loginname
login-name-title = Accedi
login-name-intro = Inserisci il tuo nome utente o indirizzo email per continuare.
login-name-label = Nome utente o email
login-name-required = Inserisci il tuo nome utente o indirizzo email.
user-not-found = Non abbiamo trovato un account con questo nome utente o email.
continue = Continua
checking = Verifica in corso…
no-account-yet = Non hai ancora un account?
create-account-link = Crea un account
signed-out = Sei uscito dall'account.
email-verified-sign-in = Il tuo indirizzo email è stato verificato. Accedi per continuare.

## External identity providers (buttons on /loginname, /idp/{provider}/success and /failure, linked accounts)
idp-or = oppure
idp-redirecting = Reindirizzamento…
idp-signing-in = Accesso in corso…
idp-link-incomplete = Questo link di accesso è incompleto. Ricomincia dalla pagina di accesso.
idp-intent-invalid = Questo tentativo di accesso è scaduto o è già stato usato. Ricomincia dalla pagina di accesso.
idp-register-title = Crea il tuo account
idp-link-title = Hai già un account?
idp-link-submit = Accedi e collega
idp-no-account-title = Nessun account trovato
idp-linked-title = Account collegato
idp-linked-elsewhere = Questo account del provider è già collegato a un altro utente.
idp-failure-title = Accesso non riuscito
idp-denied = L'accesso è stato annullato o rifiutato dal provider. Non è stato modificato nulla.
idp-failed = Il provider non è riuscito a farti accedere. Riprova o accedi in un altro modo.
idp-link-failed = Impossibile collegare l'account: il provider non ti ha fatto accedere. Non è stato modificato nulla.
back-to-sign-in = Torna all'accesso
linked-accounts-title = Account collegati
linked-accounts-empty = Non è ancora collegato nessun account di altri provider.
link-another-account = Collega un altro account
idp-last-login-method = Questo è il tuo unico metodo di accesso. Aggiungi una password o una passkey prima di rimuoverlo.
username-invalid = Inserisci un nome utente.

## /password
password-title = Inserisci la password
not-you = Non sei tu?
password-label = Password
password-required = Inserisci la password.
sign-in = Accedi
signing-in = Accesso in corso…
wrong-password = Password errata. Riprova.
user-locked = Questo account è stato bloccato dopo troppi tentativi non riusciti. Contatta l'amministratore.
email-unverified = Verifica il tuo indirizzo email prima di accedere.
verify-email-link = Verifica il tuo indirizzo email
password-change-required = Devi cambiare la password prima di continuare.
login-name-or-password-wrong = Il nome utente o la password non sono corretti.

## /password/change
password-change-title = Cambia la password
password-change-intro = Devi cambiare la password prima di poter continuare.
current-password-label = Password attuale
current-password-required = Inserisci la password attuale.
new-password-label = Nuova password
new-password-confirm-label = Conferma la nuova password
change-password = Cambia password
saving = Salvataggio…
password-policy-not-met = Questa password non soddisfa i requisiti indicati di seguito.
same-password = Scegli una password diversa da quella attuale.

## /register
register-title = Crea il tuo account
register-intro = Basta un minuto.
given-name-label = Nome
given-name-required = Inserisci il tuo nome.
family-name-label = Cognome
family-name-required = Inserisci il tuo cognome.
email-label = Email
email-required = Inserisci il tuo indirizzo email.
email-invalid = Inserisci un indirizzo email valido, ad esempio nome@example.com.
email-taken = Esiste già un account con questa email.
password-confirm-label = Conferma password
create-account = Crea account
creating-account = Creazione dell'account…
have-account = Hai già un account?
sign-in-link = Accedi

## Password checklist
checklist-title = La password deve contenere
rule-uppercase = Una lettera maiuscola
rule-lowercase = Una lettera minuscola
rule-number = Un numero
rule-symbol = Un simbolo, ad esempio ! o #
rule-match = Le due password coincidono
rule-met = , fatto
rule-not-met = , non ancora
policy-loading = Caricamento dei requisiti della password…
policy-load-failed = Impossibile caricare i requisiti della password.

## /verify
verify-title = Verifica la tua email
verify-intro-generic = Abbiamo inviato un codice di verifica al tuo indirizzo email. Inseriscilo qui sotto.
code-label = Codice di verifica
code-required = Inserisci il codice ricevuto via email.
code-invalid = Il codice non è corretto.
code-expired = Il codice è scaduto. Possiamo inviartene uno nuovo.
verify = Verifica
verifying = Verifica in corso…
resend = Invia un nuovo codice
sending = Invio in corso…
code-sent = Nuovo codice inviato. Controlla la tua casella di posta.
verify-link-incomplete = Questo link di verifica è incompleto. Accedi di nuovo per ricevere un nuovo codice.
verify-user-unknown = Questo link di verifica non appartiene a nessun account. Accedi di nuovo per ricevere un nuovo codice.

## /signedin
signed-in-title = Hai effettuato l'accesso
signed-in-as = Accesso effettuato come
profile-link = Vai al tuo profilo

## /profile
profile-title = Il tuo profilo
username-label = Nome utente
verified = Verificato
not-verified = Non verificato
sessions-title = Sessioni attive
this-browser = Questo browser
unknown-device = Dispositivo sconosciuto
session-created = Accesso
session-last-active = Ultima attività
no-sessions = Nessuna sessione attiva.
log-out = Esci
log-out-everywhere = Esci da tutti i dispositivi
logging-out = Uscita in corso…

## /logout
logout-title = Esci
logout-intro = Questi account hanno effettuato l'accesso in questo browser.
end-session = Esci
logout-all = Esci da tutti gli account
no-browser-sessions = Nessuno ha effettuato l'accesso in questo browser.

## /dev/outbox
outbox-title = Posta in uscita di sviluppo
outbox-intro = Email inviate dal server, dalla più recente. Disponibile solo in fase di sviluppo.
outbox-empty = Ancora nessuna email.
outbox-disabled = La posta in uscita di sviluppo non è attiva (le email vengono inviate via SMTP).
refresh = Aggiorna
mail-to = A
mail-date = Data

## Second factors (authenticator app, codes by email/SMS, recovery codes, /mfa, /mfa/set)
totp-title = Inserisci il codice dell'app di autenticazione
totp-intro = Apri l'app di autenticazione e inserisci il codice a 6 cifre che mostra per questo account.
otp-sms-title = Inserisci il codice che ti abbiamo inviato via SMS
otp-sms-intro = Abbiamo inviato un codice a 6 cifre al tuo telefono. È valido per cinque minuti.
otp-email-title = Inserisci il codice che ti abbiamo inviato via email
otp-email-intro = Abbiamo inviato un codice a 6 cifre al tuo indirizzo email. È valido per cinque minuti.
other-method = Usa un altro metodo
use-recovery-code = Usa un codice di recupero
totp-set-title = Configura un'app di autenticazione
totp-set-intro = Scansiona questo codice QR con l'app di autenticazione oppure inserisci la chiave qui sotto. Poi inserisci il codice a 6 cifre mostrato dall'app.
totp-secret-label = Chiave per l'inserimento manuale
otp-sms-set-title = Codici via SMS
otp-sms-set-intro = Quando accedi, invieremo un codice monouso via SMS al tuo numero di telefono verificato.
otp-email-set-title = Codici via email
otp-email-set-intro = Quando accedi, invieremo un codice monouso al tuo indirizzo email verificato.
turn-on = Attiva
mfa-title = Conferma la tua identità
mfa-intro = Scegli come confermare l'accesso.
mfa-set-title = Aggiungi un secondo fattore
mfa-set-intro = Proteggi il tuo account con un secondo passaggio all'accesso. Scegline uno da configurare o salta per ora.
mfa-set-forced-intro = La tua organizzazione richiede un secondo passaggio all'accesso. Scegline uno da configurare.
skip = Salta per ora
authenticator-app = App di autenticazione
sms-codes = Codici via SMS
email-codes = Codici via email
security-key = Chiave di sicurezza
recovery-codes-name = Codici di recupero
recovery-code-title = Accedi con un codice di recupero
recovery-code-intro = Inserisci uno dei codici di recupero che hai salvato. Ogni codice funziona una sola volta.
recovery-code-label = Codice di recupero
second-factors-title = Secondi fattori
factor-on = Attivo
factor-off = Non attivo
factor-remove = Rimuovi
factor-removing = Rimozione…
set-up = Configura
generate = Genera codici di recupero
regenerate = Genera nuovi codici
recovery-needs-factor = Configura prima un secondo fattore: i codici di recupero lo sostituiscono se lo perdi.
recovery-codes-shown-once = Salva subito questi codici in un posto sicuro: vengono mostrati una sola volta. Ognuno funziona una volta sola. Se generi nuovi codici, questi non saranno più validi.
copy = Copia
copied = Copiato
download = Scarica (.txt)
totp-invalid = Questo codice è errato o scaduto. Inserisci il codice che l'app mostra adesso.
totp-reused = Questo codice è già stato usato. Attendi il prossimo codice nell'app.
totp-already-set-up = Per il tuo account è già configurata un'app di autenticazione. Rimuovila dal tuo profilo per configurarne una nuova.
recovery-invalid = Questo codice di recupero non è valido. Controllalo e riprova.
recovery-used = Questo codice di recupero è già stato usato. Usane un altro.
last-factor-refused = La tua organizzazione richiede un secondo fattore. Configurane un altro prima di rimuovere questo.
mfa-forced = La tua organizzazione richiede un secondo fattore, quindi questo passaggio non può essere saltato.
otp-not-set-up = Questo metodo di accesso non è configurato per il tuo account. Scegline un altro.
otp-needs-verified-email = Verifica prima il tuo indirizzo email nel tuo profilo.
otp-needs-verified-phone = Aggiungi e verifica prima un numero di telefono nel tuo profilo.
otp-no-challenge = Non è ancora stato inviato nessun codice. Richiedi un nuovo codice.
second-factor-locked = Troppi codici errati: il tuo account è bloccato. Contatta l'amministratore.

## Fallback route
not-found-title = Pagina non trovata
not-found-body = Non c'è nulla a questo indirizzo. Controlla il link o ricomincia.
go-to-sign-in = Vai all'accesso

## App sign-in (/login, /accounts, /signedin with an app's request, /device, /logout/done)
app-login-title = Accedi
app-login-loading = Preparazione dell'accesso…
auth-request-gone = Questa richiesta di accesso è scaduta o è già stata usata. Torna all'applicazione e ricomincia.
accounts-title = Scegli un account
accounts-intro = Continua con un account connesso su questo dispositivo:
use-another-account = Usa un altro account
returning-to-app = Ritorno all'applicazione…
return-to-app = Torna all'applicazione
callback-failed-title = Impossibile proseguire verso l'applicazione
callback-reauthenticate = L'applicazione ti chiede di accedere di nuovo.
callback-second-factor = La tua organizzazione richiede un secondo fattore per questa applicazione.
callback-wrong-organization = Questa applicazione non accetta account della tua organizzazione. Usa un altro account.
callback-already-answered = Questa richiesta di accesso ha già ricevuto risposta. Torna all'applicazione e ricomincia.
sign-in-again = Accedi di nuovo
device-title = Collega un dispositivo
device-intro = Inserisci il codice mostrato sul tuo dispositivo.
device-code-label = Codice
device-code-required = Inserisci il codice del tuo dispositivo.
device-code-unknown = Questo codice non è valido o è scaduto. Controlla il codice attuale sul dispositivo.
device-consent-title = Consentire l'accesso?
device-consent-intro = vuole accedere al tuo account
device-scopes = Richiede
allow = Consenti
deny = Nega
device-approved = Fatto. Puoi tornare al tuo dispositivo.
device-denied = Accesso negato. Il dispositivo non è stato collegato.
logout-done-title = Disconnesso
logout-done-body = Sei uscito dall'account. Puoi chiudere questa finestra.

## Account centre (/password/set, /profile sections)
forgot-password = Password dimenticata?
password-set-title = Scegli una nuova password
password-set-intro = Inserisci il codice ricevuto via email e scegli una nuova password.
password-reset-sent = Ti abbiamo inviato un'email con un link per reimpostare la password. Aprilo oppure inserisci qui sotto il codice che contiene.
set-new-password = Imposta nuova password
password-set-done = La password è stata cambiata. Accedi con la nuova password.
password-link-incomplete = Questo link è incompleto. Ricomincia dalla pagina di accesso.
section-profile = Profilo
section-email = Email
section-phone = Telefono
section-password = Password
section-security = Sicurezza
section-danger-zone = Zona pericolosa
nick-name-label = Soprannome
display-name-label = Nome visualizzato
language-label = Lingua preferita
gender-label = Genere
gender-unspecified = Non specificato
gender-female = Femmina
gender-male = Maschio
gender-diverse = Altro
save = Salva
saved = Modifiche salvate.
cancel = Annulla
username-required = Inserisci un nome utente.
username-taken = Questo nome utente o questa email sono già in uso.
change-email = Cambia email
new-email-label = Nuovo indirizzo email
send-code = Invia codice
email-same = Questo è già il tuo indirizzo email.
phone-label = Numero di telefono
phone-none = Ancora nessun numero di telefono.
add-phone = Aggiungi numero di telefono
change-phone = Cambia numero di telefono
remove-phone = Rimuovi numero di telefono
phone-invalid = Inserisci il numero in formato internazionale, ad esempio +41 79 123 45 67.
phone-code-label = Codice ricevuto via SMS
no-sms-provider = Al momento non è possibile inviare SMS. Riprova più tardi.
password-changed = La password è stata cambiata.
end-other-sessions = Esci da tutte le altre sessioni
session-ip = Indirizzo IP
sign-in-methods-title = Metodi di accesso
security-log-title = Eventi di sicurezza recenti
security-log-empty = Ancora nessun evento di sicurezza.
ev-signed-in = Accesso effettuato
ev-password-failed = Accesso non riuscito: password errata
ev-password-changed = Password cambiata
ev-email-changed = Indirizzo email cambiato
ev-email-change-requested = Cambio email richiesto
ev-email-verified = Indirizzo email verificato
ev-phone-changed = Numero di telefono impostato
ev-phone-verified = Numero di telefono verificato
ev-phone-removed = Numero di telefono rimosso
ev-user-locked = Account bloccato dopo tentativi non riusciti
ev-profile-changed = Profilo modificato
ev-username-changed = Nome utente cambiato
ev-account-created = Account creato
ev-factor-added = Metodo di accesso aggiunto
ev-factor-removed = Metodo di accesso rimosso
download-data = Scarica i miei dati
download-data-intro = Un file JSON con il tuo profilo, i metodi di accesso, le sessioni e gli eventi di sicurezza.
delete-account = Elimina il mio account
delete-account-intro = L'account e i relativi dati verranno eliminati definitivamente. Inserisci la password per confermare.
delete-account-confirm = Elimina definitivamente il mio account
deleting = Eliminazione…
delete-forbidden = Gli account con ruoli di amministratore non possono essere eliminati da qui.
outbox-sms-title = SMS

## Passkeys and security keys (WebAuthn)
web-authn-unsupported = Questo browser non supporta le passkey né le chiavi di sicurezza. Usa un browser aggiornato oppure accedi con la password.
web-authn-cancelled = La richiesta è stata annullata o è scaduta. Riprova quando sei pronto.
web-authn-already-registered = Questo dispositivo è già registrato per il tuo account.
web-authn-failed = Il tuo dispositivo non è riuscito a completare la richiesta. Riprova.
web-authn-unknown-credential = Questa passkey non è registrata per questo account. Scegline un'altra oppure accedi con la password.
web-authn-expired = Tempo scaduto per la richiesta. Riprova.
passkeys-not-allowed = Le passkey sono disattivate per questa organizzazione.
web-authn-last-factor = Non puoi rimuovere l'ultimo metodo di accesso. Aggiungine prima un altro.
sign-in-with-passkey = Accedi con una passkey
passkey-title = Accedi con la tua passkey
passkey-intro = Usa la passkey su questo dispositivo o sul tuo telefono: l'impronta digitale, il volto o il blocco schermo confermano che sei tu.
passkey-use = Usa la passkey
passkey-waiting = In attesa della passkey…
use-password-instead = Usa invece la password
passkey-set-title = Aggiungi una passkey
passkey-set-intro = Accedi con l'impronta digitale, il volto o il blocco schermo invece che con una password. La passkey resta sul tuo dispositivo.
passkey-signup-intro = Il tuo account è stato creato. Ora crea la passkey con cui accederai: impronta digitale, volto o blocco schermo, senza password.
choose-another-way = Scegli un altro modo per accedere
register-with-passkey-instead = Usa una passkey invece di una password
register-with-password-instead = Usa invece una password
register-passkey-hint = Nessuna password necessaria: dopo questo passaggio il tuo dispositivo crea una passkey per questo account.
authenticator-set-title = Proteggi il tuo account
authenticator-set-intro = Scegli come accederai.
authenticator-passkey = Passkey
authenticator-passkey-hint = Impronta digitale, volto o blocco schermo. Niente da ricordare e a prova di phishing.
authenticator-password = Password
authenticator-password-hint = Ti inviamo un codice via email, poi scegli una password.
passkey-signup-grant = Solo il browser che ha creato questo account può aggiungere la prima passkey, entro 15 minuti. Scegli invece una password oppure registrati di nuovo.
second-factor-before-first = Accedi prima con la password o la passkey.
passkeys-unavailable-here = Le passkey non sono disponibili a questo indirizzo. Accedi con la password oppure apri la pagina di accesso al suo indirizzo principale.
passkey-other-host = Questa passkey è stata creata per un altro indirizzo di questo servizio. Usala lì oppure aggiungi una passkey qui.
passkey-name-label = Nome di questa passkey
passkey-create = Crea passkey
passkey-creating = In attesa del dispositivo…
passkey-added = Passkey aggiunta. Da ora puoi usarla per accedere.
not-now = Non ora
back-to-profile = Torna al tuo profilo
u2f-title = Conferma con la chiave di sicurezza
u2f-intro = Inserisci o tocca la chiave di sicurezza che hai registrato per questo account.
u2f-use = Usa la chiave di sicurezza
u2f-waiting = In attesa della chiave di sicurezza…
u2f-set-title = Aggiungi una chiave di sicurezza
u2f-set-intro = Una chiave di sicurezza conferma che sei tu dopo la password, così una password rubata da sola non basta.
u2f-name-label = Nome di questa chiave di sicurezza
u2f-create = Registra la chiave di sicurezza
u2f-added = Chiave di sicurezza aggiunta. Ti verrà richiesta dopo la password.
passkeys = Passkey
passkeys-empty = Ancora nessuna passkey.
passkey-add = Aggiungi una passkey
security-keys = Chiavi di sicurezza
security-keys-empty = Ancora nessuna chiave di sicurezza.
security-key-add = Aggiungi una chiave di sicurezza
rename = Rinomina
remove = Rimuovi
added-on = Aggiunta il
last-used = Ultimo utilizzo:
never-used = Mai utilizzata
name-required = Inserisci un nome.

## Confirm it's you (re-authentication dialog)
reauth-title = Conferma la tua identità
reauth-intro = Per questa modifica è necessario un accesso recente. Inserisci la password per continuare.
reauth-intro-passkey = Per questa modifica è necessario un accesso recente. Usa la tua passkey per continuare.
reauth-confirm = Conferma
reauth-checking = Verifica in corso…
reauth-with-passkey = Usa una passkey
reauth-required = Conferma la tua identità per apportare questa modifica.
phone-otp-sms-warning = Ricevi i codici di accesso via SMS a questo numero. Se lo cambi o lo rimuovi, verranno disattivati; configurali di nuovo dopo aver verificato il nuovo numero.

## / The text of `msg`.

## Messages with variables (functions in src/i18n.rs)
page-title = { $page } · { $app }
rule-length = { $min_length ->
    [one] Almeno { $min_length } carattere
   *[other] Almeno { $min_length } caratteri
}
browser-on-os = { $browser } su { $os }
login-on-device = { $login_name } · { $device }
verify-intro = Abbiamo inviato un codice di verifica a { $email }. Inseriscilo qui sotto.
resend-in = Invia un nuovo codice ({ $seconds } s)
email-pending = In attesa di verifica: abbiamo inviato un codice a { $email }. Fino ad allora resta in uso il tuo indirizzo attuale.
sms-sent = Abbiamo inviato un codice via SMS al numero { $phone }.
idp-continue-with = Continua con { $provider }
idp-register-intro = Controlla i dati del tuo account { $provider }, poi crea il tuo account.
idp-link-intro = Accedi con la password per collegare il tuo account { $provider }.
idp-no-account = Nessun account è collegato qui al tuo account { $provider } e non è possibile crearne o collegarne uno qui. Accedi in un altro modo.
idp-linked = Il tuo account { $provider } è ora collegato. Da ora puoi usarlo per accedere.

## Org-scoped login: a name shared by users of several organisations
login-name-ambiguous = Più account usano questo nome. Inserisci il tuo nome di accesso completo: nomeutente@dominio-organizzazione.

## Account centre: profile picture, code resend limit
avatar-title = Immagine del profilo
avatar-choose = Cambia immagine
avatar-hint = PNG, JPEG, GIF o WebP, fino a 5 MB. Viene ritagliata in formato quadrato.
avatar-save = Salva immagine
avatar-remove = Rimuovi immagine
avatar-too-big = Questa immagine è troppo grande: scegline una di massimo 5 MB.
avatar-not-image = Questo file non è un'immagine utilizzabile: scegli un'immagine PNG, JPEG, GIF o WebP.
avatar-saved = La nuova immagine è stata salvata.
avatar-removed = La tua immagine è stata rimossa.
too-many-codes = Hai richiesto troppi codici. Attendi qualche minuto prima di richiederne un altro.

## Security log: session ended (sign-out), with the device and address that ended it
ev-signed-out = Disconnessione

## Account centre: deleting one's own account forbidden by the org's account policy
delete-forbidden-policy = La policy della tua organizzazione non consente di eliminare il tuo account da solo. Chiedi a un amministratore di eliminarlo.
