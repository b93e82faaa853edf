# Gatehouse UI messages: Portuguese (Português).
# Every other locales/<lang>.ftl has exactly these ids with the same { $variables }.
# Ids are the kebab-case names of the SPA's i18n::Msg variants (LoginNameTitle -> login-name-title).


## Shared
app-name = Gatehouse
skip-to-content = Pular para o conteúdo principal

## Branding and legal footer
brand-logo-alt = Logotipo da organização
legal-nav-label = Informações legais e suporte
legal-tos = Termos de serviço
legal-privacy = Política de privacidade
legal-help = Ajuda
legal-docs = Documentação
legal-support = Falar com o suporte
powered-by = Protegido pelo Gatehouse
language-switcher-label = Idioma
loading = Carregando…
load-failed = Não foi possível carregar esta página.
retry = Tentar novamente
network-error = Não conseguimos acessar o servidor. Verifique sua conexão e tente novamente.
unexpected = Algo deu errado. Tente novamente.
server-error = Algo deu errado do nosso lado. Tente novamente em instantes.
not-allowed = Você não tem permissão para fazer isso.
session-expired = Seu login expirou.
too-many-attempts = Muitas tentativas. Aguarde um minuto e tente novamente.
invalid-input = Alguns dados não são válidos. Verifique-os e tente novamente.

## /loginname
login-name-title = Fazer login
login-name-intro = Digite seu nome de usuário ou endereço de e-mail para continuar.
login-name-label = Nome de usuário ou e-mail
login-name-required = Digite seu nome de usuário ou endereço de e-mail.
user-not-found = Não encontramos uma conta com esse nome de usuário ou e-mail.
continue = Continuar
checking = Verificando…
no-account-yet = Ainda não tem uma conta?
create-account-link = Criar uma conta
signed-out = Você saiu da sua conta.
email-verified-sign-in = Seu endereço de e-mail foi verificado. Faça login para continuar.

## External identity providers (buttons on /loginname, /idp/{provider}/success and /failure, linked accounts)
idp-or = ou
idp-redirecting = Redirecionando…
idp-signing-in = Fazendo seu login…
idp-link-incomplete = Este link de login está incompleto. Comece novamente pela página de login.
idp-intent-invalid = Esta tentativa de login expirou ou já foi usada. Comece novamente pela página de login.
idp-register-title = Crie sua conta
idp-link-title = Já tem uma conta?
idp-link-submit = Fazer login e vincular
idp-no-account-title = Nenhuma conta encontrada
idp-linked-title = Conta vinculada
idp-linked-elsewhere = Esta conta no provedor já está vinculada a outro usuário.
idp-failure-title = Não foi possível fazer login
idp-denied = O login foi cancelado ou recusado no provedor. Nada foi alterado.
idp-failed = O provedor não conseguiu fazer seu login. Tente novamente ou faça login de outra forma.
idp-link-failed = Não foi possível vincular a conta: o provedor não fez seu login. Nada foi alterado.
back-to-sign-in = Voltar para o login
linked-accounts-title = Contas vinculadas
linked-accounts-empty = Ainda não há contas de outros provedores vinculadas.
link-another-account = Vincular outra conta
idp-last-login-method = Esta é sua única forma de fazer login. Adicione uma senha ou uma chave de acesso antes de removê-la.
username-invalid = Digite um nome de usuário.

## /password
password-title = Digite sua senha
not-you = Não é você?
password-label = Senha
password-required = Digite sua senha.
sign-in = Fazer login
signing-in = Fazendo login…
wrong-password = Senha incorreta. Tente novamente.
user-locked = Esta conta foi bloqueada após muitas tentativas malsucedidas. Entre em contato com o administrador.
email-unverified = Verifique seu endereço de e-mail antes de fazer login.
verify-email-link = Verificar seu endereço de e-mail
password-change-required = Você precisa alterar sua senha antes de continuar.
login-name-or-password-wrong = O nome de usuário ou a senha estão incorretos.

