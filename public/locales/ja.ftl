# Gatehouse UI messages: Japanese (日本語).
# Every other locales/<lang>.ftl has exactly these ids with the same { $variables }.
# Ids are the kebab-case names of the SPA's i18n::Msg variants (LoginNameTitle -> login-name-title).


## Shared
app-name = Gatehouse
skip-to-content = メイン コンテンツにスキップ

## Branding and legal footer
brand-logo-alt = 組織のロゴ
legal-nav-label = 法的情報とサポート
legal-tos = 利用規約
legal-privacy = プライバシーポリシー
legal-help = ヘルプ
legal-docs = ドキュメント
legal-support = サポートに問い合わせる
powered-by = Gatehouse で保護されています
language-switcher-label = 言語
loading = 読み込んでいます…
load-failed = このページを読み込めませんでした。
retry = 再試行
network-error = サーバーに接続できません。接続を確認して、もう一度お試しください。
unexpected = 問題が発生しました。もう一度お試しください。
server-error = サーバー側で問題が発生しました。しばらくしてからもう一度お試しください。
not-allowed = この操作を行う権限がありません。
session-expired = ログインの有効期限が切れました。
too-many-attempts = 試行回数が多すぎます。1 分待ってからもう一度お試しください。
invalid-input = 入力内容に誤りがあります。確認して、もう一度お試しください。

## /loginname
login-name-title = ログイン
login-name-intro = 続行するには、ユーザー名またはメールアドレスを入力してください。
login-name-label = ユーザー名またはメールアドレス
login-name-required = ユーザー名またはメールアドレスを入力してください。
user-not-found = このユーザー名またはメールアドレスのアカウントが見つかりませんでした。
continue = 続行
checking = 確認しています…
no-account-yet = アカウントをお持ちでない場合
create-account-link = アカウントを作成
signed-out = ログアウトしました。
email-verified-sign-in = メールアドレスが確認されました。ログインして続行してください。

## External identity providers (buttons on /loginname, /idp/{provider}/success and /failure, linked accounts)
idp-or = または
idp-redirecting = リダイレクトしています…
idp-signing-in = ログインしています…
idp-link-incomplete = このログインリンクは不完全です。ログインページから最初からやり直してください。
idp-intent-invalid = このログインの試行は有効期限が切れているか、すでに使用されています。ログインページから最初からやり直してください。
idp-register-title = アカウントの作成
idp-link-title = すでにアカウントをお持ちの場合
idp-link-submit = ログインしてリンク
idp-no-account-title = アカウントが見つかりません
idp-linked-title = アカウントをリンクしました
idp-linked-elsewhere = プロバイダのこのアカウントは、すでに別のユーザーにリンクされています。
idp-failure-title = ログインできませんでした
idp-denied = プロバイダでログインがキャンセルまたは拒否されました。変更は行われていません。
idp-failed = プロバイダでログインできませんでした。もう一度お試しいただくか、別の方法でログインしてください。
idp-link-failed = アカウントをリンクできませんでした。プロバイダでログインが完了しませんでした。変更は行われていません。
back-to-sign-in = ログインに戻る
linked-accounts-title = リンク済みのアカウント
linked-accounts-empty = 他のプロバイダのアカウントはまだリンクされていません。
link-another-account = 別のアカウントをリンク
idp-last-login-method = これは唯一のログイン方法です。削除する前に、パスワードまたはパスキーを追加してください。
username-invalid = ユーザー名を入力してください。

## /password
password-title = パスワードを入力
not-you = ご本人でない場合
password-label = パスワード
password-required = パスワードを入力してください。
sign-in = ログイン
signing-in = ログインしています…
wrong-password = パスワードが正しくありません。もう一度お試しください。
user-locked = 失敗した試行が多すぎるため、このアカウントはロックされています。管理者にお問い合わせください。
email-unverified = ログインする前にメールアドレスを確認してください。
verify-email-link = メールアドレスを確認する
password-change-required = 続行する前にパスワードを変更する必要があります。
login-name-or-password-wrong = ユーザー名またはパスワードが正しくありません。

