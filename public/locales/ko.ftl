# Gatehouse UI messages: Korean (한국어).
# Every other locales/<lang>.ftl has exactly these ids with the same { $variables }.
# Ids are the kebab-case names of the SPA's i18n::Msg variants (LoginNameTitle -> login-name-title).


## Shared
app-name = Gatehouse
skip-to-content = 주요 콘텐츠로 건너뛰기

## Branding and legal footer
brand-logo-alt = 조직 로고
legal-nav-label = 법적 고지 및 지원
legal-tos = 서비스 약관
legal-privacy = 개인정보처리방침
legal-help = 도움말
legal-docs = 문서
legal-support = 지원팀에 문의
powered-by = Gatehouse로 보호됨
language-switcher-label = 언어
loading = 로드 중…
load-failed = 이 페이지를 로드할 수 없습니다.
retry = 다시 시도
network-error = 서버에 연결할 수 없습니다. 연결 상태를 확인한 후 다시 시도하세요.
unexpected = 문제가 발생했습니다. 다시 시도하세요.
server-error = 서버에서 문제가 발생했습니다. 잠시 후 다시 시도하세요.
not-allowed = 이 작업을 수행할 권한이 없습니다.
session-expired = 로그인이 만료되었습니다.
too-many-attempts = 시도 횟수가 너무 많습니다. 1분 후에 다시 시도하세요.
invalid-input = 일부 정보가 올바르지 않습니다. 확인한 후 다시 시도하세요.

## /loginname
login-name-title = 로그인
login-name-intro = 계속하려면 사용자 이름 또는 이메일 주소를 입력하세요.
login-name-label = 사용자 이름 또는 이메일
login-name-required = 사용자 이름 또는 이메일 주소를 입력하세요.
user-not-found = 해당 사용자 이름 또는 이메일로 된 계정을 찾을 수 없습니다.
continue = 계속
checking = 확인 중…
no-account-yet = 아직 계정이 없으신가요?
create-account-link = 계정 만들기
signed-out = 로그아웃되었습니다.
email-verified-sign-in = 이메일 주소가 인증되었습니다. 계속하려면 로그인하세요.

## External identity providers (buttons on /loginname, /idp/{provider}/success and /failure, linked accounts)
idp-or = 또는
idp-redirecting = 리디렉션 중…
idp-signing-in = 로그인하는 중…
idp-link-incomplete = 이 로그인 링크가 완전하지 않습니다. 로그인 페이지에서 다시 시작하세요.
idp-intent-invalid = 이 로그인 시도가 만료되었거나 이미 사용되었습니다. 로그인 페이지에서 다시 시작하세요.
idp-register-title = 계정 만들기
idp-link-title = 이미 계정이 있으신가요?
idp-link-submit = 로그인하고 연결
idp-no-account-title = 계정을 찾을 수 없음
idp-linked-title = 계정이 연결됨
idp-linked-elsewhere = 제공업체의 이 계정은 이미 다른 사용자에게 연결되어 있습니다.
idp-failure-title = 로그인하지 못했습니다
idp-denied = 제공업체에서 로그인이 취소되었거나 거부되었습니다. 변경된 내용은 없습니다.
idp-failed = 제공업체에서 로그인하지 못했습니다. 다시 시도하거나 다른 방법으로 로그인하세요.
idp-link-failed = 계정을 연결하지 못했습니다. 제공업체에서 로그인이 완료되지 않았습니다. 변경된 내용은 없습니다.
back-to-sign-in = 로그인으로 돌아가기
linked-accounts-title = 연결된 계정
linked-accounts-empty = 아직 연결된 다른 제공업체 계정이 없습니다.
link-another-account = 다른 계정 연결
idp-last-login-method = 유일한 로그인 방법입니다. 삭제하기 전에 비밀번호나 패스키를 추가하세요.
username-invalid = 사용자 이름을 입력하세요.

