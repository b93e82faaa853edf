# Gatehouse mail texts: French (Français).
# Translation of server/locales/en.ftl: same ids and placeables; one message per line, except plural selectors.

## Parts every mail shares
# $name: the recipient's display name (as the user typed it)
mail-greeting = Bonjour { $name },
# Label in front of a one-time code, shown as "Code: ABC123"
mail-code-label = Code
mail-or-open-link = Ou ouvrez ce lien :
mail-button-fallback = Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :
mail-ignore = Si vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail.
# $sender: the organisation's name (or "Gatehouse")
mail-footer = Cet e-mail vous a été envoyé par { $sender } en raison de votre compte chez eux.

## Email verification (a code and a link to confirm an address)
mail-verify-subject = Vérifiez votre adresse e-mail
# $email: the address being confirmed
mail-verify-intro = Veuillez confirmer votre adresse e-mail { $email } en saisissant ce code :
mail-verify-button = Vérifier l'adresse e-mail
mail-verify-validity =
    { $hours ->
        [one] Le code est valable une heure.
       *[other] Le code est valable { $hours } heures.
    }

## Password reset
mail-reset-subject = Réinitialisez votre mot de passe
mail-reset-intro = Une demande de réinitialisation du mot de passe de votre compte a été faite. Pour en choisir un nouveau, ouvrez le lien ci-dessous ou saisissez ce code :
mail-reset-button = Choisir un nouveau mot de passe
mail-reset-validity =
    { $hours ->
        [one] Le code est valable une heure.
       *[other] Le code est valable { $hours } heures.
    }

## One-time sign-in code by email (second factor)
mail-otp-subject = Votre code de connexion
mail-otp-intro = Votre code de connexion à usage unique est :
mail-otp-validity =
    { $minutes ->
        [one] Il est valable une minute.
       *[other] Il est valable { $minutes } minutes.
    }
mail-otp-ignore = Si vous n'avez pas essayé de vous connecter, changez votre mot de passe.

## Link to add a passkey
mail-passkey-link-subject = Ajoutez une clé d'accès à votre compte
mail-passkey-link-intro = Ouvrez ce lien pour ajouter une clé d'accès à votre compte :
mail-passkey-link-button = Ajouter une clé d'accès
mail-passkey-link-validity =
    { $hours ->
        [one] Le lien ne fonctionne qu'une fois, pendant une heure.
       *[other] Le lien ne fonctionne qu'une fois, pendant { $hours } heures.
    }
mail-passkey-link-ignore = Si vous ne vous attendiez pas à cet e-mail, ignorez-le.

## Notifications about changes to an account's security
mail-security-password-changed-subject = Votre mot de passe a été modifié
mail-security-password-changed = Le mot de passe de votre compte a été modifié.
mail-security-email-changed-subject = Votre adresse e-mail a été modifiée
# $email: the new address
mail-security-email-changed = L'adresse e-mail de votre compte a été remplacée par { $email }.
mail-security-phone-changed-subject = Votre numéro de téléphone a été modifié
# $phone: the new number
mail-security-phone-changed = Le numéro de téléphone de votre compte a été remplacé par le { $phone }.
mail-security-phone-removed = Le numéro de téléphone a été supprimé de votre compte.
mail-security-username-changed-subject = Votre nom d'utilisateur a été modifié
# $username: the new username
mail-security-username-changed = Votre nom d'utilisateur est désormais { $username }.
mail-security-factor-added-subject = Une méthode de connexion a été ajoutée à votre compte
# $factor: one of the mail-factor-* texts below
mail-security-factor-added = Une méthode de connexion a été ajoutée à votre compte : { $factor }.
mail-security-factor-removed-subject = Une méthode de connexion a été supprimée de votre compte
mail-security-factor-removed = Une méthode de connexion a été supprimée de votre compte : { $factor }.
mail-security-account-deleted-subject = Votre compte a été supprimé
mail-security-account-deleted = Votre compte et ses données ont été supprimés.
mail-security-if-you = Si c'était vous, vous n'avez rien à faire.
mail-security-if-not = Sinon, réinitialisez immédiatement votre mot de passe et vérifiez les sessions et les méthodes de connexion de votre compte.

## Names of sign-in methods in the notifications above
# $name: the name the user gave the passkey or key
mail-factor-passkey = la clé d'accès « { $name } »
mail-factor-security-key = la clé de sécurité « { $name } »
mail-factor-totp = une application d'authentification
mail-factor-otp-email = les codes de connexion par e-mail
mail-factor-otp-sms = les codes de connexion par SMS
mail-factor-recovery-codes = les codes de récupération
# $provider: the name of the identity provider, e.g. "GitHub"
mail-factor-idp = la connexion avec { $provider }
