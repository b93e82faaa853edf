# Gatehouse UI messages: French (Français).
# Every other locales/<lang>.ftl has exactly these ids with the same { $variables }.
# Ids are the kebab-case names of the SPA's i18n::Msg variants (LoginNameTitle -> login-name-title).


## Shared
app-name = Gatehouse
skip-to-content = Aller au contenu principal

## Branding and legal footer
brand-logo-alt = Logo de l'organisation
legal-nav-label = Mentions légales et assistance
legal-tos = Conditions d'utilisation
legal-privacy = Politique de confidentialité
legal-help = Aide
legal-docs = Documentation
legal-support = Contacter l'assistance
powered-by = Sécurisé par Gatehouse
language-switcher-label = Langue
loading = Chargement…
load-failed = Impossible de charger cette page.
retry = Réessayer
network-error = Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.
unexpected = Une erreur s'est produite. Veuillez réessayer.
server-error = Une erreur s'est produite de notre côté. Veuillez réessayer dans un instant.
not-allowed = Vous n'êtes pas autorisé à effectuer cette action.
session-expired = Votre connexion a expiré.
too-many-attempts = Trop de tentatives. Patientez une minute et réessayez.
invalid-input = Certaines informations ne sont pas valides. Vérifiez-les et réessayez.

## /loginname
login-name-title = Se connecter
login-name-intro = Saisissez votre nom d'utilisateur ou votre adresse e-mail pour continuer.
login-name-label = Nom d'utilisateur ou adresse e-mail
login-name-required = Saisissez votre nom d'utilisateur ou votre adresse e-mail.
user-not-found = Aucun compte ne correspond à ce nom d'utilisateur ou à cette adresse e-mail.
continue = Continuer
checking = Vérification…
no-account-yet = Pas encore de compte ?
create-account-link = Créer un compte
signed-out = Vous avez été déconnecté.
email-verified-sign-in = Votre adresse e-mail est vérifiée. Connectez-vous pour continuer.

## External identity providers (buttons on /loginname, /idp/{provider}/success and /failure, linked accounts)
idp-or = ou
idp-redirecting = Redirection…
idp-signing-in = Connexion en cours…
idp-link-incomplete = Ce lien de connexion est incomplet. Recommencez depuis la page de connexion.
idp-intent-invalid = Cette tentative de connexion a expiré ou a déjà été utilisée. Recommencez depuis la page de connexion.
idp-register-title = Créer votre compte
idp-link-title = Vous avez déjà un compte ?
idp-link-submit = Se connecter et associer
idp-no-account-title = Aucun compte trouvé
idp-linked-title = Compte associé
idp-linked-elsewhere = Ce compte chez le fournisseur est déjà associé à un autre utilisateur.
idp-failure-title = La connexion a échoué
idp-denied = La connexion a été annulée ou refusée chez le fournisseur. Rien n'a été modifié.
idp-failed = Le fournisseur n'a pas pu vous connecter. Réessayez ou connectez-vous autrement.
idp-link-failed = Le compte n'a pas pu être associé : le fournisseur ne vous a pas connecté. Rien n'a été modifié.
back-to-sign-in = Retour à la connexion
linked-accounts-title = Comptes associés
linked-accounts-empty = Aucun compte d'un autre fournisseur n'est encore associé.
link-another-account = Associer un autre compte
idp-last-login-method = C'est votre seul moyen de connexion. Ajoutez un mot de passe ou une clé d'accès avant de le supprimer.
username-invalid = Saisissez un nom d'utilisateur.

## /password
password-title = Saisissez votre mot de passe
not-you = Ce n'est pas vous ?
password-label = Mot de passe
password-required = Saisissez votre mot de passe.
sign-in = Se connecter
signing-in = Connexion…
wrong-password = Mot de passe incorrect. Réessayez.
user-locked = Ce compte est verrouillé après trop de tentatives infructueuses. Contactez votre administrateur.
email-unverified = Veuillez vérifier votre adresse e-mail avant de vous connecter.
verify-email-link = Vérifier votre adresse e-mail
password-change-required = Vous devez changer votre mot de passe avant de continuer.
login-name-or-password-wrong = Le nom d'utilisateur ou le mot de passe est incorrect.

