# Gatehouse mail texts: Chinese Simplified (简体中文).
# Translation of server/locales/en.ftl: same ids and placeables; one message per line, except plural selectors.

## Parts every mail shares
# $name: the recipient's display name (as the user typed it)
mail-greeting = { $name }，你好：
# Label in front of a one-time code, shown as "Code: ABC123"
mail-code-label = 验证码
mail-or-open-link = 或打开此链接：
mail-button-fallback = 如果按钮无效，请将此链接复制到浏览器中：
mail-ignore = 如果这不是你本人的请求，请忽略此邮件。
# $sender: the organisation's name (or "Gatehouse")
mail-footer = 由于你在 { $sender } 拥有账号，{ $sender } 向你发送了此邮件。

## Email verification (a code and a link to confirm an address)
mail-verify-subject = 验证你的电子邮件地址
# $email: the address being confirmed
mail-verify-intro = 请输入以下验证码，确认你的电子邮件地址 { $email }：
mail-verify-button = 验证电子邮件地址
mail-verify-validity =
    { $hours ->
       *[other] 验证码在 { $hours } 小时内有效。
    }

## Password reset
mail-reset-subject = 重置密码
mail-reset-intro = 有人请求重置你账号的密码。如需设置新密码，请打开下方链接或输入以下验证码：
mail-reset-button = 设置新密码
mail-reset-validity =
    { $hours ->
       *[other] 验证码在 { $hours } 小时内有效。
    }

## One-time sign-in code by email (second factor)
mail-otp-subject = 你的登录验证码
mail-otp-intro = 你的一次性登录验证码是：
mail-otp-validity =
    { $minutes ->
       *[other] 该验证码在 { $minutes } 分钟内有效。
    }
mail-otp-ignore = 如果你没有尝试登录，请更改密码。

## Link to add a passkey
mail-passkey-link-subject = 为你的账号添加通行密钥
mail-passkey-link-intro = 打开此链接，为你的账号添加通行密钥：
mail-passkey-link-button = 添加通行密钥
mail-passkey-link-validity =
    { $hours ->
       *[other] 此链接只能使用一次，在 { $hours } 小时内有效。
    }
mail-passkey-link-ignore = 如果你没有预期收到此邮件，请忽略它。

## Notifications about changes to an account's security
mail-security-password-changed-subject = 你的密码已更改
mail-security-password-changed = 你账号的密码已更改。
mail-security-email-changed-subject = 你的电子邮件地址已更改
# $email: the new address
mail-security-email-changed = 你账号的电子邮件地址已更改为 { $email }。
mail-security-phone-changed-subject = 你的手机号码已更改
# $phone: the new number
mail-security-phone-changed = 你账号的手机号码已更改为 { $phone }。
mail-security-phone-removed = 已从你的账号中移除手机号码。
mail-security-username-changed-subject = 你的用户名已更改
# $username: the new username
mail-security-username-changed = 你的用户名已更改为 { $username }。
mail-security-factor-added-subject = 你的账号添加了一种登录方式
# $factor: one of the mail-factor-* texts below
mail-security-factor-added = 你的账号添加了一种登录方式：{ $factor }。
mail-security-factor-removed-subject = 你的账号移除了一种登录方式
mail-security-factor-removed = 你的账号移除了一种登录方式：{ $factor }。
mail-security-account-deleted-subject = 你的账号已删除
mail-security-account-deleted = 你的账号及其数据已删除。
mail-security-if-you = 如果这是你本人的操作，则无需任何处理。
mail-security-if-not = 如果不是，请立即重置密码，并检查账号的会话和登录方式。

## Names of sign-in methods in the notifications above
# $name: the name the user gave the passkey or key
mail-factor-passkey = 通行密钥“{ $name }”
mail-factor-security-key = 安全密钥“{ $name }”
mail-factor-totp = 身份验证器应用
mail-factor-otp-email = 电子邮件登录验证码
mail-factor-otp-sms = 短信登录验证码
mail-factor-recovery-codes = 恢复码
# $provider: the name of the identity provider, e.g. "GitHub"
mail-factor-idp = 通过 { $provider } 登录