## /password/change
password-change-title = パスワードの変更
password-change-intro = 続行するには、パスワードを変更する必要があります。
current-password-label = 現在のパスワード
current-password-required = 現在のパスワードを入力してください。
new-password-label = 新しいパスワード
new-password-confirm-label = 新しいパスワード（確認）
change-password = パスワードを変更
saving = 保存しています…
password-policy-not-met = このパスワードは以下の要件を満たしていません。
same-password = 現在のパスワードとは異なるパスワードを選んでください。

## /register
register-title = アカウントの作成
register-intro = 1 分ほどで完了します。
given-name-label = 名
given-name-required = 名を入力してください。
family-name-label = 姓
family-name-required = 姓を入力してください。
email-label = メールアドレス
email-required = メールアドレスを入力してください。
email-invalid = 有効なメールアドレスを入力してください（例: name@example.com）。
email-taken = このメールアドレスのアカウントはすでに存在します。
password-confirm-label = パスワード（確認）
create-account = アカウントを作成
creating-account = アカウントを作成しています…
have-account = すでにアカウントをお持ちの場合
sign-in-link = ログイン

## Password checklist
checklist-title = パスワードの要件
rule-uppercase = 大文字を含む
rule-lowercase = 小文字を含む
rule-number = 数字を含む
rule-symbol = 記号（! や # など）を含む
rule-match = 2 つのパスワードが一致
rule-met = 、達成
rule-not-met = 、未達成
policy-loading = パスワードのルールを読み込んでいます…
policy-load-failed = パスワードのルールを読み込めませんでした。

## /verify
verify-title = メールアドレスの確認
verify-intro-generic = メールアドレスに確認コードを送信しました。下に入力してください。
code-label = 確認コード
code-required = メールに記載されたコードを入力してください。
code-invalid = コードが正しくありません。
code-expired = このコードは有効期限が切れています。新しいコードを送信できます。
verify = 確認
verifying = 確認しています…
resend = 新しいコードを送信
sending = 送信しています…
code-sent = 新しいコードを送信しました。受信トレイをご確認ください。
verify-link-incomplete = この確認リンクは不完全です。もう一度ログインして、新しいコードを受け取ってください。
verify-user-unknown = この確認リンクはどのアカウントにも属していません。もう一度ログインして、新しいコードを受け取ってください。

## /signedin
signed-in-title = ログインしました
signed-in-as = ログイン中のアカウント
profile-link = プロフィールへ移動

## /profile
profile-title = プロフィール
username-label = ユーザー名
verified = 確認済み
not-verified = 未確認
sessions-title = 有効なセッション
this-browser = このブラウザ
unknown-device = 不明なデバイス
session-created = ログイン日時
session-last-active = 最終アクティビティ
no-sessions = 有効なセッションはありません。
log-out = ログアウト
log-out-everywhere = すべての場所からログアウト
logging-out = ログアウトしています…

## /logout
logout-title = ログアウト
logout-intro = このブラウザでは次のアカウントがログインしています。
end-session = ログアウト
logout-all = すべてのアカウントからログアウト
no-browser-sessions = このブラウザでログインしているアカウントはありません。

## /dev/outbox
outbox-title = 開発用送信トレイ
outbox-intro = サーバーが送信したメール（新しい順）。開発環境でのみ利用できます。
outbox-empty = メールはまだありません。
outbox-disabled = 開発用送信トレイは有効になっていません（メールは SMTP で送信されます）。
refresh = 更新
mail-to = 宛先
mail-date = 日付

