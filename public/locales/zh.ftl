# Gatehouse UI messages: Chinese Simplified (简体中文).
# Every other locales/<lang>.ftl has exactly these ids with the same { $variables }.
# Ids are the kebab-case names of the SPA's i18n::Msg variants (LoginNameTitle -> login-name-title).


## Shared
app-name = Gatehouse
skip-to-content = 跳到主要内容

## Branding and legal footer
brand-logo-alt = 组织徽标
legal-nav-label = 法律信息与支持
legal-tos = 服务条款
legal-privacy = 隐私政策
legal-help = 帮助
legal-docs = 文档
legal-support = 联系支持团队
powered-by = 由 Gatehouse 提供安全保护
language-switcher-label = 语言
loading = 正在加载…
load-failed = 无法加载此页面。
retry = 重试
network-error = 无法连接到服务器。请检查网络连接，然后重试。
unexpected = 出了点问题。请重试。
server-error = 我们这边出了点问题。请稍后重试。
not-allowed = 你无权执行此操作。
session-expired = 你的登录已过期。
too-many-attempts = 尝试次数过多。请等待一分钟后重试。
invalid-input = 部分信息无效。请检查后重试。

## /loginname
login-name-title = 登录
login-name-intro = 输入你的用户名或电子邮件地址以继续。
login-name-label = 用户名或电子邮件
login-name-required = 请输入你的用户名或电子邮件地址。
user-not-found = 找不到使用该用户名或电子邮件的账号。
continue = 继续
checking = 正在检查…
no-account-yet = 还没有账号？
create-account-link = 创建账号
signed-out = 你已退出登录。
email-verified-sign-in = 你的电子邮件地址已验证。请登录以继续。

## External identity providers (buttons on /loginname, /idp/{provider}/success and /failure, linked accounts)
idp-or = 或
idp-redirecting = 正在跳转…
idp-signing-in = 正在为你登录…
idp-link-incomplete = 此登录链接不完整。请从登录页面重新开始。
idp-intent-invalid = 此登录尝试已过期或已被使用。请从登录页面重新开始。
idp-register-title = 创建账号
idp-link-title = 已有账号？
idp-link-submit = 登录并关联
idp-no-account-title = 未找到账号
idp-linked-title = 账号已关联
idp-linked-elsewhere = 此身份提供方账号已关联到其他用户。
idp-failure-title = 登录未成功
idp-denied = 登录已在身份提供方处被取消或拒绝。未做任何更改。
idp-failed = 身份提供方无法让你登录。请重试，或使用其他方式登录。
idp-link-failed = 无法关联账号：身份提供方未能让你登录。未做任何更改。
back-to-sign-in = 返回登录
linked-accounts-title = 已关联的账号
linked-accounts-empty = 尚未关联其他身份提供方的账号。
link-another-account = 关联其他账号
idp-last-login-method = 这是你唯一的登录方式。移除前请先添加密码或通行密钥。
username-invalid = 请输入用户名。

## /password
password-title = 输入密码
not-you = 不是你？
password-label = 密码
password-required = 请输入密码。
sign-in = 登录
signing-in = 正在登录…
wrong-password = 密码错误。请重试。
user-locked = 由于失败次数过多，此账号已被锁定。请联系管理员。
email-unverified = 请先验证你的电子邮件地址，然后再登录。
verify-email-link = 验证电子邮件地址
password-change-required = 你需要先更改密码才能继续。
login-name-or-password-wrong = 用户名或密码不正确。

## /password/change
password-change-title = 更改密码
password-change-intro = 你需要先更改密码才能继续。
current-password-label = 当前密码
current-password-required = 请输入当前密码。
new-password-label = 新密码
new-password-confirm-label = 确认新密码
change-password = 更改密码
saving = 正在保存…
password-policy-not-met = 此密码不符合以下要求。
same-password = 请选择一个与当前密码不同的密码。

## /register
register-title = 创建账号
register-intro = 只需一分钟。
given-name-label = 名
given-name-required = 请输入你的名字。
family-name-label = 姓
family-name-required = 请输入你的姓氏。
email-label = 电子邮件
email-required = 请输入你的电子邮件地址。
email-invalid = 请输入有效的电子邮件地址，例如 name@example.com。
email-taken = 已有账号使用此电子邮件地址。
password-confirm-label = 确认密码
create-account = 创建账号
creating-account = 正在创建账号…
have-account = 已有账号？
sign-in-link = 登录