## /password/change
password-change-title = Changer votre mot de passe
password-change-intro = Votre mot de passe doit être changé avant que vous puissiez continuer.
current-password-label = Mot de passe actuel
current-password-required = Saisissez votre mot de passe actuel.
new-password-label = Nouveau mot de passe
new-password-confirm-label = Confirmer le nouveau mot de passe
change-password = Changer le mot de passe
saving = Enregistrement…
password-policy-not-met = Ce mot de passe ne respecte pas les exigences ci-dessous.
same-password = Choisissez un mot de passe différent de votre mot de passe actuel.

## /register
register-title = Créer votre compte
register-intro = Cela ne prend qu'une minute.
given-name-label = Prénom
given-name-required = Saisissez votre prénom.
family-name-label = Nom
family-name-required = Saisissez votre nom.
email-label = Adresse e-mail
email-required = Saisissez votre adresse e-mail.
email-invalid = Saisissez une adresse e-mail valide, par exemple nom@example.com.
email-taken = Un compte existe déjà avec cette adresse e-mail.
password-confirm-label = Confirmer le mot de passe
create-account = Créer le compte
creating-account = Création du compte…
have-account = Vous avez déjà un compte ?
sign-in-link = Se connecter

## Password checklist
checklist-title = Votre mot de passe doit contenir
rule-uppercase = Une lettre majuscule
rule-lowercase = Une lettre minuscule
rule-number = Un chiffre
rule-symbol = Un symbole, comme ! ou #
rule-match = Les deux mots de passe correspondent
rule-met = , c'est fait
rule-not-met = , pas encore
policy-loading = Chargement des règles de mot de passe…
policy-load-failed = Impossible de charger les règles de mot de passe.

## /verify
verify-title = Vérifier votre adresse e-mail
verify-intro-generic = Nous avons envoyé un code de vérification à votre adresse e-mail. Saisissez-le ci-dessous.
code-label = Code de vérification
code-required = Saisissez le code reçu par e-mail.
code-invalid = Ce code est incorrect.
code-expired = Ce code a expiré. Nous pouvons vous en envoyer un nouveau.
verify = Vérifier
verifying = Vérification…
resend = Envoyer un nouveau code
sending = Envoi…
code-sent = Nouveau code envoyé. Consultez votre boîte de réception.
verify-link-incomplete = Ce lien de vérification est incomplet. Reconnectez-vous pour recevoir un nouveau code.
verify-user-unknown = Ce lien de vérification ne correspond à aucun compte. Reconnectez-vous pour recevoir un nouveau code.

## /signedin
signed-in-title = Vous êtes connecté
signed-in-as = Connecté en tant que
profile-link = Accéder à votre profil

## /profile
profile-title = Votre profil
username-label = Nom d'utilisateur
verified = Vérifié
not-verified = Non vérifié
sessions-title = Sessions actives
this-browser = Ce navigateur
unknown-device = Appareil inconnu
session-created = Connexion
session-last-active = Dernière activité
no-sessions = Aucune session active.
log-out = Se déconnecter
log-out-everywhere = Se déconnecter partout
logging-out = Déconnexion…

## /logout
logout-title = Se déconnecter
logout-intro = Ces comptes sont connectés dans ce navigateur.
end-session = Se déconnecter
logout-all = Se déconnecter de tous les comptes
no-browser-sessions = Personne n'est connecté dans ce navigateur.

## /dev/outbox
outbox-title = Boîte d'envoi de développement
outbox-intro = E-mails envoyés par le serveur, du plus récent au plus ancien. Disponible uniquement en développement.
outbox-empty = Aucun e-mail pour le moment.
outbox-disabled = La boîte d'envoi de développement n'est pas activée (les e-mails partent par SMTP).
refresh = Actualiser
mail-to = À
mail-date = Date