## Second factors (authenticator app, codes by email/SMS, recovery codes, /mfa, /mfa/set)
totp-title = 認証アプリのコードを入力
totp-intro = 認証アプリを開き、このアカウントに表示されている 6 桁のコードを入力してください。
otp-sms-title = SMS で届いたコードを入力
otp-sms-intro = お使いの電話に 6 桁のコードを送信しました。有効期間は 5 分です。
otp-email-title = メールで届いたコードを入力
otp-email-intro = メールアドレスに 6 桁のコードを送信しました。有効期間は 5 分です。
other-method = 別の方法を使用
use-recovery-code = 復元コードを使用
totp-set-title = 認証アプリの設定
totp-set-intro = 認証アプリでこの QR コードをスキャンするか、下のキーを入力してください。次に、アプリに表示される 6 桁のコードを入力してください。
totp-secret-label = 手動入力用のキー
otp-sms-set-title = SMS によるコード
otp-sms-set-intro = ログイン時に、確認済みの電話番号に SMS でワンタイムコードを送信します。
otp-email-set-title = メールによるコード
otp-email-set-intro = ログイン時に、確認済みのメールアドレスにワンタイムコードを送信します。
turn-on = オンにする
mfa-title = ご本人確認
mfa-intro = ログインの確認方法を選んでください。
mfa-set-title = 2 つ目の認証要素を追加
mfa-set-intro = ログイン時の 2 段階目の確認でアカウントを保護しましょう。設定する方法を選ぶか、今はスキップしてください。
mfa-set-forced-intro = 組織により、ログイン時の 2 段階目の確認が必須になっています。設定する方法を選んでください。
skip = 今はスキップ
authenticator-app = 認証アプリ
sms-codes = SMS によるコード
email-codes = メールによるコード
security-key = セキュリティキー
recovery-codes-name = 復元コード
recovery-code-title = 復元コードでログイン
recovery-code-intro = 保存した復元コードのいずれかを入力してください。各コードは 1 回だけ使用できます。
recovery-code-label = 復元コード
second-factors-title = 2 つ目の認証要素
factor-on = オン
factor-off = オフ
factor-remove = 削除
factor-removing = 削除しています…
set-up = 設定
generate = 復元コードを生成
regenerate = 新しいコードを生成
recovery-needs-factor = まず 2 つ目の認証要素を設定してください。復元コードは、それを紛失したときの代わりになります。
recovery-codes-shown-once = これらのコードを今すぐ安全な場所に保存してください。表示されるのはこの 1 回だけです。各コードは 1 回だけ使用できます。新しいコードを生成すると、これらのコードは無効になります。
copy = コピー
copied = コピーしました
download = ダウンロード（.txt）
totp-invalid = コードが正しくないか、有効期限が切れています。アプリに現在表示されているコードを入力してください。
totp-reused = このコードはすでに使用されています。アプリに次のコードが表示されるまでお待ちください。
totp-already-set-up = このアカウントには認証アプリがすでに設定されています。新しく設定するには、プロフィールで既存のものを削除してください。
recovery-invalid = この復元コードは無効です。確認して、もう一度お試しください。
recovery-used = この復元コードはすでに使用されています。別のコードを使用してください。
last-factor-refused = 組織により 2 つ目の認証要素が必須になっています。これを削除する前に、別の認証要素を設定してください。
mfa-forced = 組織により 2 つ目の認証要素が必須になっているため、この手順はスキップできません。
otp-not-set-up = このログイン方法はお使いのアカウントに設定されていません。別の方法を選んでください。
otp-needs-verified-email = まずプロフィールでメールアドレスを確認してください。
otp-needs-verified-phone = まずプロフィールで電話番号を追加して確認してください。
otp-no-challenge = まだコードが送信されていません。新しいコードをリクエストしてください。
second-factor-locked = 誤ったコードの入力が多すぎるため、アカウントがロックされました。管理者にお問い合わせください。

## Fallback route
not-found-title = ページが見つかりません
not-found-body = このアドレスには何もありません。リンクを確認するか、最初からやり直してください。
go-to-sign-in = ログインへ移動