## Password checklist
checklist-title = 你的密码需要包含
rule-uppercase = 一个大写字母
rule-lowercase = 一个小写字母
rule-number = 一个数字
rule-symbol = 一个符号，例如 ! 或 #
rule-match = 两次输入的密码一致
rule-met = ，已满足
rule-not-met = ，尚未满足
policy-loading = 正在加载密码规则…
policy-load-failed = 无法加载密码规则。

## /verify
verify-title = 验证电子邮件
verify-intro-generic = 我们已向你的电子邮件地址发送了验证码。请在下方输入。
code-label = 验证码
code-required = 请输入邮件中的验证码。
code-invalid = 验证码不正确。
code-expired = 验证码已过期。我们可以给你发送一个新的验证码。
verify = 验证
verifying = 正在验证…
resend = 发送新验证码
sending = 正在发送…
code-sent = 新验证码已发送。请查看你的收件箱。
verify-link-incomplete = 此验证链接不完整。请重新登录以获取新的验证码。
verify-user-unknown = 此验证链接不属于任何账号。请重新登录以获取新的验证码。

## /signedin
signed-in-title = 你已登录
signed-in-as = 当前登录身份
profile-link = 前往个人资料

## /profile
profile-title = 个人资料
username-label = 用户名
verified = 已验证
not-verified = 未验证
sessions-title = 活跃会话
this-browser = 此浏览器
unknown-device = 未知设备
session-created = 登录时间
session-last-active = 最近活动
no-sessions = 没有活跃会话。
log-out = 退出登录
log-out-everywhere = 在所有设备上退出登录
logging-out = 正在退出登录…

## /logout
logout-title = 退出登录
logout-intro = 以下账号已在此浏览器上登录。
end-session = 退出登录
logout-all = 退出所有账号
no-browser-sessions = 此浏览器上没有已登录的账号。

## /dev/outbox
outbox-title = 开发发件箱
outbox-intro = 服务器已发送的邮件，最新的在前。仅在开发环境中可用。
outbox-empty = 还没有邮件。
outbox-disabled = 开发发件箱未启用（邮件通过 SMTP 发送）。
refresh = 刷新
mail-to = 收件人
mail-date = 日期