## /password
password-title = 비밀번호 입력
not-you = 본인이 아닌가요?
password-label = 비밀번호
password-required = 비밀번호를 입력하세요.
sign-in = 로그인
signing-in = 로그인 중…
wrong-password = 비밀번호가 올바르지 않습니다. 다시 시도하세요.
user-locked = 실패한 시도가 너무 많아 이 계정이 잠겼습니다. 관리자에게 문의하세요.
email-unverified = 로그인하기 전에 이메일 주소를 인증하세요.
verify-email-link = 이메일 주소 인증하기
password-change-required = 계속하기 전에 비밀번호를 변경해야 합니다.
login-name-or-password-wrong = 사용자 이름 또는 비밀번호가 올바르지 않습니다.

## /password/change
password-change-title = 비밀번호 변경
password-change-intro = 계속하려면 비밀번호를 변경해야 합니다.
current-password-label = 현재 비밀번호
current-password-required = 현재 비밀번호를 입력하세요.
new-password-label = 새 비밀번호
new-password-confirm-label = 새 비밀번호 확인
change-password = 비밀번호 변경
saving = 저장 중…
password-policy-not-met = 이 비밀번호는 아래 요구 사항을 충족하지 않습니다.
same-password = 현재 비밀번호와 다른 비밀번호를 선택하세요.

## /register
register-title = 계정 만들기
register-intro = 1분이면 됩니다.
given-name-label = 이름
given-name-required = 이름을 입력하세요.
family-name-label = 성
family-name-required = 성을 입력하세요.
email-label = 이메일
email-required = 이메일 주소를 입력하세요.
email-invalid = 올바른 이메일 주소를 입력하세요(예: name@example.com).
email-taken = 이 이메일을 사용하는 계정이 이미 있습니다.
password-confirm-label = 비밀번호 확인
create-account = 계정 만들기
creating-account = 계정 만드는 중…
have-account = 이미 계정이 있으신가요?
sign-in-link = 로그인