## App sign-in (/login, /accounts, /signedin with an app's request, /device, /logout/done)
app-login-title = ログイン
app-login-loading = ログインを準備しています…
auth-request-gone = このログインリクエストは有効期限が切れているか、すでに使用されています。アプリケーションに戻って、最初からやり直してください。
accounts-title = アカウントの選択
accounts-intro = このデバイスでログインしているアカウントで続行します:
use-another-account = 別のアカウントを使用
returning-to-app = アプリケーションに戻っています…
return-to-app = アプリケーションに戻る
callback-failed-title = アプリケーションに進めません
callback-reauthenticate = アプリケーションから再ログインが求められています。
callback-second-factor = 組織により、このアプリケーションには 2 つ目の認証要素が必須になっています。
callback-wrong-organization = このアプリケーションは、あなたの組織のアカウントを受け付けていません。別のアカウントを使用してください。
callback-already-answered = このログインリクエストにはすでに応答済みです。アプリケーションに戻って、最初からやり直してください。
sign-in-again = もう一度ログイン
device-title = デバイスの接続
device-intro = デバイスに表示されているコードを入力してください。
device-code-label = コード
device-code-required = デバイスに表示されたコードを入力してください。
device-code-unknown = このコードは無効か、有効期限が切れています。デバイスで現在のコードを確認してください。
device-consent-title = アクセスを許可しますか？
device-consent-intro = があなたのアカウントへのアクセスを求めています
device-scopes = 要求されている権限
allow = 許可
deny = 拒否
device-approved = 完了しました。デバイスに戻ってください。
device-denied = アクセスを拒否しました。デバイスは接続されていません。
logout-done-title = ログアウトしました
logout-done-body = ログアウトしました。このウィンドウを閉じてかまいません。

## Account centre (/password/set, /profile sections)
forgot-password = パスワードをお忘れの場合
password-set-title = 新しいパスワードの設定
password-set-intro = メールに記載されたコードを入力し、新しいパスワードを選んでください。
password-reset-sent = パスワードを再設定するためのリンクをメールでお送りしました。リンクを開くか、メールに記載されたコードを下に入力してください。
set-new-password = 新しいパスワードを設定
password-set-done = パスワードを変更しました。新しいパスワードでログインしてください。
password-link-incomplete = このリンクは不完全です。ログインページから最初からやり直してください。
section-profile = プロフィール
section-email = メールアドレス
section-phone = 電話番号
section-password = パスワード
section-security = セキュリティ
section-danger-zone = 危険な操作
nick-name-label = ニックネーム
display-name-label = 表示名
language-label = 使用する言語
gender-label = 性別
gender-unspecified = 指定しない
gender-female = 女性
gender-male = 男性
gender-diverse = その他
save = 保存
saved = 変更を保存しました。
cancel = キャンセル
username-required = ユーザー名を入力してください。
username-taken = このユーザー名またはメールアドレスはすでに使用されています。
change-email = メールアドレスを変更
new-email-label = 新しいメールアドレス
send-code = コードを送信
email-same = これはすでにお使いのメールアドレスです。
phone-label = 電話番号
phone-none = 電話番号はまだ登録されていません。
add-phone = 電話番号を追加
change-phone = 電話番号を変更
remove-phone = 電話番号を削除
phone-invalid = 国際形式で番号を入力してください（例: +41 79 123 45 67）。
phone-code-label = SMS に記載されたコード
no-sms-provider = 現在 SMS を送信できません。しばらくしてからもう一度お試しください。
password-changed = パスワードを変更しました。
end-other-sessions = 他のすべてのセッションからログアウト
session-ip = IP アドレス
sign-in-methods-title = ログイン方法
security-log-title = 最近のセキュリティイベント
security-log-empty = セキュリティイベントはまだありません。
ev-signed-in = ログイン
ev-password-failed = ログイン失敗: パスワードの誤り
ev-password-changed = パスワードを変更
ev-email-changed = メールアドレスを変更
ev-email-change-requested = メールアドレスの変更をリクエスト
ev-email-verified = メールアドレスを確認
ev-phone-changed = 電話番号を設定
ev-phone-verified = 電話番号を確認
ev-phone-removed = 電話番号を削除
ev-user-locked = 試行の失敗によりアカウントをロック
ev-profile-changed = プロフィールを変更
ev-username-changed = ユーザー名を変更
ev-account-created = アカウントを作成
ev-factor-added = ログイン方法を追加
ev-factor-removed = ログイン方法を削除
download-data = データをダウンロード
download-data-intro = プロフィール、ログイン方法、セッション、セキュリティイベントを含む JSON ファイルです。
delete-account = アカウントを削除
delete-account-intro = アカウントとそのデータが完全に削除されます。確認のためパスワードを入力してください。
delete-account-confirm = アカウントを完全に削除
deleting = 削除しています…
delete-forbidden = 管理者ロールを持つアカウントはここでは削除できません。
outbox-sms-title = SMS メッセージ