## Second factors (authenticator app, codes by email/SMS, recovery codes, /mfa, /mfa/set)
totp-title = 输入身份验证器应用中的验证码
totp-intro = 打开你的身份验证器应用，输入它为此账号显示的 6 位数验证码。
otp-sms-title = 输入我们通过短信发送的验证码
otp-sms-intro = 我们已向你的手机发送了 6 位数验证码，有效期为五分钟。
otp-email-title = 输入我们通过电子邮件发送的验证码
otp-email-intro = 我们已向你的电子邮件地址发送了 6 位数验证码，有效期为五分钟。
other-method = 使用其他方式
use-recovery-code = 使用恢复码
totp-set-title = 设置身份验证器应用
totp-set-intro = 用身份验证器应用扫描此二维码，或在应用中输入下方的密钥。然后输入应用显示的 6 位数验证码。
totp-secret-label = 手动输入密钥
otp-sms-set-title = 短信验证码
otp-sms-set-intro = 登录时，我们会通过短信向你已验证的手机号码发送一次性验证码。
otp-email-set-title = 电子邮件验证码
otp-email-set-intro = 登录时，我们会向你已验证的电子邮件地址发送一次性验证码。
turn-on = 开启
mfa-title = 确认是你本人
mfa-intro = 选择确认登录的方式。
mfa-set-title = 添加第二重验证
mfa-set-intro = 在登录时增加第二步验证，保护你的账号。选择一种方式进行设置，或暂时跳过。
mfa-set-forced-intro = 你的组织要求登录时进行第二步验证。请选择一种方式进行设置。
skip = 暂时跳过
authenticator-app = 身份验证器应用
sms-codes = 短信验证码
email-codes = 电子邮件验证码
security-key = 安全密钥
recovery-codes-name = 恢复码
recovery-code-title = 使用恢复码登录
recovery-code-intro = 输入你保存的某个恢复码。每个恢复码只能使用一次。
recovery-code-label = 恢复码
second-factors-title = 第二重验证
factor-on = 已开启
factor-off = 已关闭
factor-remove = 移除
factor-removing = 正在移除…
set-up = 设置
generate = 生成恢复码
regenerate = 生成新恢复码
recovery-needs-factor = 请先设置第二重验证；丢失时可以使用恢复码代替。
recovery-codes-shown-once = 请立即将这些恢复码保存在安全的地方：它们只会显示一次。每个恢复码只能使用一次。生成新恢复码后，这些恢复码将失效。
copy = 复制
copied = 已复制
download = 下载 (.txt)
totp-invalid = 此验证码错误或已过期。请输入应用当前显示的验证码。
totp-reused = 此验证码已被使用。请等待应用中的下一个验证码。
totp-already-set-up = 您的账户已设置身份验证器应用。请先在个人资料中将其移除，再设置新的应用。
recovery-invalid = 此恢复码无效。请检查后重试。
recovery-used = 此恢复码已被使用。请使用另一个。
last-factor-refused = 你的组织要求使用第二重验证。请先设置另一种方式，再移除此方式。
mfa-forced = 你的组织要求使用第二重验证，因此无法跳过此步骤。
otp-not-set-up = 你的账号尚未设置此登录方式。请选择其他方式。
otp-needs-verified-email = 请先在个人资料中验证你的电子邮件地址。
otp-needs-verified-phone = 请先在个人资料中添加并验证手机号码。
otp-no-challenge = 尚未发送验证码。请获取新的验证码。
second-factor-locked = 错误的验证码次数过多：你的账号已被锁定。请联系管理员。

## Fallback route
not-found-title = 找不到页面
not-found-body = 此地址没有内容。请检查链接，或重新开始。
go-to-sign-in = 前往登录

## App sign-in (/login, /accounts, /signedin with an app's request, /device, /logout/done)
app-login-title = 登录
app-login-loading = 正在准备登录…
auth-request-gone = 此登录请求已过期或已被使用。请返回应用重新开始。
accounts-title = 选择账号
accounts-intro = 使用已在此设备上登录的账号继续：
use-another-account = 使用其他账号
returning-to-app = 正在返回应用…
return-to-app = 返回应用
callback-failed-title = 无法继续前往应用
callback-reauthenticate = 应用要求你重新登录。
callback-second-factor = 你的组织要求此应用使用第二重验证。
callback-wrong-organization = 此应用不接受你所在组织的账号。请使用其他账号。
callback-already-answered = 此登录请求已得到响应。请返回应用重新开始。
sign-in-again = 重新登录
device-title = 连接设备
device-intro = 输入设备上显示的代码。
device-code-label = 代码
device-code-required = 请输入设备上显示的代码。
device-code-unknown = 此代码无效或已过期。请在设备上查看当前代码。
device-consent-title = 是否允许访问？
device-consent-intro = 想要访问你的账号
device-scopes = 请求的权限
allow = 允许
deny = 拒绝
device-approved = 已完成。你可以返回设备了。
device-denied = 已拒绝访问。设备未连接。
logout-done-title = 已退出登录
logout-done-body = 你已退出登录。可以关闭此窗口了。