## Second factors (authenticator app, codes by email/SMS, recovery codes, /mfa, /mfa/set)
totp-title = Saisissez le code de votre application d'authentification
totp-intro = Ouvrez votre application d'authentification et saisissez le code à 6 chiffres qu'elle affiche pour ce compte.
otp-sms-title = Saisissez le code reçu par SMS
otp-sms-intro = Nous avons envoyé un code à 6 chiffres sur votre téléphone. Il est valable cinq minutes.
otp-email-title = Saisissez le code reçu par e-mail
otp-email-intro = Nous avons envoyé un code à 6 chiffres à votre adresse e-mail. Il est valable cinq minutes.
other-method = Utiliser une autre méthode
use-recovery-code = Utiliser un code de récupération
totp-set-title = Configurer une application d'authentification
totp-set-intro = Scannez ce code QR avec votre application d'authentification ou saisissez-y la clé ci-dessous. Saisissez ensuite le code à 6 chiffres affiché par l'application.
totp-secret-label = Clé pour la saisie manuelle
otp-sms-set-title = Codes par SMS
otp-sms-set-intro = Lors de votre connexion, nous enverrons un code à usage unique par SMS à votre numéro de téléphone vérifié.
otp-email-set-title = Codes par e-mail
otp-email-set-intro = Lors de votre connexion, nous enverrons un code à usage unique à votre adresse e-mail vérifiée.
turn-on = Activer
mfa-title = Confirmez votre identité
mfa-intro = Choisissez comment confirmer votre connexion.
mfa-set-title = Ajouter un second facteur
mfa-set-intro = Protégez votre compte avec une seconde étape lors de la connexion. Choisissez une méthode à configurer, ou ignorez cette étape pour l'instant.
mfa-set-forced-intro = Votre organisation exige une seconde étape lors de la connexion. Choisissez une méthode à configurer.
skip = Ignorer pour l'instant
authenticator-app = Application d'authentification
sms-codes = Codes par SMS
email-codes = Codes par e-mail
security-key = Clé de sécurité
recovery-codes-name = Codes de récupération
recovery-code-title = Se connecter avec un code de récupération
recovery-code-intro = Saisissez l'un des codes de récupération que vous avez enregistrés. Chaque code ne fonctionne qu'une seule fois.
recovery-code-label = Code de récupération
second-factors-title = Seconds facteurs
factor-on = Activé
factor-off = Désactivé
factor-remove = Supprimer
factor-removing = Suppression…
set-up = Configurer
generate = Générer des codes de récupération
regenerate = Générer de nouveaux codes
recovery-needs-factor = Configurez d'abord un second facteur ; les codes de récupération le remplacent si vous le perdez.
recovery-codes-shown-once = Conservez ces codes en lieu sûr dès maintenant : ils ne sont affichés qu'une seule fois. Chaque code ne fonctionne qu'une fois. Générer de nouveaux codes rend ceux-ci invalides.
copy = Copier
copied = Copié
download = Télécharger (.txt)
totp-invalid = Ce code est erroné ou a expiré. Saisissez le code que votre application affiche maintenant.
totp-reused = Ce code a déjà été utilisé. Attendez le prochain code dans votre application.
totp-already-set-up = Une application d'authentification est déjà configurée pour votre compte. Supprimez-la dans votre profil pour en configurer une nouvelle.
recovery-invalid = Ce code de récupération n'est pas valide. Vérifiez-le et réessayez.
recovery-used = Ce code de récupération a déjà été utilisé. Utilisez-en un autre.
last-factor-refused = Votre organisation exige un second facteur. Configurez-en un autre avant de supprimer celui-ci.
mfa-forced = Votre organisation exige un second facteur : cette étape ne peut donc pas être ignorée.
otp-not-set-up = Cette méthode de connexion n'est pas configurée pour votre compte. Choisissez-en une autre.
otp-needs-verified-email = Vérifiez d'abord votre adresse e-mail dans votre profil.
otp-needs-verified-phone = Ajoutez et vérifiez d'abord un numéro de téléphone dans votre profil.
otp-no-challenge = Aucun code n'a encore été envoyé. Demandez un nouveau code.
second-factor-locked = Trop de codes erronés : votre compte est verrouillé. Contactez votre administrateur.

## Fallback route
not-found-title = Page introuvable
not-found-body = Il n'y a rien à cette adresse. Vérifiez le lien ou recommencez.
go-to-sign-in = Aller à la connexion