## Passkeys and security keys (WebAuthn)
web-authn-unsupported = このブラウザではパスキーやセキュリティキーを使用できません。最新のブラウザを使用するか、パスワードでログインしてください。
web-authn-cancelled = リクエストがキャンセルされたか、タイムアウトしました。準備ができたらもう一度お試しください。
web-authn-already-registered = このデバイスはすでにお使いのアカウントに登録されています。
web-authn-failed = デバイスでリクエストを完了できませんでした。もう一度お試しください。
web-authn-unknown-credential = このパスキーはこのアカウントに登録されていません。別のパスキーを選ぶか、パスワードでログインしてください。
web-authn-expired = リクエストがタイムアウトしました。もう一度お試しください。
passkeys-not-allowed = この組織ではパスキーが無効になっています。
web-authn-last-factor = 最後のログイン方法は削除できません。先に別の方法を追加してください。
sign-in-with-passkey = パスキーでログイン
passkey-title = パスキーでログイン
passkey-intro = このデバイスまたはスマートフォンのパスキーを使用します。指紋、顔、または画面ロックでご本人であることを確認します。
passkey-use = パスキーを使用
passkey-waiting = パスキーを待っています…
use-password-instead = 代わりにパスワードを使用
passkey-set-title = パスキーの追加
passkey-set-intro = パスワードの代わりに、指紋、顔、または画面ロックでログインできます。パスキーはお使いのデバイスに保存されます。
passkey-signup-intro = アカウントが作成されました。次に、ログインに使うパスキーを作成しましょう。指紋、顔、または画面ロックを使い、パスワードは不要です。
choose-another-way = 別のログイン方法を選択
register-with-passkey-instead = パスワードの代わりにパスキーを使用
register-with-password-instead = 代わりにパスワードを使用
register-passkey-hint = パスワードは不要です。この手順の後、お使いのデバイスがこのアカウント用のパスキーを作成します。
authenticator-set-title = アカウントを保護する
authenticator-set-intro = ログイン方法を選んでください。
authenticator-passkey = パスキー
authenticator-passkey-hint = 指紋、顔、または画面ロックを使います。覚えておく必要がなく、フィッシングの心配もありません。
authenticator-password = パスワード
authenticator-password-hint = メールでコードをお送りした後、パスワードを設定していただきます。
passkey-signup-grant = 最初のパスキーを追加できるのは、このアカウントを作成したブラウザのみで、期限は 15 分以内です。代わりにパスワードを選ぶか、もう一度登録してください。
second-factor-before-first = まずパスワードまたはパスキーでログインしてください。
passkeys-unavailable-here = このアドレスではパスキーを使用できません。パスワードでログインするか、メインのアドレスでログインページを開いてください。
passkey-other-host = このパスキーは、このサービスの別のアドレス用に作成されています。そちらで使用するか、ここでパスキーを追加してください。
passkey-name-label = このパスキーの名前
passkey-create = パスキーを作成
passkey-creating = デバイスを待っています…
passkey-added = パスキーを追加しました。今後はこのパスキーでログインできます。
not-now = 後で
back-to-profile = プロフィールに戻る
u2f-title = セキュリティキーで確認
u2f-intro = このアカウントに登録したセキュリティキーを挿入するか、タッチしてください。
u2f-use = セキュリティキーを使用
u2f-waiting = セキュリティキーを待っています…
u2f-set-title = セキュリティキーの追加
u2f-set-intro = セキュリティキーはパスワードの後にご本人であることを確認するため、パスワードが盗まれただけではログインされません。
u2f-name-label = このセキュリティキーの名前
u2f-create = セキュリティキーを登録
u2f-added = セキュリティキーを追加しました。パスワードの入力後に求められます。
passkeys = パスキー
passkeys-empty = パスキーはまだありません。
passkey-add = パスキーを追加
security-keys = セキュリティキー
security-keys-empty = セキュリティキーはまだありません。
security-key-add = セキュリティキーを追加
rename = 名前を変更
remove = 削除
added-on = 追加日
last-used = 最終使用日
never-used = 未使用
name-required = 名前を入力してください。

