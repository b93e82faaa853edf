# Gatehouse UI messages: Spanish (Español).
# Every other locales/<lang>.ftl has exactly these ids with the same { $variables }.
# Ids are the kebab-case names of the SPA's i18n::Msg variants (LoginNameTitle -> login-name-title).


## Shared
app-name = Gatehouse
skip-to-content = Ir al contenido principal

## Branding and legal footer
brand-logo-alt = Logotipo de la organización
legal-nav-label = Información legal y asistencia
legal-tos = Condiciones del servicio
legal-privacy = Política de privacidad
legal-help = Ayuda
legal-docs = Documentación
legal-support = Contactar con el servicio de asistencia
powered-by = Protegido por Gatehouse
language-switcher-label = Idioma
loading = Cargando…
load-failed = No se ha podido cargar esta página.
retry = Reintentar
network-error = No podemos conectar con el servidor. Comprueba tu conexión y vuelve a intentarlo.
unexpected = Se ha producido un error. Vuelve a intentarlo.
server-error = Se ha producido un error en nuestros servidores. Vuelve a intentarlo en unos momentos.
not-allowed = No tienes permiso para hacer esto.
session-expired = Tu inicio de sesión ha caducado.
too-many-attempts = Demasiados intentos. Espera un minuto y vuelve a intentarlo.
invalid-input = Algunos datos no son válidos. Revísalos y vuelve a intentarlo.

## /loginname
login-name-title = Iniciar sesión
login-name-intro = Introduce tu nombre de usuario o tu dirección de correo electrónico para continuar.
login-name-label = Nombre de usuario o correo electrónico
login-name-required = Introduce tu nombre de usuario o tu dirección de correo electrónico.
user-not-found = No hemos encontrado ninguna cuenta con ese nombre de usuario o correo electrónico.
continue = Continuar
checking = Comprobando…
no-account-yet = ¿Aún no tienes cuenta?
create-account-link = Crear una cuenta
signed-out = Se ha cerrado tu sesión.
email-verified-sign-in = Tu dirección de correo electrónico está verificada. Inicia sesión para continuar.

## External identity providers (buttons on /loginname, /idp/{provider}/success and /failure, linked accounts)
idp-or = o
idp-redirecting = Redirigiendo…
idp-signing-in = Iniciando sesión…
idp-link-incomplete = Este enlace de inicio de sesión está incompleto. Vuelve a empezar desde la página de inicio de sesión.
idp-intent-invalid = Este intento de inicio de sesión ha caducado o ya se ha usado. Vuelve a empezar desde la página de inicio de sesión.
idp-register-title = Crea tu cuenta
idp-link-title = ¿Ya tienes una cuenta?
idp-link-submit = Iniciar sesión y vincular
idp-no-account-title = No se ha encontrado ninguna cuenta
idp-linked-title = Cuenta vinculada
idp-linked-elsewhere = Esta cuenta del proveedor ya está vinculada a otro usuario.
idp-failure-title = No se ha podido iniciar sesión
idp-denied = El inicio de sesión se ha cancelado o rechazado en el proveedor. No se ha cambiado nada.
idp-failed = El proveedor no ha podido iniciar tu sesión. Vuelve a intentarlo o inicia sesión de otra forma.
idp-link-failed = No se ha podido vincular la cuenta: el proveedor no ha iniciado tu sesión. No se ha cambiado nada.
back-to-sign-in = Volver a iniciar sesión
linked-accounts-title = Cuentas vinculadas
linked-accounts-empty = Aún no hay cuentas de otros proveedores vinculadas.
link-another-account = Vincular otra cuenta
idp-last-login-method = Esta es tu única forma de iniciar sesión. Añade una contraseña o una llave de acceso antes de quitarla.
username-invalid = Introduce un nombre de usuario.

## /password
password-title = Introduce tu contraseña
not-you = ¿No eres tú?
password-label = Contraseña
password-required = Introduce tu contraseña.
sign-in = Iniciar sesión
signing-in = Iniciando sesión…
wrong-password = Contraseña incorrecta. Vuelve a intentarlo.
user-locked = Esta cuenta se ha bloqueado tras demasiados intentos fallidos. Ponte en contacto con tu administrador.
email-unverified = Verifica tu dirección de correo electrónico antes de iniciar sesión.
verify-email-link = Verificar tu dirección de correo electrónico
password-change-required = Debes cambiar tu contraseña antes de continuar.
login-name-or-password-wrong = El nombre de usuario o la contraseña no son correctos.