## App sign-in (/login, /accounts, /signedin with an app's request, /device, /logout/done)
app-login-title = Se connecter
app-login-loading = Préparation de la connexion…
auth-request-gone = Cette demande de connexion a expiré ou a déjà été utilisée. Revenez à l'application et recommencez.
accounts-title = Choisir un compte
accounts-intro = Continuer avec un compte connecté sur cet appareil :
use-another-account = Utiliser un autre compte
returning-to-app = Retour à l'application…
return-to-app = Revenir à l'application
callback-failed-title = Impossible de continuer vers l'application
callback-reauthenticate = L'application vous demande de vous reconnecter.
callback-second-factor = Votre organisation exige un second facteur pour cette application.
callback-wrong-organization = Cette application n'accepte pas les comptes de votre organisation. Utilisez un autre compte.
callback-already-answered = Cette demande de connexion a déjà reçu une réponse. Revenez à l'application et recommencez.
sign-in-again = Se reconnecter
device-title = Connecter un appareil
device-intro = Saisissez le code affiché sur votre appareil.
device-code-label = Code
device-code-required = Saisissez le code affiché sur votre appareil.
device-code-unknown = Ce code n'est pas valide ou a expiré. Vérifiez le code actuel sur l'appareil.
device-consent-title = Autoriser l'accès ?
device-consent-intro = souhaite accéder à votre compte
device-scopes = Autorisations demandées
allow = Autoriser
deny = Refuser
device-approved = C'est fait. Vous pouvez revenir à votre appareil.
device-denied = Accès refusé. L'appareil n'a pas été connecté.
logout-done-title = Déconnecté
logout-done-body = Vous avez été déconnecté. Vous pouvez fermer cette fenêtre.

## Account centre (/password/set, /profile sections)
forgot-password = Mot de passe oublié ?
password-set-title = Choisir un nouveau mot de passe
password-set-intro = Saisissez le code reçu par e-mail et choisissez un nouveau mot de passe.
password-reset-sent = Nous vous avons envoyé un e-mail contenant un lien pour réinitialiser votre mot de passe. Ouvrez-le ou saisissez le code qu'il contient ci-dessous.
set-new-password = Définir le nouveau mot de passe
password-set-done = Votre mot de passe a été modifié. Connectez-vous avec votre nouveau mot de passe.
password-link-incomplete = Ce lien est incomplet. Recommencez depuis la page de connexion.
section-profile = Profil
section-email = Adresse e-mail
section-phone = Téléphone
section-password = Mot de passe
section-security = Sécurité
section-danger-zone = Zone de danger
nick-name-label = Surnom
display-name-label = Nom affiché
language-label = Langue préférée
gender-label = Genre
gender-unspecified = Non précisé
gender-female = Femme
gender-male = Homme
gender-diverse = Divers
save = Enregistrer
saved = Vos modifications ont été enregistrées.
cancel = Annuler
username-required = Saisissez un nom d'utilisateur.
username-taken = Ce nom d'utilisateur ou cette adresse e-mail est déjà utilisé.
change-email = Changer d'adresse e-mail
new-email-label = Nouvelle adresse e-mail
send-code = Envoyer le code
email-same = C'est déjà votre adresse e-mail.
phone-label = Numéro de téléphone
phone-none = Aucun numéro de téléphone pour le moment.
add-phone = Ajouter un numéro de téléphone
change-phone = Changer de numéro de téléphone
remove-phone = Supprimer le numéro de téléphone
phone-invalid = Saisissez le numéro au format international, par exemple +41 79 123 45 67.
phone-code-label = Code reçu par SMS
no-sms-provider = Les SMS ne peuvent pas être envoyés pour le moment. Réessayez plus tard.
password-changed = Votre mot de passe a été modifié.
end-other-sessions = Fermer toutes les autres sessions
session-ip = Adresse IP
sign-in-methods-title = Méthodes de connexion
security-log-title = Événements de sécurité récents
security-log-empty = Aucun événement de sécurité pour le moment.
ev-signed-in = Connexion
ev-password-failed = Échec de connexion : mot de passe incorrect
ev-password-changed = Mot de passe modifié
ev-email-changed = Adresse e-mail modifiée
ev-email-change-requested = Changement d'adresse e-mail demandé
ev-email-verified = Adresse e-mail vérifiée
ev-phone-changed = Numéro de téléphone défini
ev-phone-verified = Numéro de téléphone vérifié
ev-phone-removed = Numéro de téléphone supprimé
ev-user-locked = Compte verrouillé après des tentatives infructueuses
ev-profile-changed = Profil modifié
ev-username-changed = Nom d'utilisateur modifié
ev-account-created = Compte créé
ev-factor-added = Méthode de connexion ajoutée
ev-factor-removed = Méthode de connexion supprimée
download-data = Télécharger mes données
download-data-intro = Un fichier JSON contenant votre profil, vos méthodes de connexion, vos sessions et vos événements de sécurité.
delete-account = Supprimer mon compte
delete-account-intro = Votre compte et ses données seront supprimés définitivement. Saisissez votre mot de passe pour confirmer.
delete-account-confirm = Supprimer définitivement mon compte
deleting = Suppression…
delete-forbidden = Les comptes ayant des rôles d'administrateur ne peuvent pas être supprimés ici.
outbox-sms-title = SMS