## /password/change
password-change-title = Alterar sua senha
password-change-intro = Sua senha precisa ser alterada para você continuar.
current-password-label = Senha atual
current-password-required = Digite sua senha atual.
new-password-label = Nova senha
new-password-confirm-label = Confirmar nova senha
change-password = Alterar senha
saving = Salvando…
password-policy-not-met = Esta senha não atende aos requisitos abaixo.
same-password = Escolha uma senha diferente da atual.

## /register
register-title = Crie sua conta
register-intro = Leva só um minuto.
given-name-label = Nome
given-name-required = Digite seu nome.
family-name-label = Sobrenome
family-name-required = Digite seu sobrenome.
email-label = E-mail
email-required = Digite seu endereço de e-mail.
email-invalid = Digite um endereço de e-mail válido, como nome@example.com.
email-taken = Já existe uma conta com este e-mail.
password-confirm-label = Confirmar senha
create-account = Criar conta
creating-account = Criando conta…
have-account = Já tem uma conta?
sign-in-link = Fazer login

## Password checklist
checklist-title = Sua senha precisa ter
rule-uppercase = Uma letra maiúscula
rule-lowercase = Uma letra minúscula
rule-number = Um número
rule-symbol = Um símbolo, como ! ou #
rule-match = As duas senhas coincidem
rule-met = , concluído
rule-not-met = , ainda não
policy-loading = Carregando as regras de senha…
policy-load-failed = Não foi possível carregar as regras de senha.

## /verify
verify-title = Verifique seu e-mail
verify-intro-generic = Enviamos um código de verificação para seu endereço de e-mail. Digite-o abaixo.
code-label = Código de verificação
code-required = Digite o código do e-mail.
code-invalid = Esse código não está correto.
code-expired = Esse código expirou. Podemos enviar um novo.
verify = Verificar
verifying = Verificando…
resend = Enviar um novo código
sending = Enviando…
code-sent = Novo código enviado. Confira sua caixa de entrada.
verify-link-incomplete = Este link de verificação está incompleto. Faça login novamente para receber um novo código.
verify-user-unknown = Este link de verificação não pertence a nenhuma conta. Faça login novamente para receber um novo código.

## /signedin
signed-in-title = Você fez login
signed-in-as = Conectado como
profile-link = Ir para seu perfil

## /profile
profile-title = Seu perfil
username-label = Nome de usuário
verified = Verificado
not-verified = Não verificado
sessions-title = Sessões ativas
this-browser = Este navegador
unknown-device = Dispositivo desconhecido
session-created = Login
session-last-active = Última atividade
no-sessions = Nenhuma sessão ativa.
log-out = Sair
log-out-everywhere = Sair de todos os dispositivos
logging-out = Saindo…

## /logout
logout-title = Sair
logout-intro = Estas contas estão conectadas neste navegador.
end-session = Sair
logout-all = Sair de todas as contas
no-browser-sessions = Ninguém está conectado neste navegador.

## /dev/outbox
outbox-title = Caixa de saída de desenvolvimento
outbox-intro = E-mails enviados pelo servidor, os mais recentes primeiro. Disponível apenas em desenvolvimento.
outbox-empty = Nenhum e-mail ainda.
outbox-disabled = A caixa de saída de desenvolvimento não está ativada (os e-mails são enviados por SMTP).
refresh = Atualizar
mail-to = Para
mail-date = Data