## Confirm it's you (re-authentication dialog)
reauth-title = ご本人確認
reauth-intro = この変更には最近のログインが必要です。続行するにはパスワードを入力してください。
reauth-intro-passkey = この変更には最近のログインが必要です。続行するにはパスキーを使用してください。
reauth-confirm = 確認
reauth-checking = 確認しています…
reauth-with-passkey = パスキーを使用
reauth-required = この変更を行うには、ご本人確認が必要です。
phone-otp-sms-warning = この番号に SMS でログインコードが届きます。番号を変更または削除するとコードは無効になります。新しい番号の確認後に、もう一度設定してください。

## / The text of `msg`.

## Messages with variables (functions in src/i18n.rs)
page-title = { $page } · { $app }
rule-length = { $min_length ->
   *[other] { $min_length } 文字以上
}
browser-on-os = { $os } の { $browser }
login-on-device = { $login_name } · { $device }
verify-intro = { $email } に確認コードを送信しました。下に入力してください。
resend-in = 新しいコードを送信（{ $seconds } 秒）
email-pending = 確認待ち: { $email } にコードを送信しました。確認が完了するまでは、現在のメールアドレスが引き続き使用されます。
sms-sent = { $phone } に SMS でコードを送信しました。
idp-continue-with = { $provider } で続行
idp-register-intro = { $provider } アカウントの情報を確認してから、アカウントを作成してください。
idp-link-intro = パスワードでログインして、{ $provider } アカウントをリンクしてください。
idp-no-account = { $provider } アカウントにリンクされたアカウントはここにはなく、ここで作成やリンクを行うこともできません。別の方法でログインしてください。
idp-linked = { $provider } アカウントをリンクしました。今後はこのアカウントでログインできます。

## Org-scoped login: a name shared by users of several organisations
login-name-ambiguous = この名前は複数のアカウントで使われています。完全なログイン名（ユーザー名@組織のドメイン）を入力してください。

## Account centre: profile picture, code resend limit
avatar-title = プロフィール画像
avatar-choose = 画像を変更
avatar-hint = PNG、JPEG、GIF、WebP（5 MB まで）。正方形に切り抜かれます。
avatar-save = 画像を保存
avatar-remove = 画像を削除
avatar-too-big = この画像は大きすぎます。5 MB 以下の画像を選んでください。
avatar-not-image = このファイルは使用できる画像ではありません。PNG、JPEG、GIF、WebP の画像を選んでください。
avatar-saved = 新しい画像を保存しました。
avatar-removed = 画像を削除しました。
too-many-codes = コードのリクエストが多すぎます。数分待ってから、もう一度リクエストしてください。

## Security log: session ended (sign-out), with the device and address that ended it
ev-signed-out = ログアウト

## Account centre: deleting one's own account forbidden by the org's account policy
delete-forbidden-policy = 組織のポリシーにより、ご自身でアカウントを削除することはできません。管理者に削除を依頼してください。