## /password/change
password-change-title = Cambiar tu contraseña
password-change-intro = Tienes que cambiar tu contraseña para poder continuar.
current-password-label = Contraseña actual
current-password-required = Introduce tu contraseña actual.
new-password-label = Nueva contraseña
new-password-confirm-label = Confirmar la nueva contraseña
change-password = Cambiar contraseña
saving = Guardando…
password-policy-not-met = Esta contraseña no cumple los requisitos que se indican a continuación.
same-password = Elige una contraseña distinta de la actual.

## /register
register-title = Crea tu cuenta
register-intro = Solo te llevará un minuto.
given-name-label = Nombre
given-name-required = Introduce tu nombre.
family-name-label = Apellidos
family-name-required = Introduce tus apellidos.
email-label = Correo electrónico
email-required = Introduce tu dirección de correo electrónico.
email-invalid = Introduce una dirección de correo electrónico válida, como nombre@example.com.
email-taken = Ya existe una cuenta con este correo electrónico.
password-confirm-label = Confirmar contraseña
create-account = Crear cuenta
creating-account = Creando cuenta…
have-account = ¿Ya tienes una cuenta?
sign-in-link = Iniciar sesión

## Password checklist
checklist-title = Tu contraseña debe tener
rule-uppercase = Una letra mayúscula
rule-lowercase = Una letra minúscula
rule-number = Un número
rule-symbol = Un símbolo, como ! o #
rule-match = Las dos contraseñas coinciden
rule-met = , cumplido
rule-not-met = , aún no cumplido
policy-loading = Cargando las reglas de contraseña…
policy-load-failed = No se han podido cargar las reglas de contraseña.

## /verify
verify-title = Verifica tu correo electrónico
verify-intro-generic = Hemos enviado un código de verificación a tu dirección de correo electrónico. Introdúcelo a continuación.
code-label = Código de verificación
code-required = Introduce el código del correo electrónico.
code-invalid = Ese código no es correcto.
code-expired = Ese código ha caducado. Podemos enviarte uno nuevo.
verify = Verificar
verifying = Verificando…
resend = Enviar un código nuevo
sending = Enviando…
code-sent = Código nuevo enviado. Revisa tu bandeja de entrada.
verify-link-incomplete = Este enlace de verificación está incompleto. Vuelve a iniciar sesión para recibir un código nuevo.
verify-user-unknown = Este enlace de verificación no pertenece a ninguna cuenta. Vuelve a iniciar sesión para recibir un código nuevo.

## /signedin
signed-in-title = Has iniciado sesión
signed-in-as = Sesión iniciada como
profile-link = Ir a tu perfil

## /profile
profile-title = Tu perfil
username-label = Nombre de usuario
verified = Verificado
not-verified = Sin verificar
sessions-title = Sesiones activas
this-browser = Este navegador
unknown-device = Dispositivo desconocido
session-created = Inicio de sesión
session-last-active = Última actividad
no-sessions = No hay sesiones activas.
log-out = Cerrar sesión
log-out-everywhere = Cerrar sesión en todas partes
logging-out = Cerrando sesión…

## /logout
logout-title = Cerrar sesión
logout-intro = Estas cuentas tienen la sesión iniciada en este navegador.
end-session = Cerrar sesión
logout-all = Cerrar sesión en todas las cuentas
no-browser-sessions = No hay nadie con la sesión iniciada en este navegador.

## /dev/outbox
outbox-title = Bandeja de salida de desarrollo
outbox-intro = Correos enviados por el servidor, los más recientes primero. Solo disponible en desarrollo.
outbox-empty = Aún no hay correos.
outbox-disabled = La bandeja de salida de desarrollo no está activada (el correo se envía por SMTP).
refresh = Actualizar
mail-to = Para
mail-date = Fecha

