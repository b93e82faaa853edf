# Gatehouse mail texts: Portuguese (Português).
# Translation of server/locales/en.ftl: same ids and placeables; one message per line, except plural selectors.

## Parts every mail shares
# $name: the recipient's display name (as the user typed it)
mail-greeting = Olá, { $name },
# Label in front of a one-time code, shown as "Code: ABC123"
mail-code-label = Código
mail-or-open-link = Ou abra este link:
mail-button-fallback = Se o botão não funcionar, copie este link no seu navegador:
mail-ignore = Se você não fez esta solicitação, ignore este e-mail.
# $sender: the organisation's name (or "Gatehouse")
mail-footer = Este e-mail foi enviado por { $sender } por causa da sua conta nesse serviço.

## Email verification (a code and a link to confirm an address)
mail-verify-subject = Verifique seu e-mail
# $email: the address being confirmed
mail-verify-intro = Confirme seu endereço de e-mail { $email } digitando este código:
mail-verify-button = Verificar e-mail
mail-verify-validity =
    { $hours ->
        [one] O código é válido por uma hora.
       *[other] O código é válido por { $hours } horas.
    }

## Password reset
mail-reset-subject = Redefina sua senha
mail-reset-intro = Alguém pediu para redefinir a senha da sua conta. Para escolher uma nova, abra o link abaixo ou digite este código:
mail-reset-button = Escolher uma nova senha
mail-reset-validity =
    { $hours ->
        [one] O código é válido por uma hora.
       *[other] O código é válido por { $hours } horas.
    }

## One-time sign-in code by email (second factor)
mail-otp-subject = Seu código de login
mail-otp-intro = Seu código de login de uso único é:
mail-otp-validity =
    { $minutes ->
        [one] Ele é válido por um minuto.
       *[other] Ele é válido por { $minutes } minutos.
    }
mail-otp-ignore = Se você não tentou fazer login, altere sua senha.

## Link to add a passkey
mail-passkey-link-subject = Adicione uma chave de acesso à sua conta
mail-passkey-link-intro = Abra este link para adicionar uma chave de acesso à sua conta:
mail-passkey-link-button = Adicionar uma chave de acesso
mail-passkey-link-validity =
    { $hours ->
        [one] O link funciona uma única vez, por uma hora.
       *[other] O link funciona uma única vez, por { $hours } horas.
    }
mail-passkey-link-ignore = Se você não esperava este e-mail, ignore-o.

## Notifications about changes to an account's security
mail-security-password-changed-subject = Sua senha foi alterada
mail-security-password-changed = A senha da sua conta foi alterada.
mail-security-email-changed-subject = Seu endereço de e-mail foi alterado
# $email: the new address
mail-security-email-changed = O endereço de e-mail da sua conta foi alterado para { $email }.
mail-security-phone-changed-subject = Seu número de telefone foi alterado
# $phone: the new number
mail-security-phone-changed = O número de telefone da sua conta foi alterado para { $phone }.
mail-security-phone-removed = O número de telefone foi removido da sua conta.
mail-security-username-changed-subject = Seu nome de usuário foi alterado
# $username: the new username
mail-security-username-changed = Seu nome de usuário foi alterado para { $username }.
mail-security-factor-added-subject = Um método de login foi adicionado à sua conta
# $factor: one of the mail-factor-* texts below
mail-security-factor-added = Um método de login foi adicionado à sua conta: { $factor }.
mail-security-factor-removed-subject = Um método de login foi removido da sua conta
mail-security-factor-removed = Um método de login foi removido da sua conta: { $factor }.
mail-security-account-deleted-subject = Sua conta foi excluída
mail-security-account-deleted = Sua conta e os dados dela foram excluídos.
mail-security-if-you = Se foi você, não é preciso fazer nada.
mail-security-if-not = Se não foi, redefina sua senha imediatamente e revise as sessões e os métodos de login da sua conta.

## Names of sign-in methods in the notifications above
# $name: the name the user gave the passkey or key
mail-factor-passkey = a chave de acesso "{ $name }"
mail-factor-security-key = a chave de segurança "{ $name }"
mail-factor-totp = um app autenticador
mail-factor-otp-email = códigos de login por e-mail
mail-factor-otp-sms = códigos de login por SMS
mail-factor-recovery-codes = códigos de recuperação
# $provider: the name of the identity provider, e.g. "GitHub"
mail-factor-idp = login com { $provider }