## Account centre (/password/set, /profile sections)
forgot-password = 忘记密码？
password-set-title = 设置新密码
password-set-intro = 输入邮件中的验证码，然后设置新密码。
password-reset-sent = 我们已向你发送了一封包含密码重置链接的电子邮件。请打开链接，或在下方输入邮件中的验证码。
set-new-password = 设置新密码
password-set-done = 你的密码已更改。请使用新密码登录。
password-link-incomplete = 此链接不完整。请从登录页面重新开始。
section-profile = 个人资料
section-email = 电子邮件
section-phone = 手机
section-password = 密码
section-security = 安全
section-danger-zone = 危险操作
nick-name-label = 昵称
display-name-label = 显示名称
language-label = 首选语言
gender-label = 性别
gender-unspecified = 未指定
gender-female = 女
gender-male = 男
gender-diverse = 其他
save = 保存
saved = 更改已保存。
cancel = 取消
username-required = 请输入用户名。
username-taken = 此用户名或电子邮件已被使用。
change-email = 更改电子邮件
new-email-label = 新电子邮件地址
send-code = 发送验证码
email-same = 这已经是你的电子邮件地址。
phone-label = 手机号码
phone-none = 尚未添加手机号码。
add-phone = 添加手机号码
change-phone = 更改手机号码
remove-phone = 移除手机号码
phone-invalid = 请以国际格式输入号码，例如 +41 79 123 45 67。
phone-code-label = 短信验证码
no-sms-provider = 目前无法发送短信。请稍后重试。
password-changed = 你的密码已更改。
end-other-sessions = 退出所有其他会话
session-ip = IP 地址
sign-in-methods-title = 登录方式
security-log-title = 近期安全事件
security-log-empty = 暂无安全事件。
ev-signed-in = 登录
ev-password-failed = 登录失败：密码错误
ev-password-changed = 密码已更改
ev-email-changed = 电子邮件地址已更改
ev-email-change-requested = 已申请更改电子邮件
ev-email-verified = 电子邮件地址已验证
ev-phone-changed = 已设置手机号码
ev-phone-verified = 手机号码已验证
ev-phone-removed = 手机号码已移除
ev-user-locked = 账号因多次尝试失败被锁定
ev-profile-changed = 个人资料已更改
ev-username-changed = 用户名已更改
ev-account-created = 账号已创建
ev-factor-added = 已添加登录方式
ev-factor-removed = 已移除登录方式
download-data = 下载我的数据
download-data-intro = 一个 JSON 文件，包含你的个人资料、登录方式、会话和安全事件。
delete-account = 删除我的账号
delete-account-intro = 这将永久删除你的账号及其数据。请输入密码以确认。
delete-account-confirm = 永久删除我的账号
deleting = 正在删除…
delete-forbidden = 拥有管理员角色的账号无法在此删除。
outbox-sms-title = 短信

## Passkeys and security keys (WebAuthn)
web-authn-unsupported = 此浏览器无法使用通行密钥或安全密钥。请使用最新版浏览器，或使用密码登录。
web-authn-cancelled = 请求已取消或超时。准备好后请重试。
web-authn-already-registered = 此设备已为你的账号注册。
web-authn-failed = 你的设备无法完成请求。请重试。
web-authn-unknown-credential = 此通行密钥未在此账号注册。请选择其他通行密钥，或使用密码登录。
web-authn-expired = 请求超时。请重试。
passkeys-not-allowed = 此组织已关闭通行密钥。
web-authn-last-factor = 你无法移除最后一种登录方式。请先添加另一种方式。
sign-in-with-passkey = 使用通行密钥登录
passkey-title = 使用你的通行密钥登录
passkey-intro = 使用此设备或手机上的通行密钥：通过指纹、面容或屏幕锁定来确认是你本人。
passkey-use = 使用通行密钥
passkey-waiting = 正在等待你的通行密钥…
use-password-instead = 改用密码
passkey-set-title = 添加通行密钥
passkey-set-intro = 使用指纹、面容或屏幕锁定代替密码登录。通行密钥会保留在你的设备上。
passkey-signup-intro = 你的账号已创建。现在创建用于登录的通行密钥：使用指纹、面容或屏幕锁定，无需密码。
choose-another-way = 选择其他登录方式
register-with-passkey-instead = 使用通行密钥代替密码
register-with-password-instead = 改用密码
register-passkey-hint = 无需密码：完成此步骤后，你的设备将为此账号创建通行密钥。
authenticator-set-title = 保护你的账号
authenticator-set-intro = 选择你的登录方式。
authenticator-passkey = 通行密钥
authenticator-passkey-hint = 使用指纹、面容或屏幕锁定。无需记忆，也无法被钓鱼窃取。
authenticator-password = 密码
authenticator-password-hint = 我们会通过电子邮件向你发送验证码，然后由你设置密码。
passkey-signup-grant = 只有创建此账号的浏览器才能在 15 分钟内添加第一个通行密钥。请改用密码，或重新注册。
second-factor-before-first = 请先使用密码或通行密钥登录。
passkeys-unavailable-here = 此地址无法使用通行密钥。请使用密码登录，或在主地址打开登录页面。
passkey-other-host = 此通行密钥是为此服务的另一个地址创建的。请在那里使用它，或在此处添加通行密钥。
passkey-name-label = 通行密钥名称
passkey-create = 创建通行密钥
passkey-creating = 正在等待你的设备…
passkey-added = 已添加通行密钥。从现在起，你可以使用它登录。
not-now = 以后再说
back-to-profile = 返回个人资料
u2f-title = 使用安全密钥确认
u2f-intro = 插入或轻触你为此账号注册的安全密钥。
u2f-use = 使用安全密钥
u2f-waiting = 正在等待你的安全密钥…
u2f-set-title = 添加安全密钥
u2f-set-intro = 安全密钥会在你输入密码后确认是你本人，因此仅凭被盗的密码无法登录。
u2f-name-label = 安全密钥名称
u2f-create = 注册安全密钥
u2f-added = 已添加安全密钥。输入密码后，系统会要求你使用它。
passkeys = 通行密钥
passkeys-empty = 暂无通行密钥。
passkey-add = 添加通行密钥
security-keys = 安全密钥
security-keys-empty = 暂无安全密钥。
security-key-add = 添加安全密钥
rename = 重命名
remove = 移除
added-on = 添加于
last-used = 上次使用于
never-used = 从未使用
name-required = 请输入名称。