## Second factors (authenticator app, codes by email/SMS, recovery codes, /mfa, /mfa/set)
totp-title = Introduce el código de tu aplicación de autenticación
totp-intro = Abre tu aplicación de autenticación e introduce el código de 6 dígitos que muestra para esta cuenta.
otp-sms-title = Introduce el código que te hemos enviado por SMS
otp-sms-intro = Hemos enviado un código de 6 dígitos a tu teléfono. Es válido durante cinco minutos.
otp-email-title = Introduce el código que te hemos enviado por correo
otp-email-intro = Hemos enviado un código de 6 dígitos a tu dirección de correo electrónico. Es válido durante cinco minutos.
other-method = Usar otro método
use-recovery-code = Usar un código de recuperación
totp-set-title = Configura una aplicación de autenticación
totp-set-intro = Escanea este código QR con tu aplicación de autenticación o escribe en ella la clave que aparece abajo. Después, introduce el código de 6 dígitos que muestre la aplicación.
totp-secret-label = Clave para introducirla manualmente
otp-sms-set-title = Códigos por SMS
otp-sms-set-intro = Cuando inicies sesión, te enviaremos un código de un solo uso por SMS a tu número de teléfono verificado.
otp-email-set-title = Códigos por correo electrónico
otp-email-set-intro = Cuando inicies sesión, te enviaremos un código de un solo uso a tu dirección verificada.
turn-on = Activar
mfa-title = Confirma que eres tú
mfa-intro = Elige cómo quieres confirmar el inicio de sesión.
mfa-set-title = Añadir un segundo factor
mfa-set-intro = Protege tu cuenta con un segundo paso al iniciar sesión. Elige uno para configurarlo u omite este paso por ahora.
mfa-set-forced-intro = Tu organización exige un segundo paso al iniciar sesión. Elige uno para configurarlo.
skip = Omitir por ahora
authenticator-app = Aplicación de autenticación
sms-codes = Códigos por SMS
email-codes = Códigos por correo electrónico
security-key = Llave de seguridad
recovery-codes-name = Códigos de recuperación
recovery-code-title = Iniciar sesión con un código de recuperación
recovery-code-intro = Introduce uno de los códigos de recuperación que guardaste. Cada código solo funciona una vez.
recovery-code-label = Código de recuperación
second-factors-title = Segundos factores
factor-on = Activado
factor-off = Desactivado
factor-remove = Quitar
factor-removing = Quitando…
set-up = Configurar
generate = Generar códigos de recuperación
regenerate = Generar códigos nuevos
recovery-needs-factor = Primero configura un segundo factor; los códigos de recuperación lo sustituyen si lo pierdes.
recovery-codes-shown-once = Guarda estos códigos en un lugar seguro ahora: solo se muestran una vez. Cada uno funciona una sola vez. Si generas códigos nuevos, estos dejarán de ser válidos.
copy = Copiar
copied = Copiado
download = Descargar (.txt)
totp-invalid = Este código es incorrecto o ha caducado. Introduce el código que muestra ahora tu aplicación.
totp-reused = Este código ya se ha usado. Espera al siguiente código de tu aplicación.
totp-already-set-up = Ya hay una aplicación de autenticación configurada en tu cuenta. Elimínala en tu perfil para configurar una nueva.
recovery-invalid = Este código de recuperación no es válido. Revísalo y vuelve a intentarlo.
recovery-used = Este código de recuperación ya se ha usado. Usa otro.
last-factor-refused = Tu organización exige un segundo factor. Configura otro antes de quitar este.
mfa-forced = Tu organización exige un segundo factor, así que no puedes omitir este paso.
otp-not-set-up = Este método de inicio de sesión no está configurado en tu cuenta. Elige otro.
otp-needs-verified-email = Primero verifica tu dirección de correo electrónico en tu perfil.
otp-needs-verified-phone = Primero añade y verifica un número de teléfono en tu perfil.
otp-no-challenge = Aún no se ha enviado ningún código. Solicita un código nuevo.
second-factor-locked = Demasiados códigos incorrectos: tu cuenta se ha bloqueado. Ponte en contacto con tu administrador.

## Fallback route
not-found-title = Página no encontrada
not-found-body = No hay nada en esta dirección. Revisa el enlace o vuelve a empezar.
go-to-sign-in = Ir a iniciar sesión