## Second factors (authenticator app, codes by email/SMS, recovery codes, /mfa, /mfa/set)
totp-title = Digite o código do seu app autenticador
totp-intro = Abra seu app autenticador e digite o código de 6 dígitos exibido para esta conta.
otp-sms-title = Digite o código que enviamos por SMS
otp-sms-intro = Enviamos um código de 6 dígitos para seu telefone. Ele é válido por cinco minutos.
otp-email-title = Digite o código que enviamos por e-mail
otp-email-intro = Enviamos um código de 6 dígitos para seu endereço de e-mail. Ele é válido por cinco minutos.
other-method = Usar outro método
use-recovery-code = Usar um código de recuperação
totp-set-title = Configurar um app autenticador
totp-set-intro = Escaneie este QR code com seu app autenticador ou digite nele a chave abaixo. Depois, digite o código de 6 dígitos exibido pelo app.
totp-secret-label = Chave para inserção manual
otp-sms-set-title = Códigos por SMS
otp-sms-set-intro = Quando você fizer login, enviaremos um código de uso único por SMS para seu número de telefone verificado.
otp-email-set-title = Códigos por e-mail
otp-email-set-intro = Quando você fizer login, enviaremos um código de uso único para seu endereço de e-mail verificado.
turn-on = Ativar
mfa-title = Confirme que é você
mfa-intro = Escolha como confirmar seu login.
mfa-set-title = Adicionar um segundo fator
mfa-set-intro = Proteja sua conta com uma segunda etapa no login. Escolha um método para configurar ou pule por enquanto.
mfa-set-forced-intro = Sua organização exige uma segunda etapa no login. Escolha um método para configurar.
skip = Pular por enquanto
authenticator-app = App autenticador
sms-codes = Códigos por SMS
email-codes = Códigos por e-mail
security-key = Chave de segurança
recovery-codes-name = Códigos de recuperação
recovery-code-title = Fazer login com um código de recuperação
recovery-code-intro = Digite um dos códigos de recuperação que você salvou. Cada código só funciona uma vez.
recovery-code-label = Código de recuperação
second-factors-title = Segundos fatores
factor-on = Ativado
factor-off = Desativado
factor-remove = Remover
factor-removing = Removendo…
set-up = Configurar
generate = Gerar códigos de recuperação
regenerate = Gerar novos códigos
recovery-needs-factor = Configure primeiro um segundo fator; os códigos de recuperação o substituem se ele for perdido.
recovery-codes-shown-once = Salve estes códigos em um lugar seguro agora: eles são exibidos apenas uma vez. Cada um funciona uma única vez. Gerar novos códigos invalida estes.
copy = Copiar
copied = Copiado
download = Baixar (.txt)
totp-invalid = Este código está errado ou expirou. Digite o código que seu app está mostrando agora.
totp-reused = Este código já foi usado. Aguarde o próximo código no seu app.
totp-already-set-up = Já existe um aplicativo autenticador configurado na sua conta. Remova-o no seu perfil para configurar um novo.
recovery-invalid = Este código de recuperação não é válido. Verifique-o e tente novamente.
recovery-used = Este código de recuperação já foi usado. Use outro.
last-factor-refused = Sua organização exige um segundo fator. Configure outro antes de remover este.
mfa-forced = Sua organização exige um segundo fator, então esta etapa não pode ser pulada.
otp-not-set-up = Este método de login não está configurado para sua conta. Escolha outro.
otp-needs-verified-email = Primeiro verifique seu endereço de e-mail no seu perfil.
otp-needs-verified-phone = Primeiro adicione e verifique um número de telefone no seu perfil.
otp-no-challenge = Nenhum código foi enviado ainda. Solicite um novo código.
second-factor-locked = Muitos códigos incorretos: sua conta foi bloqueada. Entre em contato com o administrador.

## Fallback route
not-found-title = Página não encontrada
not-found-body = Não há nada neste endereço. Verifique o link ou comece de novo.
go-to-sign-in = Ir para o login