## Passkeys and security keys (WebAuthn)
web-authn-unsupported = Ce navigateur ne prend pas en charge les clés d'accès ni les clés de sécurité. Utilisez un navigateur récent ou connectez-vous avec votre mot de passe.
web-authn-cancelled = La demande a été annulée ou a expiré. Réessayez lorsque vous êtes prêt.
web-authn-already-registered = Cet appareil est déjà enregistré pour votre compte.
web-authn-failed = Votre appareil n'a pas pu traiter la demande. Réessayez.
web-authn-unknown-credential = Cette clé d'accès n'est pas enregistrée pour ce compte. Choisissez-en une autre ou connectez-vous avec votre mot de passe.
web-authn-expired = Le délai de la demande a expiré. Réessayez.
passkeys-not-allowed = Les clés d'accès sont désactivées pour cette organisation.
web-authn-last-factor = Vous ne pouvez pas supprimer votre dernier moyen de connexion. Ajoutez-en un autre d'abord.
sign-in-with-passkey = Se connecter avec une clé d'accès
passkey-title = Connectez-vous avec votre clé d'accès
passkey-intro = Utilisez la clé d'accès de cet appareil ou de votre téléphone : votre empreinte digitale, votre visage ou le verrouillage de l'écran confirme votre identité.
passkey-use = Utiliser la clé d'accès
passkey-waiting = En attente de votre clé d'accès…
use-password-instead = Utiliser plutôt votre mot de passe
passkey-set-title = Ajouter une clé d'accès
passkey-set-intro = Connectez-vous avec votre empreinte digitale, votre visage ou le verrouillage de l'écran au lieu d'un mot de passe. La clé d'accès reste sur votre appareil.
passkey-signup-intro = Votre compte est créé. Créez maintenant la clé d'accès avec laquelle vous vous connecterez : votre empreinte digitale, votre visage ou le verrouillage de l'écran, sans mot de passe.
choose-another-way = Choisir un autre moyen de connexion
register-with-passkey-instead = Utiliser une clé d'accès au lieu d'un mot de passe
register-with-password-instead = Utiliser plutôt un mot de passe
register-passkey-hint = Aucun mot de passe nécessaire : après cette étape, votre appareil crée une clé d'accès pour ce compte.
authenticator-set-title = Sécurisez votre compte
authenticator-set-intro = Choisissez comment vous vous connecterez.
authenticator-passkey = Clé d'accès
authenticator-passkey-hint = Votre empreinte digitale, votre visage ou le verrouillage de l'écran. Rien à retenir, et impossible à hameçonner.
authenticator-password = Mot de passe
authenticator-password-hint = Nous vous envoyons un code par e-mail, puis vous choisissez un mot de passe.
passkey-signup-grant = Seul le navigateur qui a créé ce compte peut y ajouter sa première clé d'accès, dans un délai de 15 minutes. Choisissez plutôt un mot de passe ou inscrivez-vous à nouveau.
second-factor-before-first = Connectez-vous d'abord avec votre mot de passe ou votre clé d'accès.
passkeys-unavailable-here = Les clés d'accès ne sont pas disponibles à cette adresse. Connectez-vous avec votre mot de passe ou ouvrez la page de connexion à son adresse principale.
passkey-other-host = Cette clé d'accès a été créée pour une autre adresse de ce service. Utilisez-la là-bas, ou ajoutez une clé d'accès ici.
passkey-name-label = Nom de cette clé d'accès
passkey-create = Créer une clé d'accès
passkey-creating = En attente de votre appareil…
passkey-added = Clé d'accès ajoutée. Vous pouvez désormais l'utiliser pour vous connecter.
not-now = Pas maintenant
back-to-profile = Retour à votre profil
u2f-title = Confirmez avec votre clé de sécurité
u2f-intro = Insérez ou touchez la clé de sécurité que vous avez enregistrée pour ce compte.
u2f-use = Utiliser la clé de sécurité
u2f-waiting = En attente de votre clé de sécurité…
u2f-set-title = Ajouter une clé de sécurité
u2f-set-intro = Une clé de sécurité confirme votre identité après votre mot de passe : un mot de passe volé ne suffit donc pas.
u2f-name-label = Nom de cette clé de sécurité
u2f-create = Enregistrer la clé de sécurité
u2f-added = Clé de sécurité ajoutée. Elle vous sera demandée après votre mot de passe.
passkeys = Clés d'accès
passkeys-empty = Aucune clé d'accès pour le moment.
passkey-add = Ajouter une clé d'accès
security-keys = Clés de sécurité
security-keys-empty = Aucune clé de sécurité pour le moment.
security-key-add = Ajouter une clé de sécurité
rename = Renommer
remove = Supprimer
added-on = Ajoutée le
last-used = Dernière utilisation le
never-used = Jamais utilisée
name-required = Saisissez un nom.