## App sign-in (/login, /accounts, /signedin with an app's request, /device, /logout/done)
app-login-title = Iniciar sesión
app-login-loading = Preparando el inicio de sesión…
auth-request-gone = Esta solicitud de inicio de sesión ha caducado o ya se ha usado. Vuelve a la aplicación y empieza de nuevo.
accounts-title = Elige una cuenta
accounts-intro = Continúa con una cuenta que tenga la sesión iniciada en este dispositivo:
use-another-account = Usar otra cuenta
returning-to-app = Volviendo a la aplicación…
return-to-app = Volver a la aplicación
callback-failed-title = No se puede continuar a la aplicación
callback-reauthenticate = La aplicación te pide que vuelvas a iniciar sesión.
callback-second-factor = Tu organización exige un segundo factor para esta aplicación.
callback-wrong-organization = Esta aplicación no acepta cuentas de tu organización. Usa otra cuenta.
callback-already-answered = Esta solicitud de inicio de sesión ya se ha respondido. Vuelve a la aplicación y empieza de nuevo.
sign-in-again = Volver a iniciar sesión
device-title = Conectar un dispositivo
device-intro = Introduce el código que aparece en tu dispositivo.
device-code-label = Código
device-code-required = Introduce el código de tu dispositivo.
device-code-unknown = Este código no es válido o ha caducado. Consulta el código actual en el dispositivo.
device-consent-title = ¿Permitir el acceso?
device-consent-intro = quiere acceder a tu cuenta
device-scopes = Solicita
allow = Permitir
deny = Denegar
device-approved = Listo. Ya puedes volver a tu dispositivo.
device-denied = Acceso denegado. El dispositivo no se ha conectado.
logout-done-title = Sesión cerrada
logout-done-body = Se ha cerrado tu sesión. Ya puedes cerrar esta ventana.

## Account centre (/password/set, /profile sections)
forgot-password = ¿Has olvidado tu contraseña?
password-set-title = Elige una contraseña nueva
password-set-intro = Introduce el código del correo electrónico y elige una contraseña nueva.
password-reset-sent = Te hemos enviado un correo con un enlace para restablecer tu contraseña. Ábrelo o introduce abajo el código que contiene.
set-new-password = Establecer contraseña nueva
password-set-done = Se ha cambiado tu contraseña. Inicia sesión con tu contraseña nueva.
password-link-incomplete = Este enlace está incompleto. Vuelve a empezar desde la página de inicio de sesión.
section-profile = Perfil
section-email = Correo electrónico
section-phone = Teléfono
section-password = Contraseña
section-security = Seguridad
section-danger-zone = Zona de peligro
nick-name-label = Apodo
display-name-label = Nombre visible
language-label = Idioma preferido
gender-label = Género
gender-unspecified = Sin especificar
gender-female = Femenino
gender-male = Masculino
gender-diverse = Diverso
save = Guardar
saved = Se han guardado los cambios.
cancel = Cancelar
username-required = Introduce un nombre de usuario.
username-taken = Este nombre de usuario o correo electrónico ya está en uso.
change-email = Cambiar correo electrónico
new-email-label = Nueva dirección de correo electrónico
send-code = Enviar código
email-same = Esta ya es tu dirección de correo electrónico.
phone-label = Número de teléfono
phone-none = Aún no hay ningún número de teléfono.
add-phone = Añadir número de teléfono
change-phone = Cambiar número de teléfono
remove-phone = Quitar número de teléfono
phone-invalid = Introduce el número en formato internacional, como +41 79 123 45 67.
phone-code-label = Código del SMS
no-sms-provider = No se pueden enviar SMS en este momento. Inténtalo más tarde.
password-changed = Se ha cambiado tu contraseña.
end-other-sessions = Cerrar todas las demás sesiones
session-ip = Dirección IP
sign-in-methods-title = Métodos de inicio de sesión
security-log-title = Eventos de seguridad recientes
security-log-empty = Aún no hay eventos de seguridad.
ev-signed-in = Inicio de sesión
ev-password-failed = Inicio de sesión fallido: contraseña incorrecta
ev-password-changed = Contraseña cambiada
ev-email-changed = Dirección de correo electrónico cambiada
ev-email-change-requested = Cambio de correo electrónico solicitado
ev-email-verified = Dirección de correo electrónico verificada
ev-phone-changed = Número de teléfono establecido
ev-phone-verified = Número de teléfono verificado
ev-phone-removed = Número de teléfono quitado
ev-user-locked = Cuenta bloqueada tras intentos fallidos
ev-profile-changed = Perfil modificado
ev-username-changed = Nombre de usuario cambiado
ev-account-created = Cuenta creada
ev-factor-added = Método de inicio de sesión añadido
ev-factor-removed = Método de inicio de sesión quitado
download-data = Descargar mis datos
download-data-intro = Un archivo JSON con tu perfil, tus métodos de inicio de sesión, tus sesiones y tus eventos de seguridad.
delete-account = Eliminar mi cuenta
delete-account-intro = Esto elimina tu cuenta y sus datos de forma definitiva. Introduce tu contraseña para confirmarlo.
delete-account-confirm = Eliminar mi cuenta definitivamente
deleting = Eliminando…
delete-forbidden = Las cuentas con roles de administrador no se pueden eliminar desde aquí.
outbox-sms-title = Mensajes de texto