## App sign-in (/login, /accounts, /signedin with an app's request, /device, /logout/done)
app-login-title = Fazer login
app-login-loading = Preparando o login…
auth-request-gone = Esta solicitação de login expirou ou já foi usada. Volte para o aplicativo e comece de novo.
accounts-title = Escolha uma conta
accounts-intro = Continuar com uma conta conectada neste dispositivo:
use-another-account = Usar outra conta
returning-to-app = Voltando para o aplicativo…
return-to-app = Voltar para o aplicativo
callback-failed-title = Não é possível continuar para o aplicativo
callback-reauthenticate = O aplicativo pede que você faça login novamente.
callback-second-factor = Sua organização exige um segundo fator para este aplicativo.
callback-wrong-organization = Este aplicativo não aceita contas da sua organização. Use outra conta.
callback-already-answered = Esta solicitação de login já foi respondida. Volte para o aplicativo e comece de novo.
sign-in-again = Fazer login novamente
device-title = Conectar um dispositivo
device-intro = Digite o código exibido no seu dispositivo.
device-code-label = Código
device-code-required = Digite o código do seu dispositivo.
device-code-unknown = Este código não é válido ou expirou. Confira o código atual no dispositivo.
device-consent-title = Permitir acesso?
device-consent-intro = quer acessar sua conta
device-scopes = Está solicitando
allow = Permitir
deny = Negar
device-approved = Pronto. Você pode voltar para o seu dispositivo.
device-denied = Acesso negado. O dispositivo não foi conectado.
logout-done-title = Você saiu
logout-done-body = Você saiu da sua conta. Pode fechar esta janela.

## Account centre (/password/set, /profile sections)
forgot-password = Esqueceu a senha?
password-set-title = Escolha uma nova senha
password-set-intro = Digite o código do e-mail e escolha uma nova senha.
password-reset-sent = Enviamos um e-mail com um link para redefinir sua senha. Abra-o ou digite abaixo o código que ele contém.
set-new-password = Definir nova senha
password-set-done = Sua senha foi alterada. Faça login com a nova senha.
password-link-incomplete = Este link está incompleto. Comece de novo pela página de login.
section-profile = Perfil
section-email = E-mail
section-phone = Telefone
section-password = Senha
section-security = Segurança
section-danger-zone = Zona de perigo
nick-name-label = Apelido
display-name-label = Nome de exibição
language-label = Idioma preferido
gender-label = Gênero
gender-unspecified = Não especificado
gender-female = Feminino
gender-male = Masculino
gender-diverse = Diverso
save = Salvar
saved = Suas alterações foram salvas.
cancel = Cancelar
username-required = Digite um nome de usuário.
username-taken = Este nome de usuário ou e-mail já está em uso.
change-email = Alterar e-mail
new-email-label = Novo endereço de e-mail
send-code = Enviar código
email-same = Este já é o seu endereço de e-mail.
phone-label = Número de telefone
phone-none = Nenhum número de telefone ainda.
add-phone = Adicionar número de telefone
change-phone = Alterar número de telefone
remove-phone = Remover número de telefone
phone-invalid = Digite o número no formato internacional, como +41 79 123 45 67.
phone-code-label = Código do SMS
no-sms-provider = No momento não é possível enviar SMS. Tente novamente mais tarde.
password-changed = Sua senha foi alterada.
end-other-sessions = Encerrar todas as outras sessões
session-ip = Endereço IP
sign-in-methods-title = Métodos de login
security-log-title = Eventos de segurança recentes
security-log-empty = Nenhum evento de segurança ainda.
ev-signed-in = Login realizado
ev-password-failed = Falha no login: senha incorreta
ev-password-changed = Senha alterada
ev-email-changed = Endereço de e-mail alterado
ev-email-change-requested = Alteração de e-mail solicitada
ev-email-verified = Endereço de e-mail verificado
ev-phone-changed = Número de telefone definido
ev-phone-verified = Número de telefone verificado
ev-phone-removed = Número de telefone removido
ev-user-locked = Conta bloqueada após tentativas malsucedidas
ev-profile-changed = Perfil alterado
ev-username-changed = Nome de usuário alterado
ev-account-created = Conta criada
ev-factor-added = Método de login adicionado
ev-factor-removed = Método de login removido
download-data = Baixar meus dados
download-data-intro = Um arquivo JSON com seu perfil, métodos de login, sessões e eventos de segurança.
delete-account = Excluir minha conta
delete-account-intro = Isso exclui sua conta e os dados dela definitivamente. Digite sua senha para confirmar.
delete-account-confirm = Excluir minha conta definitivamente
deleting = Excluindo…
delete-forbidden = Contas com funções de administrador não podem ser excluídas aqui.
outbox-sms-title = Mensagens SMS