## Confirm it's you (re-authentication dialog)
reauth-title = 确认是你本人
reauth-intro = 此更改需要你最近登录过。请输入密码以继续。
reauth-intro-passkey = 此更改需要你最近登录过。请使用通行密钥以继续。
reauth-confirm = 确认
reauth-checking = 正在检查…
reauth-with-passkey = 使用通行密钥
reauth-required = 请确认是你本人，以进行此更改。
phone-otp-sms-warning = 你通过短信在此号码接收登录验证码。更改或移除此号码会关闭短信验证码；新号码验证后请重新设置。

## / The text of `msg`.

## Messages with variables (functions in src/i18n.rs)
page-title = { $page } · { $app }
rule-length = { $min_length ->
   *[other] 至少 { $min_length } 个字符
}
browser-on-os = { $os } 上的 { $browser }
login-on-device = { $login_name } · { $device }
verify-intro = 我们已向 { $email } 发送了验证码。请在下方输入。
resend-in = 发送新验证码（{ $seconds } 秒）
email-pending = 等待验证：我们已向 { $email } 发送了验证码。在此之前，你当前的地址仍然有效。
sms-sent = 我们已通过短信向 { $phone } 发送了验证码。
idp-continue-with = 通过 { $provider } 继续
idp-register-intro = 请检查来自你的 { $provider } 账号的信息，然后创建账号。
idp-link-intro = 使用密码登录，将你的 { $provider } 账号与之关联。
idp-no-account = 此处没有与你的 { $provider } 账号关联的账号，且无法在此创建或关联账号。请使用其他方式登录。
idp-linked = 你的 { $provider } 账号已关联。从现在起，你可以使用它登录。

## Org-scoped login: a name shared by users of several organisations
login-name-ambiguous = 多个账户使用此名称。请输入完整的登录名：用户名@组织域名。

## Account centre: profile picture, code resend limit
avatar-title = 头像
avatar-choose = 更换头像
avatar-hint = PNG、JPEG、GIF 或 WebP，最大 5 MB。图片会被裁剪为正方形。
avatar-save = 保存头像
avatar-remove = 移除头像
avatar-too-big = 图片太大：请选择不超过 5 MB 的图片。
avatar-not-image = 此文件不是可用的图片：请选择 PNG、JPEG、GIF 或 WebP 图片。
avatar-saved = 新头像已保存。
avatar-removed = 头像已移除。
too-many-codes = 您请求的验证码过多。请等待几分钟后再请求。

## Security log: session ended (sign-out), with the device and address that ended it
ev-signed-out = 退出登录

## Account centre: deleting one's own account forbidden by the org's account policy
delete-forbidden-policy = 您所在组织的政策不允许您自行删除账户。请联系管理员删除。
