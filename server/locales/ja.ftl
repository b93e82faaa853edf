# Gatehouse mail texts: Japanese (日本語).
# Translation of server/locales/en.ftl: same ids and placeables; one message per line, except plural selectors.

## Parts every mail shares
# $name: the recipient's display name (as the user typed it)
mail-greeting = { $name } 様
# Label in front of a one-time code, shown as "Code: ABC123"
mail-code-label = コード
mail-or-open-link = または、次のリンクを開いてください:
mail-button-fallback = ボタンが機能しない場合は、次のリンクをブラウザにコピーしてください:
mail-ignore = お心当たりがない場合は、このメールを無視してください。
# $sender: the organisation's name (or "Gatehouse")
mail-footer = このメールは、{ $sender } のアカウントをお持ちの方に { $sender } からお送りしています。

## Email verification (a code and a link to confirm an address)
mail-verify-subject = メールアドレスの確認
# $email: the address being confirmed
mail-verify-intro = 次のコードを入力して、メールアドレス { $email } を確認してください:
mail-verify-button = メールアドレスを確認
mail-verify-validity =
    { $hours ->
       *[other] コードの有効期間は { $hours } 時間です。
    }

## Password reset
mail-reset-subject = パスワードの再設定
mail-reset-intro = お使いのアカウントのパスワード再設定がリクエストされました。新しいパスワードを設定するには、下のリンクを開くか、次のコードを入力してください:
mail-reset-button = 新しいパスワードを設定
mail-reset-validity =
    { $hours ->
       *[other] コードの有効期間は { $hours } 時間です。
    }

## One-time sign-in code by email (second factor)
mail-otp-subject = ログインコード
mail-otp-intro = ワンタイムログインコード:
mail-otp-validity =
    { $minutes ->
       *[other] 有効期間は { $minutes } 分です。
    }
mail-otp-ignore = ログインしようとしていない場合は、パスワードを変更してください。

## Link to add a passkey
mail-passkey-link-subject = アカウントにパスキーを追加
mail-passkey-link-intro = 次のリンクを開いて、アカウントにパスキーを追加してください:
mail-passkey-link-button = パスキーを追加
mail-passkey-link-validity =
    { $hours ->
       *[other] このリンクは { $hours } 時間以内に 1 回だけ使用できます。
    }
mail-passkey-link-ignore = お心当たりがない場合は、このメールを無視してください。

## Notifications about changes to an account's security
mail-security-password-changed-subject = パスワードが変更されました
mail-security-password-changed = お使いのアカウントのパスワードが変更されました。
mail-security-email-changed-subject = メールアドレスが変更されました
# $email: the new address
mail-security-email-changed = お使いのアカウントのメールアドレスが { $email } に変更されました。
mail-security-phone-changed-subject = 電話番号が変更されました
# $phone: the new number
mail-security-phone-changed = お使いのアカウントの電話番号が { $phone } に変更されました。
mail-security-phone-removed = お使いのアカウントから電話番号が削除されました。
mail-security-username-changed-subject = ユーザー名が変更されました
# $username: the new username
mail-security-username-changed = ユーザー名が { $username } に変更されました。
mail-security-factor-added-subject = アカウントにログイン方法が追加されました
# $factor: one of the mail-factor-* texts below
mail-security-factor-added = お使いのアカウントにログイン方法が追加されました: { $factor }
mail-security-factor-removed-subject = アカウントからログイン方法が削除されました
mail-security-factor-removed = お使いのアカウントからログイン方法が削除されました: { $factor }
mail-security-account-deleted-subject = アカウントが削除されました
mail-security-account-deleted = お使いのアカウントとそのデータが削除されました。
mail-security-if-you = ご自身で行った操作であれば、対応は不要です。
mail-security-if-not = お心当たりがない場合は、すぐにパスワードを再設定し、アカウントのセッションとログイン方法を確認してください。

## Names of sign-in methods in the notifications above
# $name: the name the user gave the passkey or key
mail-factor-passkey = パスキー「{ $name }」
mail-factor-security-key = セキュリティキー「{ $name }」
mail-factor-totp = 認証アプリ
mail-factor-otp-email = メールによるログインコード
mail-factor-otp-sms = SMS によるログインコード
mail-factor-recovery-codes = 復元コード
# $provider: the name of the identity provider, e.g. "GitHub"
mail-factor-idp = { $provider } でのログイン
