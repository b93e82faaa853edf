# Gatehouse mail texts: Korean (한국어).
# Translation of server/locales/en.ftl: same ids and placeables; one message per line, except plural selectors.

## Parts every mail shares
# $name: the recipient's display name (as the user typed it)
mail-greeting = { $name }님, 안녕하세요.
# Label in front of a one-time code, shown as "Code: ABC123"
mail-code-label = 코드
mail-or-open-link = 또는 다음 링크를 여세요.
mail-button-fallback = 버튼이 작동하지 않으면 다음 링크를 브라우저에 복사하세요.
mail-ignore = 요청하지 않으셨다면 이 메일을 무시하세요.
# $sender: the organisation's name (or "Gatehouse")
mail-footer = 이 메일은 { $sender } 계정과 관련하여 { $sender }에서 보냈습니다.

## Email verification (a code and a link to confirm an address)
mail-verify-subject = 이메일 인증
# $email: the address being confirmed
mail-verify-intro = 다음 코드를 입력하여 이메일 주소 { $email }을(를) 인증하세요.
mail-verify-button = 이메일 인증
mail-verify-validity =
    { $hours ->
       *[other] 코드는 { $hours }시간 동안 유효합니다.
    }

## Password reset
mail-reset-subject = 비밀번호 재설정
mail-reset-intro = 계정의 비밀번호 재설정이 요청되었습니다. 새 비밀번호를 설정하려면 아래 링크를 열거나 다음 코드를 입력하세요.
mail-reset-button = 새 비밀번호 설정
mail-reset-validity =
    { $hours ->
       *[other] 코드는 { $hours }시간 동안 유효합니다.
    }

## One-time sign-in code by email (second factor)
mail-otp-subject = 로그인 코드
mail-otp-intro = 일회용 로그인 코드:
mail-otp-validity =
    { $minutes ->
       *[other] { $minutes }분 동안 유효합니다.
    }
mail-otp-ignore = 로그인을 시도하지 않으셨다면 비밀번호를 변경하세요.

## Link to add a passkey
mail-passkey-link-subject = 계정에 패스키 추가
mail-passkey-link-intro = 다음 링크를 열어 계정에 패스키를 추가하세요.
mail-passkey-link-button = 패스키 추가
mail-passkey-link-validity =
    { $hours ->
       *[other] 이 링크는 { $hours }시간 동안 한 번만 사용할 수 있습니다.
    }
mail-passkey-link-ignore = 예상하지 못한 메일이라면 무시하세요.

## Notifications about changes to an account's security
mail-security-password-changed-subject = 비밀번호가 변경되었습니다
mail-security-password-changed = 계정의 비밀번호가 변경되었습니다.
mail-security-email-changed-subject = 이메일 주소가 변경되었습니다
# $email: the new address
mail-security-email-changed = 계정의 이메일 주소가 { $email }(으)로 변경되었습니다.
mail-security-phone-changed-subject = 휴대전화 번호가 변경되었습니다
# $phone: the new number
mail-security-phone-changed = 계정의 휴대전화 번호가 { $phone }(으)로 변경되었습니다.
mail-security-phone-removed = 계정에서 휴대전화 번호가 삭제되었습니다.
mail-security-username-changed-subject = 사용자 이름이 변경되었습니다
# $username: the new username
mail-security-username-changed = 사용자 이름이 { $username }(으)로 변경되었습니다.
mail-security-factor-added-subject = 계정에 로그인 방법이 추가되었습니다
# $factor: one of the mail-factor-* texts below
mail-security-factor-added = 계정에 로그인 방법이 추가되었습니다: { $factor }
mail-security-factor-removed-subject = 계정에서 로그인 방법이 삭제되었습니다
mail-security-factor-removed = 계정에서 로그인 방법이 삭제되었습니다: { $factor }
mail-security-account-deleted-subject = 계정이 삭제되었습니다
mail-security-account-deleted = 계정과 데이터가 삭제되었습니다.
mail-security-if-you = 본인이 한 작업이라면 아무것도 하지 않으셔도 됩니다.
mail-security-if-not = 본인이 아니라면 즉시 비밀번호를 재설정하고 계정의 세션과 로그인 방법을 확인하세요.

## Names of sign-in methods in the notifications above
# $name: the name the user gave the passkey or key
mail-factor-passkey = 패스키 '{ $name }'
mail-factor-security-key = 보안 키 '{ $name }'
mail-factor-totp = 인증 앱
mail-factor-otp-email = 이메일 로그인 코드
mail-factor-otp-sms = 문자 메시지 로그인 코드
mail-factor-recovery-codes = 복구 코드
# $provider: the name of the identity provider, e.g. "GitHub"
mail-factor-idp = { $provider } 로그인