## Passkeys and security keys (WebAuthn)
web-authn-unsupported = Este navegador não pode usar chaves de acesso nem chaves de segurança. Use um navegador atualizado ou faça login com sua senha.
web-authn-cancelled = A solicitação foi cancelada ou expirou. Tente novamente quando estiver pronto.
web-authn-already-registered = Este dispositivo já está registrado na sua conta.
web-authn-failed = Seu dispositivo não conseguiu concluir a solicitação. Tente novamente.
web-authn-unknown-credential = Esta chave de acesso não está registrada nesta conta. Escolha outra ou faça login com sua senha.
web-authn-expired = O tempo da solicitação se esgotou. Tente novamente.
passkeys-not-allowed = As chaves de acesso estão desativadas nesta organização.
web-authn-last-factor = Você não pode remover sua última forma de fazer login. Adicione outra primeiro.
sign-in-with-passkey = Fazer login com uma chave de acesso
passkey-title = Faça login com sua chave de acesso
passkey-intro = Use a chave de acesso deste dispositivo ou do seu celular: sua impressão digital, seu rosto ou o bloqueio de tela confirmam que é você.
passkey-use = Usar chave de acesso
passkey-waiting = Aguardando sua chave de acesso…
use-password-instead = Usar sua senha
passkey-set-title = Adicionar uma chave de acesso
passkey-set-intro = Faça login com sua impressão digital, seu rosto ou o bloqueio de tela em vez de uma senha. A chave de acesso fica no seu dispositivo.
passkey-signup-intro = Sua conta foi criada. Agora crie a chave de acesso que você vai usar para fazer login: sua impressão digital, seu rosto ou o bloqueio de tela, sem senha.
choose-another-way = Escolher outra forma de fazer login
register-with-passkey-instead = Usar uma chave de acesso em vez de senha
register-with-password-instead = Usar uma senha
register-passkey-hint = Não precisa de senha: depois desta etapa, seu dispositivo cria uma chave de acesso para esta conta.
authenticator-set-title = Proteja sua conta
authenticator-set-intro = Escolha como você vai fazer login.
authenticator-passkey = Chave de acesso
authenticator-passkey-hint = Sua impressão digital, seu rosto ou o bloqueio de tela. Nada para lembrar, e à prova de phishing.
authenticator-password = Senha
authenticator-password-hint = Enviamos um código por e-mail e depois você escolhe uma senha.
passkey-signup-grant = Só o navegador que criou esta conta pode adicionar a primeira chave de acesso, em até 15 minutos. Escolha uma senha ou cadastre-se novamente.
second-factor-before-first = Primeiro faça login com sua senha ou chave de acesso.
passkeys-unavailable-here = As chaves de acesso não estão disponíveis neste endereço. Faça login com sua senha ou abra a página de login no endereço principal.
passkey-other-host = Esta chave de acesso foi criada para outro endereço deste serviço. Use-a lá ou adicione uma chave de acesso aqui.
passkey-name-label = Nome desta chave de acesso
passkey-create = Criar chave de acesso
passkey-creating = Aguardando seu dispositivo…
passkey-added = Chave de acesso adicionada. A partir de agora, você pode fazer login com ela.
not-now = Agora não
back-to-profile = Voltar para seu perfil
u2f-title = Confirme com sua chave de segurança
u2f-intro = Insira ou toque na chave de segurança que você registrou para esta conta.
u2f-use = Usar chave de segurança
u2f-waiting = Aguardando sua chave de segurança…
u2f-set-title = Adicionar uma chave de segurança
u2f-set-intro = Uma chave de segurança confirma que é você depois da senha, então uma senha roubada sozinha não basta.
u2f-name-label = Nome desta chave de segurança
u2f-create = Registrar chave de segurança
u2f-added = Chave de segurança adicionada. Ela será solicitada depois da sua senha.
passkeys = Chaves de acesso
passkeys-empty = Nenhuma chave de acesso ainda.
passkey-add = Adicionar uma chave de acesso
security-keys = Chaves de segurança
security-keys-empty = Nenhuma chave de segurança ainda.
security-key-add = Adicionar uma chave de segurança
rename = Renomear
remove = Remover
added-on = Adicionada em
last-used = Último uso em
never-used = Nunca usada
name-required = Digite um nome.