## Passkeys and security keys (WebAuthn)
web-authn-unsupported = Este navegador no admite llaves de acceso ni llaves de seguridad. Usa un navegador actualizado o inicia sesión con tu contraseña.
web-authn-cancelled = La solicitud se ha cancelado o ha caducado. Vuelve a intentarlo cuando quieras.
web-authn-already-registered = Este dispositivo ya está registrado en tu cuenta.
web-authn-failed = Tu dispositivo no ha podido completar la solicitud. Vuelve a intentarlo.
web-authn-unknown-credential = Esta llave de acceso no está registrada en esta cuenta. Elige otra o inicia sesión con tu contraseña.
web-authn-expired = Se ha agotado el tiempo de la solicitud. Vuelve a intentarlo.
passkeys-not-allowed = Las llaves de acceso están desactivadas en esta organización.
web-authn-last-factor = No puedes quitar tu último método de inicio de sesión. Añade otro primero.
sign-in-with-passkey = Iniciar sesión con una llave de acceso
passkey-title = Inicia sesión con tu llave de acceso
passkey-intro = Usa la llave de acceso de este dispositivo o de tu teléfono: tu huella digital, tu cara o el bloqueo de pantalla confirman que eres tú.
passkey-use = Usar llave de acceso
passkey-waiting = Esperando a tu llave de acceso…
use-password-instead = Usar tu contraseña
passkey-set-title = Añadir una llave de acceso
passkey-set-intro = Inicia sesión con tu huella digital, tu cara o el bloqueo de pantalla en lugar de con una contraseña. La llave de acceso se queda en tu dispositivo.
passkey-signup-intro = Tu cuenta se ha creado. Ahora crea la llave de acceso con la que iniciarás sesión: tu huella digital, tu cara o el bloqueo de pantalla, sin contraseña.
choose-another-way = Elegir otra forma de iniciar sesión
register-with-passkey-instead = Usar una llave de acceso en lugar de una contraseña
register-with-password-instead = Usar una contraseña
register-passkey-hint = No necesitas contraseña: después de este paso, tu dispositivo creará una llave de acceso para esta cuenta.
authenticator-set-title = Protege tu cuenta
authenticator-set-intro = Elige cómo vas a iniciar sesión.
authenticator-passkey = Llave de acceso
authenticator-passkey-hint = Tu huella digital, tu cara o el bloqueo de pantalla. No tienes que recordar nada y no se puede suplantar con phishing.
authenticator-password = Contraseña
authenticator-password-hint = Te enviamos un código por correo y después eliges una contraseña.
passkey-signup-grant = Solo el navegador que creó esta cuenta puede añadir su primera llave de acceso, en un plazo de 15 minutos. Elige una contraseña o vuelve a registrarte.
second-factor-before-first = Primero inicia sesión con tu contraseña o tu llave de acceso.
passkeys-unavailable-here = Las llaves de acceso no están disponibles en esta dirección. Inicia sesión con tu contraseña o abre la página de inicio de sesión en su dirección principal.
passkey-other-host = Esta llave de acceso se creó para otra dirección de este servicio. Úsala allí o añade una llave de acceso aquí.
passkey-name-label = Nombre de esta llave de acceso
passkey-create = Crear llave de acceso
passkey-creating = Esperando a tu dispositivo…
passkey-added = Llave de acceso añadida. A partir de ahora puedes iniciar sesión con ella.
not-now = Ahora no
back-to-profile = Volver a tu perfil
u2f-title = Confirma con tu llave de seguridad
u2f-intro = Inserta o toca la llave de seguridad que registraste para esta cuenta.
u2f-use = Usar llave de seguridad
u2f-waiting = Esperando a tu llave de seguridad…
u2f-set-title = Añadir una llave de seguridad
u2f-set-intro = Una llave de seguridad confirma que eres tú después de tu contraseña, así que una contraseña robada no basta por sí sola.
u2f-name-label = Nombre de esta llave de seguridad
u2f-create = Registrar llave de seguridad
u2f-added = Llave de seguridad añadida. Se te pedirá después de tu contraseña.
passkeys = Llaves de acceso
passkeys-empty = Aún no hay llaves de acceso.
passkey-add = Añadir una llave de acceso
security-keys = Llaves de seguridad
security-keys-empty = Aún no hay llaves de seguridad.
security-key-add = Añadir una llave de seguridad
rename = Cambiar nombre
remove = Quitar
added-on = Añadida el
last-used = Último uso:
never-used = Nunca usada
name-required = Introduce un nombre.

