# Gatehouse mail texts: Spanish (Español).
# Translation of server/locales/en.ftl: same ids and placeables; one message per line, except plural selectors.

## Parts every mail shares
# $name: the recipient's display name (as the user typed it)
mail-greeting = Hola, { $name }:
# Label in front of a one-time code, shown as "Code: ABC123"
mail-code-label = Código
mail-or-open-link = O abre este enlace:
mail-button-fallback = Si el botón no funciona, copia este enlace en tu navegador:
mail-ignore = Si no lo has solicitado tú, ignora este correo.
# $sender: the organisation's name (or "Gatehouse")
mail-footer = { $sender } te ha enviado este correo por tu cuenta en su servicio.

## Email verification (a code and a link to confirm an address)
mail-verify-subject = Verifica tu correo electrónico
# $email: the address being confirmed
mail-verify-intro = Confirma tu dirección de correo electrónico { $email } introduciendo este código:
mail-verify-button = Verificar correo electrónico
mail-verify-validity =
    { $hours ->
        [one] El código es válido durante una hora.
       *[other] El código es válido durante { $hours } horas.
    }

## Password reset
mail-reset-subject = Restablece tu contraseña
mail-reset-intro = Alguien ha solicitado restablecer la contraseña de tu cuenta. Para elegir una nueva, abre el enlace de abajo o introduce este código:
mail-reset-button = Elegir una contraseña nueva
mail-reset-validity =
    { $hours ->
        [one] El código es válido durante una hora.
       *[other] El código es válido durante { $hours } horas.
    }

## One-time sign-in code by email (second factor)
mail-otp-subject = Tu código de inicio de sesión
mail-otp-intro = Tu código de inicio de sesión de un solo uso es:
mail-otp-validity =
    { $minutes ->
        [one] Es válido durante un minuto.
       *[other] Es válido durante { $minutes } minutos.
    }
mail-otp-ignore = Si no has intentado iniciar sesión, cambia tu contraseña.

## Link to add a passkey
mail-passkey-link-subject = Añade una llave de acceso a tu cuenta
mail-passkey-link-intro = Abre este enlace para añadir una llave de acceso a tu cuenta:
mail-passkey-link-button = Añadir una llave de acceso
mail-passkey-link-validity =
    { $hours ->
        [one] El enlace funciona una sola vez, durante una hora.
       *[other] El enlace funciona una sola vez, durante { $hours } horas.
    }
mail-passkey-link-ignore = Si no esperabas este correo, ignóralo.

## Notifications about changes to an account's security
mail-security-password-changed-subject = Se ha cambiado tu contraseña
mail-security-password-changed = Se ha cambiado la contraseña de tu cuenta.
mail-security-email-changed-subject = Se ha cambiado tu dirección de correo electrónico
# $email: the new address
mail-security-email-changed = La dirección de correo electrónico de tu cuenta se ha cambiado a { $email }.
mail-security-phone-changed-subject = Se ha cambiado tu número de teléfono
# $phone: the new number
mail-security-phone-changed = El número de teléfono de tu cuenta se ha cambiado a { $phone }.
mail-security-phone-removed = Se ha quitado el número de teléfono de tu cuenta.
mail-security-username-changed-subject = Se ha cambiado tu nombre de usuario
# $username: the new username
mail-security-username-changed = Tu nombre de usuario se ha cambiado a { $username }.
mail-security-factor-added-subject = Se ha añadido un método de inicio de sesión a tu cuenta
# $factor: one of the mail-factor-* texts below
mail-security-factor-added = Se ha añadido un método de inicio de sesión a tu cuenta: { $factor }.
mail-security-factor-removed-subject = Se ha quitado un método de inicio de sesión de tu cuenta
mail-security-factor-removed = Se ha quitado un método de inicio de sesión de tu cuenta: { $factor }.
mail-security-account-deleted-subject = Se ha eliminado tu cuenta
mail-security-account-deleted = Se han eliminado tu cuenta y sus datos.
mail-security-if-you = Si has sido tú, no tienes que hacer nada.
mail-security-if-not = Si no, restablece tu contraseña de inmediato y revisa las sesiones y los métodos de inicio de sesión de tu cuenta.

## Names of sign-in methods in the notifications above
# $name: the name the user gave the passkey or key
mail-factor-passkey = la llave de acceso «{ $name }»
mail-factor-security-key = la llave de seguridad «{ $name }»
mail-factor-totp = una aplicación de autenticación
mail-factor-otp-email = códigos de inicio de sesión por correo electrónico
mail-factor-otp-sms = códigos de inicio de sesión por SMS
mail-factor-recovery-codes = códigos de recuperación
# $provider: the name of the identity provider, e.g. "GitHub"
mail-factor-idp = inicio de sesión con { $provider }