## Password checklist
checklist-title = 비밀번호 요구 사항
rule-uppercase = 대문자 1개
rule-lowercase = 소문자 1개
rule-number = 숫자 1개
rule-symbol = 기호 1개(예: ! 또는 #)
rule-match = 두 비밀번호 일치
rule-met = , 충족됨
rule-not-met = , 아직 충족되지 않음
policy-loading = 비밀번호 규칙을 로드하는 중…
policy-load-failed = 비밀번호 규칙을 로드할 수 없습니다.

## /verify
verify-title = 이메일 인증
verify-intro-generic = 이메일 주소로 인증 코드를 보냈습니다. 아래에 입력하세요.
code-label = 인증 코드
code-required = 이메일에 있는 코드를 입력하세요.
code-invalid = 코드가 올바르지 않습니다.
code-expired = 코드가 만료되었습니다. 새 코드를 보내 드릴 수 있습니다.
verify = 인증
verifying = 인증 중…
resend = 새 코드 보내기
sending = 보내는 중…
code-sent = 새 코드를 보냈습니다. 받은편지함을 확인하세요.
verify-link-incomplete = 이 인증 링크가 완전하지 않습니다. 다시 로그인하여 새 코드를 받으세요.
verify-user-unknown = 이 인증 링크는 어떤 계정에도 속하지 않습니다. 다시 로그인하여 새 코드를 받으세요.

## /signedin
signed-in-title = 로그인되었습니다
signed-in-as = 로그인 계정
profile-link = 프로필로 이동

## /profile
profile-title = 내 프로필
username-label = 사용자 이름
verified = 인증됨
not-verified = 인증되지 않음
sessions-title = 활성 세션
this-browser = 이 브라우저
unknown-device = 알 수 없는 기기
session-created = 로그인
session-last-active = 마지막 활동
no-sessions = 활성 세션이 없습니다.
log-out = 로그아웃
log-out-everywhere = 모든 기기에서 로그아웃
logging-out = 로그아웃 중…

## /logout
logout-title = 로그아웃
logout-intro = 이 브라우저에 로그인된 계정입니다.
end-session = 로그아웃
logout-all = 모든 계정에서 로그아웃
no-browser-sessions = 이 브라우저에 로그인된 계정이 없습니다.

## /dev/outbox
outbox-title = 개발용 보낸편지함
outbox-intro = 서버가 보낸 메일이며 최신순으로 표시됩니다. 개발 환경에서만 사용할 수 있습니다.
outbox-empty = 아직 메일이 없습니다.
outbox-disabled = 개발용 보낸편지함이 사용 설정되지 않았습니다(메일은 SMTP로 전송됨).
refresh = 새로고침
mail-to = 받는 사람
mail-date = 날짜

## Second factors (authenticator app, codes by email/SMS, recovery codes, /mfa, /mfa/set)
totp-title = 인증 앱의 코드 입력
totp-intro = 인증 앱을 열고 이 계정에 표시된 6자리 코드를 입력하세요.
otp-sms-title = 문자 메시지로 받은 코드 입력
otp-sms-intro = 휴대전화로 6자리 코드를 보냈습니다. 5분 동안 유효합니다.
otp-email-title = 이메일로 받은 코드 입력
otp-email-intro = 이메일 주소로 6자리 코드를 보냈습니다. 5분 동안 유효합니다.
other-method = 다른 방법 사용
use-recovery-code = 복구 코드 사용
totp-set-title = 인증 앱 설정
totp-set-intro = 인증 앱으로 이 QR 코드를 스캔하거나 아래 키를 앱에 입력하세요. 그런 다음 앱에 표시된 6자리 코드를 입력하세요.
totp-secret-label = 직접 입력용 키
otp-sms-set-title = 문자 메시지 코드
otp-sms-set-intro = 로그인할 때 인증된 휴대전화 번호로 일회용 코드를 문자 메시지로 보내 드립니다.
otp-email-set-title = 이메일 코드
otp-email-set-intro = 로그인할 때 인증된 이메일 주소로 일회용 코드를 보내 드립니다.
turn-on = 사용
mfa-title = 본인 확인
mfa-intro = 로그인을 확인할 방법을 선택하세요.
mfa-set-title = 2단계 인증 수단 추가
mfa-set-intro = 로그인 시 두 번째 단계를 추가하여 계정을 보호하세요. 설정할 방법을 선택하거나 지금은 건너뛰세요.
mfa-set-forced-intro = 조직에서 로그인 시 두 번째 단계를 요구합니다. 설정할 방법을 선택하세요.
skip = 지금은 건너뛰기
authenticator-app = 인증 앱
sms-codes = 문자 메시지 코드
email-codes = 이메일 코드
security-key = 보안 키
recovery-codes-name = 복구 코드
recovery-code-title = 복구 코드로 로그인
recovery-code-intro = 저장해 둔 복구 코드 중 하나를 입력하세요. 각 코드는 한 번만 사용할 수 있습니다.
recovery-code-label = 복구 코드
second-factors-title = 2단계 인증 수단
factor-on = 사용
factor-off = 사용 안함
factor-remove = 삭제
factor-removing = 삭제 중…
set-up = 설정
generate = 복구 코드 생성
regenerate = 새 코드 생성
recovery-needs-factor = 먼저 2단계 인증 수단을 설정하세요. 이를 분실하면 복구 코드로 대신할 수 있습니다.
recovery-codes-shown-once = 지금 이 코드를 안전한 곳에 저장하세요. 코드는 한 번만 표시됩니다. 각 코드는 한 번만 사용할 수 있습니다. 새 코드를 생성하면 이 코드는 무효가 됩니다.
copy = 복사
copied = 복사됨
download = 다운로드(.txt)
totp-invalid = 코드가 잘못되었거나 만료되었습니다. 지금 앱에 표시된 코드를 입력하세요.
totp-reused = 이미 사용된 코드입니다. 앱에 다음 코드가 표시될 때까지 기다리세요.
totp-already-set-up = 계정에 인증 앱이 이미 설정되어 있습니다. 새 앱을 설정하려면 프로필에서 기존 앱을 삭제하세요.
recovery-invalid = 이 복구 코드는 유효하지 않습니다. 확인한 후 다시 시도하세요.
recovery-used = 이미 사용된 복구 코드입니다. 다른 코드를 사용하세요.
last-factor-refused = 조직에서 2단계 인증 수단을 요구합니다. 이 수단을 삭제하기 전에 다른 수단을 설정하세요.
mfa-forced = 조직에서 2단계 인증 수단을 요구하므로 이 단계는 건너뛸 수 없습니다.
otp-not-set-up = 계정에 이 로그인 방법이 설정되어 있지 않습니다. 다른 방법을 선택하세요.
otp-needs-verified-email = 먼저 프로필에서 이메일 주소를 인증하세요.
otp-needs-verified-phone = 먼저 프로필에서 휴대전화 번호를 추가하고 인증하세요.
otp-no-challenge = 아직 코드가 전송되지 않았습니다. 새 코드를 요청하세요.
second-factor-locked = 잘못된 코드를 너무 많이 입력하여 계정이 잠겼습니다. 관리자에게 문의하세요.

## Fallback route
not-found-title = 페이지를 찾을 수 없음
not-found-body = 이 주소에는 아무것도 없습니다. 링크를 확인하거나 처음부터 다시 시작하세요.
go-to-sign-in = 로그인으로 이동

## App sign-in (/login, /accounts, /signedin with an app's request, /device, /logout/done)
app-login-title = 로그인
app-login-loading = 로그인을 준비하는 중…
auth-request-gone = 이 로그인 요청이 만료되었거나 이미 사용되었습니다. 애플리케이션으로 돌아가 다시 시작하세요.
accounts-title = 계정 선택
accounts-intro = 이 기기에 로그인된 계정으로 계속:
use-another-account = 다른 계정 사용
returning-to-app = 애플리케이션으로 돌아가는 중…
return-to-app = 애플리케이션으로 돌아가기
callback-failed-title = 애플리케이션으로 계속할 수 없음
callback-reauthenticate = 애플리케이션에서 다시 로그인하도록 요청합니다.
callback-second-factor = 조직에서 이 애플리케이션에 2단계 인증 수단을 요구합니다.
callback-wrong-organization = 이 애플리케이션은 조직의 계정을 허용하지 않습니다. 다른 계정을 사용하세요.
callback-already-answered = 이 로그인 요청에는 이미 응답했습니다. 애플리케이션으로 돌아가 다시 시작하세요.
sign-in-again = 다시 로그인
device-title = 기기 연결
device-intro = 기기에 표시된 코드를 입력하세요.
device-code-label = 코드
device-code-required = 기기에 표시된 코드를 입력하세요.
device-code-unknown = 이 코드가 유효하지 않거나 만료되었습니다. 기기에서 현재 코드를 확인하세요.
device-consent-title = 액세스를 허용하시겠습니까?
device-consent-intro = 앱에서 계정에 액세스하려고 합니다
device-scopes = 요청하는 권한
allow = 허용
deny = 거부
device-approved = 완료되었습니다. 기기로 돌아가셔도 됩니다.
device-denied = 액세스가 거부되었습니다. 기기가 연결되지 않았습니다.
logout-done-title = 로그아웃됨
logout-done-body = 로그아웃되었습니다. 이 창을 닫아도 됩니다.

## Account centre (/password/set, /profile sections)
forgot-password = 비밀번호를 잊으셨나요?
password-set-title = 새 비밀번호 선택
password-set-intro = 이메일에 있는 코드를 입력하고 새 비밀번호를 선택하세요.
password-reset-sent = 비밀번호 재설정 링크가 포함된 이메일을 보냈습니다. 링크를 열거나 이메일에 있는 코드를 아래에 입력하세요.
set-new-password = 새 비밀번호 설정
password-set-done = 비밀번호가 변경되었습니다. 새 비밀번호로 로그인하세요.
password-link-incomplete = 이 링크가 완전하지 않습니다. 로그인 페이지에서 다시 시작하세요.
section-profile = 프로필
section-email = 이메일
section-phone = 휴대전화
section-password = 비밀번호
section-security = 보안
section-danger-zone = 위험 구역
nick-name-label = 닉네임
display-name-label = 표시 이름
language-label = 선호 언어
gender-label = 성별
gender-unspecified = 지정 안함
gender-female = 여성
gender-male = 남성
gender-diverse = 기타
save = 저장
saved = 변경사항이 저장되었습니다.
cancel = 취소
username-required = 사용자 이름을 입력하세요.
username-taken = 이 사용자 이름 또는 이메일은 이미 사용 중입니다.
change-email = 이메일 변경
new-email-label = 새 이메일 주소
send-code = 코드 보내기
email-same = 이미 사용 중인 이메일 주소입니다.
phone-label = 휴대전화 번호
phone-none = 아직 휴대전화 번호가 없습니다.
add-phone = 휴대전화 번호 추가
change-phone = 휴대전화 번호 변경
remove-phone = 휴대전화 번호 삭제
phone-invalid = 국제 형식으로 번호를 입력하세요(예: +41 79 123 45 67).
phone-code-label = 문자 메시지로 받은 코드
no-sms-provider = 지금은 문자 메시지를 보낼 수 없습니다. 나중에 다시 시도하세요.
password-changed = 비밀번호가 변경되었습니다.
end-other-sessions = 다른 모든 세션에서 로그아웃
session-ip = IP 주소
sign-in-methods-title = 로그인 방법
security-log-title = 최근 보안 이벤트
security-log-empty = 아직 보안 이벤트가 없습니다.
ev-signed-in = 로그인
ev-password-failed = 로그인 실패: 잘못된 비밀번호
ev-password-changed = 비밀번호 변경됨
ev-email-changed = 이메일 주소 변경됨
ev-email-change-requested = 이메일 변경 요청됨
ev-email-verified = 이메일 주소 인증됨
ev-phone-changed = 휴대전화 번호 설정됨
ev-phone-verified = 휴대전화 번호 인증됨
ev-phone-removed = 휴대전화 번호 삭제됨
ev-user-locked = 시도 실패로 계정 잠김
ev-profile-changed = 프로필 변경됨
ev-username-changed = 사용자 이름 변경됨
ev-account-created = 계정 생성됨
ev-factor-added = 로그인 방법 추가됨
ev-factor-removed = 로그인 방법 삭제됨
download-data = 내 데이터 다운로드
download-data-intro = 프로필, 로그인 방법, 세션, 보안 이벤트가 포함된 JSON 파일입니다.
delete-account = 내 계정 삭제
delete-account-intro = 계정과 데이터가 영구적으로 삭제됩니다. 확인하려면 비밀번호를 입력하세요.
delete-account-confirm = 내 계정 영구 삭제
deleting = 삭제 중…
delete-forbidden = 관리자 역할이 있는 계정은 여기에서 삭제할 수 없습니다.
outbox-sms-title = 문자 메시지

## Passkeys and security keys (WebAuthn)
web-authn-unsupported = 이 브라우저에서는 패스키나 보안 키를 사용할 수 없습니다. 최신 브라우저를 사용하거나 비밀번호로 로그인하세요.
web-authn-cancelled = 요청이 취소되었거나 시간이 초과되었습니다. 준비되면 다시 시도하세요.
web-authn-already-registered = 이 기기는 이미 계정에 등록되어 있습니다.
web-authn-failed = 기기에서 요청을 완료하지 못했습니다. 다시 시도하세요.
web-authn-unknown-credential = 이 패스키는 이 계정에 등록되어 있지 않습니다. 다른 패스키를 선택하거나 비밀번호로 로그인하세요.
web-authn-expired = 요청 시간이 초과되었습니다. 다시 시도하세요.
passkeys-not-allowed = 이 조직에서는 패스키가 사용 중지되어 있습니다.
web-authn-last-factor = 마지막 로그인 방법은 삭제할 수 없습니다. 먼저 다른 방법을 추가하세요.
sign-in-with-passkey = 패스키로 로그인
passkey-title = 패스키로 로그인
passkey-intro = 이 기기나 휴대전화의 패스키를 사용하세요. 지문, 얼굴 또는 화면 잠금으로 본인임을 확인합니다.
passkey-use = 패스키 사용
passkey-waiting = 패스키를 기다리는 중…
use-password-instead = 대신 비밀번호 사용
passkey-set-title = 패스키 추가
passkey-set-intro = 비밀번호 대신 지문, 얼굴 또는 화면 잠금으로 로그인하세요. 패스키는 기기에 보관됩니다.
passkey-signup-intro = 계정이 생성되었습니다. 이제 로그인에 사용할 패스키를 만드세요. 비밀번호 없이 지문, 얼굴 또는 화면 잠금을 사용합니다.
choose-another-way = 다른 로그인 방법 선택
register-with-passkey-instead = 비밀번호 대신 패스키 사용
register-with-password-instead = 대신 비밀번호 사용
register-passkey-hint = 비밀번호가 필요 없습니다. 이 단계가 끝나면 기기에서 이 계정의 패스키를 만듭니다.
authenticator-set-title = 계정 보호
authenticator-set-intro = 로그인 방법을 선택하세요.
authenticator-passkey = 패스키
authenticator-passkey-hint = 지문, 얼굴 또는 화면 잠금을 사용합니다. 기억할 필요가 없고 피싱에 안전합니다.
authenticator-password = 비밀번호
authenticator-password-hint = 이메일로 코드를 보내 드린 후 비밀번호를 설정합니다.
passkey-signup-grant = 이 계정을 만든 브라우저에서만 15분 이내에 첫 패스키를 추가할 수 있습니다. 대신 비밀번호를 선택하거나 다시 가입하세요.
second-factor-before-first = 먼저 비밀번호나 패스키로 로그인하세요.
passkeys-unavailable-here = 이 주소에서는 패스키를 사용할 수 없습니다. 비밀번호로 로그인하거나 기본 주소에서 로그인 페이지를 여세요.
passkey-other-host = 이 패스키는 이 서비스의 다른 주소용으로 만들어졌습니다. 해당 주소에서 사용하거나 여기에서 패스키를 추가하세요.
passkey-name-label = 패스키 이름
passkey-create = 패스키 만들기
passkey-creating = 기기를 기다리는 중…
passkey-added = 패스키가 추가되었습니다. 이제부터 패스키로 로그인할 수 있습니다.
not-now = 나중에
back-to-profile = 프로필로 돌아가기
u2f-title = 보안 키로 확인
u2f-intro = 이 계정에 등록한 보안 키를 삽입하거나 터치하세요.
u2f-use = 보안 키 사용
u2f-waiting = 보안 키를 기다리는 중…
u2f-set-title = 보안 키 추가
u2f-set-intro = 보안 키는 비밀번호 입력 후 본인임을 확인하므로, 비밀번호가 도용되더라도 그것만으로는 로그인할 수 없습니다.
u2f-name-label = 보안 키 이름
u2f-create = 보안 키 등록
u2f-added = 보안 키가 추가되었습니다. 비밀번호를 입력한 후 보안 키를 요청합니다.
passkeys = 패스키
passkeys-empty = 아직 패스키가 없습니다.
passkey-add = 패스키 추가
security-keys = 보안 키
security-keys-empty = 아직 보안 키가 없습니다.
security-key-add = 보안 키 추가
rename = 이름 바꾸기
remove = 삭제
added-on = 추가일
last-used = 마지막 사용
never-used = 사용한 적 없음
name-required = 이름을 입력하세요.

## Confirm it's you (re-authentication dialog)
reauth-title = 본인 확인
reauth-intro = 이 변경을 하려면 최근에 로그인한 적이 있어야 합니다. 계속하려면 비밀번호를 입력하세요.
reauth-intro-passkey = 이 변경을 하려면 최근에 로그인한 적이 있어야 합니다. 계속하려면 패스키를 사용하세요.
reauth-confirm = 확인
reauth-checking = 확인 중…
reauth-with-passkey = 패스키 사용
reauth-required = 이 변경을 하려면 본인 확인이 필요합니다.
phone-otp-sms-warning = 이 번호로 문자 메시지 로그인 코드를 받고 있습니다. 번호를 변경하거나 삭제하면 코드 받기가 해제되므로, 새 번호를 인증한 후 다시 설정하세요.

## / The text of `msg`.

## Messages with variables (functions in src/i18n.rs)
page-title = { $page } · { $app }
rule-length = { $min_length ->
   *[other] { $min_length }자 이상
}
browser-on-os = { $os }의 { $browser }
login-on-device = { $login_name } · { $device }
verify-intro = { $email }(으)로 인증 코드를 보냈습니다. 아래에 입력하세요.
resend-in = 새 코드 보내기({ $seconds }초)
email-pending = 인증 대기 중: { $email }(으)로 코드를 보냈습니다. 인증이 완료될 때까지 현재 주소가 계속 사용됩니다.
sms-sent = { $phone }(으)로 문자 메시지 코드를 보냈습니다.
idp-continue-with = { $provider }(으)로 계속하기
idp-register-intro = { $provider } 계정의 정보를 확인한 후 계정을 만드세요.
idp-link-intro = 비밀번호로 로그인하여 { $provider } 계정을 연결하세요.
idp-no-account = 여기에는 { $provider } 계정에 연결된 계정이 없으며, 여기에서 계정을 만들거나 연결할 수도 없습니다. 다른 방법으로 로그인하세요.
idp-linked = { $provider } 계정이 연결되었습니다. 이제부터 이 계정으로 로그인할 수 있습니다.

## Org-scoped login: a name shared by users of several organisations
login-name-ambiguous = 이 이름을 사용하는 계정이 여러 개 있습니다. 전체 로그인 이름(사용자이름@조직도메인)을 입력하세요.

## Account centre: profile picture, code resend limit
avatar-title = 프로필 사진
avatar-choose = 사진 변경
avatar-hint = PNG, JPEG, GIF 또는 WebP, 최대 5MB. 정사각형으로 잘립니다.
avatar-save = 사진 저장
avatar-remove = 사진 삭제
avatar-too-big = 사진이 너무 큽니다. 5MB 이하의 사진을 선택하세요.
avatar-not-image = 이 파일은 사용할 수 있는 이미지가 아닙니다. PNG, JPEG, GIF 또는 WebP 이미지를 선택하세요.
avatar-saved = 새 사진이 저장되었습니다.
avatar-removed = 사진이 삭제되었습니다.
too-many-codes = 코드를 너무 많이 요청했습니다. 몇 분 후에 다시 요청하세요.

## Security log: session ended (sign-out), with the device and address that ended it
ev-signed-out = 로그아웃

## Account centre: deleting one's own account forbidden by the org's account policy
delete-forbidden-policy = 조직 정책상 계정을 직접 삭제할 수 없습니다. 관리자에게 삭제를 요청하세요.