## Confirm it's you (re-authentication dialog)
reauth-title = Confirma que eres tú
reauth-intro = Este cambio requiere un inicio de sesión reciente. Introduce tu contraseña para continuar.
reauth-intro-passkey = Este cambio requiere un inicio de sesión reciente. Usa tu llave de acceso para continuar.
reauth-confirm = Confirmar
reauth-checking = Comprobando…
reauth-with-passkey = Usar una llave de acceso
reauth-required = Confirma que eres tú para hacer este cambio.
phone-otp-sms-warning = Recibes códigos de inicio de sesión por SMS en este número. Si lo cambias o lo quitas, se desactivarán; vuelve a configurarlos cuando el nuevo número esté verificado.

## / The text of `msg`.

## Messages with variables (functions in src/i18n.rs)
page-title = { $page } · { $app }
rule-length = { $min_length ->
    [one] Al menos { $min_length } carácter
   *[other] Al menos { $min_length } caracteres
}
browser-on-os = { $browser } en { $os }
login-on-device = { $login_name } · { $device }
verify-intro = Hemos enviado un código de verificación a { $email }. Introdúcelo a continuación.
resend-in = Enviar un código nuevo ({ $seconds } s)
email-pending = Pendiente de verificación: hemos enviado un código a { $email }. Tu dirección actual se seguirá usando hasta entonces.
sms-sent = Hemos enviado un código por SMS al { $phone }.
idp-continue-with = Continuar con { $provider }
idp-register-intro = Revisa los datos de tu cuenta de { $provider } y, después, crea tu cuenta.
idp-link-intro = Inicia sesión con tu contraseña para vincular a ella tu cuenta de { $provider }.
idp-no-account = No hay ninguna cuenta vinculada aquí a tu cuenta de { $provider }, y no se puede crear ni vincular una aquí. Inicia sesión de otra forma.
idp-linked = Tu cuenta de { $provider } ya está vinculada. A partir de ahora puedes iniciar sesión con ella.

## Org-scoped login: a name shared by users of several organisations
login-name-ambiguous = Varias cuentas usan este nombre. Introduce tu nombre de inicio de sesión completo: usuario@dominio-organización.

## Account centre: profile picture, code resend limit
avatar-title = Foto de perfil
avatar-choose = Cambiar foto
avatar-hint = PNG, JPEG, GIF o WebP, hasta 5 MB. Se recorta en forma cuadrada.
avatar-save = Guardar foto
avatar-remove = Quitar foto
avatar-too-big = Esta imagen es demasiado grande: elige una de 5 MB como máximo.
avatar-not-image = Este archivo no es una imagen que podamos usar: elige una imagen PNG, JPEG, GIF o WebP.
avatar-saved = Tu nueva foto se ha guardado.
avatar-removed = Tu foto se ha quitado.
too-many-codes = Has pedido demasiados códigos. Espera unos minutos antes de pedir otro.

## Security log: session ended (sign-out), with the device and address that ended it
ev-signed-out = Cierre de sesión

## Account centre: deleting one's own account forbidden by the org's account policy
delete-forbidden-policy = La política de tu organización no permite eliminar tu propia cuenta. Pide a un administrador que la elimine.