## Confirm it's you (re-authentication dialog)
reauth-title = Confirmez votre identité
reauth-intro = Cette modification nécessite une connexion récente. Saisissez votre mot de passe pour continuer.
reauth-intro-passkey = Cette modification nécessite une connexion récente. Utilisez votre clé d'accès pour continuer.
reauth-confirm = Confirmer
reauth-checking = Vérification…
reauth-with-passkey = Utiliser une clé d'accès
reauth-required = Confirmez votre identité pour effectuer cette modification.
phone-otp-sms-warning = Vous recevez des codes de connexion par SMS à ce numéro. Le modifier ou le supprimer les désactive ; configurez-les à nouveau une fois le nouveau numéro vérifié.

## / The text of `msg`.

## Messages with variables (functions in src/i18n.rs)
page-title = { $page } · { $app }
rule-length = { $min_length ->
    [one] Au moins { $min_length } caractère
   *[other] Au moins { $min_length } caractères
}
browser-on-os = { $browser } sur { $os }
login-on-device = { $login_name } · { $device }
verify-intro = Nous avons envoyé un code de vérification à { $email }. Saisissez-le ci-dessous.
resend-in = Envoyer un nouveau code ({ $seconds } s)
email-pending = En attente de vérification : nous avons envoyé un code à { $email }. Votre adresse actuelle reste utilisée d'ici là.
sms-sent = Nous avons envoyé un code par SMS au { $phone }.
idp-continue-with = Continuer avec { $provider }
idp-register-intro = Vérifiez les informations de votre compte { $provider }, puis créez votre compte.
idp-link-intro = Connectez-vous avec votre mot de passe pour y associer votre compte { $provider }.
idp-no-account = Aucun compte n'est associé ici à votre compte { $provider }, et il n'est pas possible d'en créer ou d'en associer un ici. Connectez-vous autrement.
idp-linked = Votre compte { $provider } est maintenant associé. Vous pouvez désormais l'utiliser pour vous connecter.

## Org-scoped login: a name shared by users of several organisations
login-name-ambiguous = Plusieurs comptes utilisent ce nom. Saisissez votre identifiant complet : nom-utilisateur@domaine-organisation.

## Account centre: profile picture, code resend limit
avatar-title = Photo de profil
avatar-choose = Changer de photo
avatar-hint = PNG, JPEG, GIF ou WebP, 5 Mo maximum. Elle est recadrée en carré.
avatar-save = Enregistrer la photo
avatar-remove = Supprimer la photo
avatar-too-big = Cette image est trop volumineuse : choisissez-en une de 5 Mo au maximum.
avatar-not-image = Ce fichier n'est pas une image utilisable : choisissez une image PNG, JPEG, GIF ou WebP.
avatar-saved = Votre nouvelle photo est enregistrée.
avatar-removed = Votre photo a été supprimée.
too-many-codes = Vous avez demandé trop de codes. Attendez quelques minutes avant d'en demander un autre.

## Security log: session ended (sign-out), with the device and address that ended it
ev-signed-out = Déconnexion

## Account centre: deleting one's own account forbidden by the org's account policy
delete-forbidden-policy = La politique de votre organisation ne permet pas de supprimer vous-même votre compte. Demandez à un administrateur de le supprimer.