## Confirm it's you (re-authentication dialog)
reauth-title = Confirme que é você
reauth-intro = Esta alteração exige um login recente. Digite sua senha para continuar.
reauth-intro-passkey = Esta alteração exige um login recente. Use sua chave de acesso para continuar.
reauth-confirm = Confirmar
reauth-checking = Verificando…
reauth-with-passkey = Usar uma chave de acesso
reauth-required = Confirme que é você para fazer esta alteração.
phone-otp-sms-warning = Você recebe códigos de login por SMS neste número. Alterá-lo ou removê-lo desativa esses códigos; configure-os novamente depois que o novo número for verificado.

## / The text of `msg`.

## Messages with variables (functions in src/i18n.rs)
page-title = { $page } · { $app }
rule-length = { $min_length ->
    [one] Pelo menos { $min_length } caractere
   *[other] Pelo menos { $min_length } caracteres
}
browser-on-os = { $browser } no { $os }
login-on-device = { $login_name } · { $device }
verify-intro = Enviamos um código de verificação para { $email }. Digite-o abaixo.
resend-in = Enviar um novo código ({ $seconds } s)
email-pending = Aguardando verificação: enviamos um código para { $email }. Seu endereço atual continua em uso até lá.
sms-sent = Enviamos um código por SMS para { $phone }.
idp-continue-with = Continuar com { $provider }
idp-register-intro = Confira os dados da sua conta { $provider } e depois crie sua conta.
idp-link-intro = Faça login com sua senha para vincular sua conta { $provider } a ela.
idp-no-account = Nenhuma conta aqui está vinculada à sua conta { $provider }, e não é possível criar ou vincular uma aqui. Faça login de outra forma.
idp-linked = Sua conta { $provider } agora está vinculada. A partir de agora, você pode fazer login com ela.

## Org-scoped login: a name shared by users of several organisations
login-name-ambiguous = Mais de uma conta usa este nome. Digite seu nome de login completo: usuário@domínio-da-organização.

## Account centre: profile picture, code resend limit
avatar-title = Foto do perfil
avatar-choose = Alterar foto
avatar-hint = PNG, JPEG, GIF ou WebP, até 5 MB. É recortada em quadrado.
avatar-save = Guardar foto
avatar-remove = Remover foto
avatar-too-big = Esta imagem é demasiado grande: escolha uma com 5 MB no máximo.
avatar-not-image = Este ficheiro não é uma imagem utilizável: escolha uma imagem PNG, JPEG, GIF ou WebP.
avatar-saved = A sua nova foto foi guardada.
avatar-removed = A sua foto foi removida.
too-many-codes = Pediu demasiados códigos. Aguarde alguns minutos antes de pedir outro.

## Security log: session ended (sign-out), with the device and address that ended it
ev-signed-out = Sessão encerrada

## Account centre: deleting one's own account forbidden by the org's account policy
delete-forbidden-policy = A política da sua organização não permite excluir a sua própria conta. Peça a um administrador para excluí-la.
