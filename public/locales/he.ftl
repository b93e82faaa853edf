# Gatehouse UI messages: Hebrew (עברית).
# Every other locales/<lang>.ftl has exactly these ids with the same { $variables }.
# Ids are the kebab-case names of the SPA's i18n::Msg variants (LoginNameTitle -> login-name-title).


## Shared
app-name = Gatehouse
skip-to-content = דילוג לתוכן הראשי

## Branding and legal footer
brand-logo-alt = הלוגו של הארגון
legal-nav-label = מידע משפטי ותמיכה
legal-tos = תנאי השימוש
legal-privacy = מדיניות הפרטיות
legal-help = עזרה
legal-docs = תיעוד
legal-support = פנייה לתמיכה
powered-by = מאובטח על ידי Gatehouse
language-switcher-label = שפה
loading = בטעינה…
load-failed = לא ניתן היה לטעון את הדף הזה.
retry = ניסיון חוזר
network-error = אין לנו גישה לשרת. יש לבדוק את החיבור ולנסות שוב.
unexpected = משהו השתבש. יש לנסות שוב.
server-error = משהו השתבש אצלנו. יש לנסות שוב בעוד רגע.
not-allowed = אין לך הרשאה לבצע את הפעולה הזו.
session-expired = תוקף הכניסה שלך פג.
too-many-attempts = יותר מדי ניסיונות. יש להמתין דקה ולנסות שוב.
invalid-input = חלק מהפרטים אינם תקינים. יש לבדוק אותם ולנסות שוב.

## /loginname
login-name-title = כניסה
login-name-intro = כדי להמשיך, יש להזין שם משתמש או כתובת אימייל.
login-name-label = שם משתמש או אימייל
login-name-required = יש להזין שם משתמש או כתובת אימייל.
user-not-found = לא מצאנו חשבון עם שם המשתמש או האימייל האלה.
continue = המשך
checking = בבדיקה…
no-account-yet = עדיין אין לך חשבון?
create-account-link = יצירת חשבון
signed-out = יצאת מהחשבון.
email-verified-sign-in = כתובת האימייל שלך אומתה. יש להיכנס כדי להמשיך.

## External identity providers (buttons on /loginname, /idp/{provider}/success and /failure, linked accounts)
idp-or = או
idp-redirecting = בהפניה…
idp-signing-in = מתבצעת כניסה…
idp-link-incomplete = קישור הכניסה הזה חלקי. יש להתחיל מחדש מדף הכניסה.
idp-intent-invalid = תוקף ניסיון הכניסה הזה פג או שכבר נעשה בו שימוש. יש להתחיל מחדש מדף הכניסה.
idp-register-title = יצירת החשבון שלך
idp-link-title = כבר יש לך חשבון?
idp-link-submit = כניסה וקישור
idp-no-account-title = לא נמצא חשבון
idp-linked-title = החשבון קושר
idp-linked-elsewhere = החשבון הזה אצל הספק כבר מקושר למשתמש אחר.
idp-failure-title = הכניסה לא הצליחה
idp-denied = הכניסה בוטלה או נדחתה אצל הספק. לא בוצע שום שינוי.
idp-failed = הספק לא הצליח להכניס אותך. יש לנסות שוב או להיכנס בדרך אחרת.
idp-link-failed = לא ניתן היה לקשר את החשבון: הספק לא השלים את הכניסה. לא בוצע שום שינוי.
back-to-sign-in = חזרה לכניסה
linked-accounts-title = חשבונות מקושרים
linked-accounts-empty = עדיין לא קושרו חשבונות מספקים אחרים.
link-another-account = קישור חשבון נוסף
idp-last-login-method = זו הדרך היחידה שלך להיכנס. יש להוסיף סיסמה או מפתח גישה לפני שמסירים אותה.
username-invalid = יש להזין שם משתמש.

## /password
password-title = הזנת הסיסמה
not-you = לא את/ה?
password-label = סיסמה
password-required = יש להזין את הסיסמה.
sign-in = כניסה
signing-in = מתבצעת כניסה…
wrong-password = הסיסמה שגויה. יש לנסות שוב.
user-locked = החשבון הזה ננעל אחרי יותר מדי ניסיונות כושלים. יש לפנות למנהל המערכת.
email-unverified = יש לאמת את כתובת האימייל לפני הכניסה.
verify-email-link = אימות כתובת האימייל
password-change-required = יש לשנות את הסיסמה לפני שממשיכים.
login-name-or-password-wrong = שם המשתמש או הסיסמה שגויים.

## /password/change
password-change-title = שינוי הסיסמה
password-change-intro = צריך לשנות את הסיסמה כדי שאפשר יהיה להמשיך.
current-password-label = הסיסמה הנוכחית
current-password-required = יש להזין את הסיסמה הנוכחית.
new-password-label = סיסמה חדשה
new-password-confirm-label = אישור הסיסמה החדשה
change-password = שינוי סיסמה
saving = בשמירה…
password-policy-not-met = הסיסמה הזו לא עומדת בדרישות שבהמשך.
same-password = יש לבחור סיסמה שונה מהסיסמה הנוכחית.

## /register
register-title = יצירת החשבון שלך
register-intro = זה לוקח רק דקה.
given-name-label = שם פרטי
given-name-required = יש להזין שם פרטי.
family-name-label = שם משפחה
family-name-required = יש להזין שם משפחה.
email-label = אימייל
email-required = יש להזין כתובת אימייל.
email-invalid = יש להזין כתובת אימייל תקינה, למשל name@example.com.
email-taken = כבר קיים חשבון עם האימייל הזה.
password-confirm-label = אישור הסיסמה
create-account = יצירת חשבון
creating-account = החשבון נוצר…
have-account = כבר יש לך חשבון?
sign-in-link = כניסה

## Password checklist
checklist-title = הסיסמה צריכה לכלול
rule-uppercase = אות גדולה (באנגלית)
rule-lowercase = אות קטנה (באנגלית)
rule-number = ספרה
rule-symbol = סימן, למשל ! או #
rule-match = שתי הסיסמאות תואמות
rule-met = , הושלם
rule-not-met = , עדיין לא
policy-loading = כללי הסיסמה נטענים…
policy-load-failed = לא ניתן היה לטעון את כללי הסיסמה.

## /verify
verify-title = אימות האימייל
verify-intro-generic = שלחנו קוד אימות לכתובת האימייל שלך. יש להזין אותו כאן.
code-label = קוד אימות
code-required = יש להזין את הקוד מהאימייל.
code-invalid = הקוד הזה שגוי.
code-expired = תוקף הקוד פג. אפשר לשלוח לך קוד חדש.
verify = אימות
verifying = באימות…
resend = שליחת קוד חדש
sending = בשליחה…
code-sent = נשלח קוד חדש. כדאי לבדוק את תיבת הדואר הנכנס.
verify-link-incomplete = קישור האימות הזה חלקי. יש להיכנס שוב כדי לקבל קוד חדש.
verify-user-unknown = קישור האימות הזה לא שייך לאף חשבון. יש להיכנס שוב כדי לקבל קוד חדש.

## /signedin
signed-in-title = נכנסת לחשבון
signed-in-as = מחובר/ת בתור
profile-link = מעבר לפרופיל שלך

## /profile
profile-title = הפרופיל שלך
username-label = שם משתמש
verified = מאומת
not-verified = לא מאומת
sessions-title = הפעלות פעילות
this-browser = הדפדפן הזה
unknown-device = מכשיר לא ידוע
session-created = כניסה
session-last-active = פעילות אחרונה
no-sessions = אין הפעלות פעילות.
log-out = יציאה
log-out-everywhere = יציאה מכל המכשירים
logging-out = מתבצעת יציאה…

## /logout
logout-title = יציאה
logout-intro = החשבונות האלה מחוברים בדפדפן הזה.
end-session = יציאה
logout-all = יציאה מכל החשבונות
no-browser-sessions = אף אחד לא מחובר בדפדפן הזה.

## /dev/outbox
outbox-title = תיבת דואר יוצא לפיתוח
outbox-intro = הודעות שהשרת שלח, מהחדשה לישנה. זמין רק בסביבת פיתוח.
outbox-empty = עדיין אין הודעות.
outbox-disabled = תיבת הדואר היוצא לפיתוח לא מופעלת (הדואר נשלח דרך SMTP).
refresh = רענון
mail-to = אל
mail-date = תאריך

## Second factors (authenticator app, codes by email/SMS, recovery codes, /mfa, /mfa/set)
totp-title = הזנת הקוד מאפליקציית האימות
totp-intro = יש לפתוח את אפליקציית האימות ולהזין את הקוד בן 6 הספרות שמוצג בה עבור החשבון הזה.
otp-sms-title = הזנת הקוד ששלחנו ב-SMS
otp-sms-intro = שלחנו קוד בן 6 ספרות לטלפון שלך. הוא תקף למשך חמש דקות.
otp-email-title = הזנת הקוד ששלחנו באימייל
otp-email-intro = שלחנו קוד בן 6 ספרות לכתובת האימייל שלך. הוא תקף למשך חמש דקות.
other-method = שימוש בשיטה אחרת
use-recovery-code = שימוש בקוד שחזור
totp-set-title = הגדרת אפליקציית אימות
totp-set-intro = יש לסרוק את קוד ה-QR הזה באפליקציית האימות, או להקליד בה את המפתח שבהמשך. לאחר מכן יש להזין את הקוד בן 6 הספרות שהאפליקציה מציגה.
totp-secret-label = מפתח להזנה ידנית
otp-sms-set-title = קודים ב-SMS
otp-sms-set-intro = בכל כניסה נשלח קוד חד-פעמי ב-SMS למספר הטלפון המאומת שלך.
otp-email-set-title = קודים באימייל
otp-email-set-intro = בכל כניסה נשלח קוד חד-פעמי לכתובת האימייל המאומתת שלך.
turn-on = הפעלה
mfa-title = אישור הזהות שלך
mfa-intro = יש לבחור איך לאשר את הכניסה.
mfa-set-title = הוספת גורם שני
mfa-set-intro = אפשר להגן על החשבון בעזרת שלב שני בכניסה. יש לבחור שיטה להגדרה, או לדלג בינתיים.
mfa-set-forced-intro = הארגון שלך מחייב שלב שני בכניסה. יש לבחור שיטה להגדרה.
skip = דילוג בינתיים
authenticator-app = אפליקציית אימות
sms-codes = קודים ב-SMS
email-codes = קודים באימייל
security-key = מפתח אבטחה
recovery-codes-name = קודי שחזור
recovery-code-title = כניסה עם קוד שחזור
recovery-code-intro = יש להזין אחד מקודי השחזור ששמרת. כל קוד עובד פעם אחת בלבד.
recovery-code-label = קוד שחזור
second-factors-title = גורמים שניים
factor-on = פועל
factor-off = כבוי
factor-remove = הסרה
factor-removing = בהסרה…
set-up = הגדרה
generate = יצירת קודי שחזור
regenerate = יצירת קודים חדשים
recovery-needs-factor = קודם צריך להגדיר גורם שני; קודי השחזור מחליפים אותו אם הוא אובד.
recovery-codes-shown-once = כדאי לשמור את הקודים האלה במקום בטוח עכשיו: הם מוצגים פעם אחת בלבד. כל קוד עובד פעם אחת. יצירת קודים חדשים תבטל את הקודים האלה.
copy = העתקה
copied = הועתק
download = הורדה (‎.txt)
totp-invalid = הקוד הזה שגוי או שתוקפו פג. יש להזין את הקוד שהאפליקציה מציגה עכשיו.
totp-reused = כבר נעשה שימוש בקוד הזה. יש להמתין לקוד הבא באפליקציה.
totp-already-set-up = כבר מוגדרת אפליקציית אימות בחשבון שלך. יש להסיר אותה בפרופיל כדי להגדיר אפליקציה חדשה.
recovery-invalid = קוד השחזור הזה לא תקין. יש לבדוק אותו ולנסות שוב.
recovery-used = כבר נעשה שימוש בקוד השחזור הזה. יש להשתמש בקוד אחר.
last-factor-refused = הארגון שלך מחייב גורם שני. יש להגדיר גורם אחר לפני הסרת הגורם הזה.
mfa-forced = הארגון שלך מחייב גורם שני, ולכן אי אפשר לדלג על השלב הזה.
otp-not-set-up = שיטת הכניסה הזו לא הוגדרה בחשבון שלך. יש לבחור שיטה אחרת.
otp-needs-verified-email = קודם יש לאמת את כתובת האימייל בפרופיל שלך.
otp-needs-verified-phone = קודם יש להוסיף ולאמת מספר טלפון בפרופיל שלך.
otp-no-challenge = עדיין לא נשלח קוד. יש לבקש קוד חדש.
second-factor-locked = יותר מדי קודים שגויים: החשבון שלך ננעל. יש לפנות למנהל המערכת.

## Fallback route
not-found-title = הדף לא נמצא
not-found-body = אין כלום בכתובת הזו. יש לבדוק את הקישור או להתחיל מחדש.
go-to-sign-in = מעבר לכניסה

## App sign-in (/login, /accounts, /signedin with an app's request, /device, /logout/done)
app-login-title = כניסה
app-login-loading = הכניסה בהכנה…
auth-request-gone = תוקף בקשת הכניסה הזו פג או שכבר נעשה בה שימוש. יש לחזור לאפליקציה ולהתחיל מחדש.
accounts-title = בחירת חשבון
accounts-intro = המשך עם חשבון שמחובר במכשיר הזה:
use-another-account = שימוש בחשבון אחר
returning-to-app = חוזרים לאפליקציה…
return-to-app = חזרה לאפליקציה
callback-failed-title = אי אפשר להמשיך לאפליקציה
callback-reauthenticate = האפליקציה מבקשת שתיכנס/י שוב.
callback-second-factor = הארגון שלך מחייב גורם שני עבור האפליקציה הזו.
callback-wrong-organization = האפליקציה הזו לא מקבלת חשבונות מהארגון שלך. יש להשתמש בחשבון אחר.
callback-already-answered = כבר ניתנה תשובה לבקשת הכניסה הזו. יש לחזור לאפליקציה ולהתחיל מחדש.
sign-in-again = כניסה מחדש
device-title = חיבור מכשיר
device-intro = יש להזין את הקוד שמוצג במכשיר שלך.
device-code-label = קוד
device-code-required = יש להזין את הקוד מהמכשיר שלך.
device-code-unknown = הקוד הזה לא תקין או שתוקפו פג. יש לבדוק במכשיר מהו הקוד הנוכחי.
device-consent-title = לאשר גישה?
device-consent-intro = מבקשת גישה לחשבון שלך
device-scopes = ההרשאות המבוקשות
allow = אישור
deny = דחייה
device-approved = זהו. אפשר לחזור למכשיר שלך.
device-denied = הגישה נדחתה. המכשיר לא חובר.
logout-done-title = יצאת מהחשבון
logout-done-body = יצאת מהחשבון. אפשר לסגור את החלון הזה.

## Account centre (/password/set, /profile sections)
forgot-password = שכחת את הסיסמה?
password-set-title = בחירת סיסמה חדשה
password-set-intro = יש להזין את הקוד מהאימייל ולבחור סיסמה חדשה.
password-reset-sent = שלחנו לך אימייל עם קישור לאיפוס הסיסמה. אפשר לפתוח אותו, או להזין כאן את הקוד שבו.
set-new-password = הגדרת סיסמה חדשה
password-set-done = הסיסמה שלך שונתה. יש להיכנס עם הסיסמה החדשה.
password-link-incomplete = הקישור הזה חלקי. יש להתחיל מחדש מדף הכניסה.
section-profile = פרופיל
section-email = אימייל
section-phone = טלפון
section-password = סיסמה
section-security = אבטחה
section-danger-zone = אזור מסוכן
nick-name-label = כינוי
display-name-label = שם תצוגה
language-label = שפה מועדפת
gender-label = מגדר
gender-unspecified = לא צוין
gender-female = נקבה
gender-male = זכר
gender-diverse = אחר
save = שמירה
saved = השינויים נשמרו.
cancel = ביטול
username-required = יש להזין שם משתמש.
username-taken = שם המשתמש או האימייל הזה כבר תפוס.
change-email = שינוי האימייל
new-email-label = כתובת אימייל חדשה
send-code = שליחת קוד
email-same = זו כבר כתובת האימייל שלך.
phone-label = מספר טלפון
phone-none = עדיין אין מספר טלפון.
add-phone = הוספת מספר טלפון
change-phone = שינוי מספר הטלפון
remove-phone = הסרת מספר הטלפון
phone-invalid = יש להזין את המספר בפורמט בינלאומי, למשל ‎+41 79 123 45 67.
phone-code-label = הקוד מה-SMS
no-sms-provider = אי אפשר לשלוח הודעות SMS כרגע. יש לנסות שוב מאוחר יותר.
password-changed = הסיסמה שלך שונתה.
end-other-sessions = יציאה מכל שאר ההפעלות
session-ip = כתובת IP
sign-in-methods-title = שיטות כניסה
security-log-title = אירועי אבטחה אחרונים
security-log-empty = עדיין אין אירועי אבטחה.
ev-signed-in = כניסה
ev-password-failed = כניסה שנכשלה: סיסמה שגויה
ev-password-changed = הסיסמה שונתה
ev-email-changed = כתובת האימייל שונתה
ev-email-change-requested = התבקש שינוי אימייל
ev-email-verified = כתובת האימייל אומתה
ev-phone-changed = מספר הטלפון הוגדר
ev-phone-verified = מספר הטלפון אומת
ev-phone-removed = מספר הטלפון הוסר
ev-user-locked = החשבון ננעל אחרי ניסיונות כושלים
ev-profile-changed = הפרופיל שונה
ev-username-changed = שם המשתמש שונה
ev-account-created = החשבון נוצר
ev-factor-added = נוספה שיטת כניסה
ev-factor-removed = הוסרה שיטת כניסה
download-data = הורדת הנתונים שלי
download-data-intro = קובץ JSON עם הפרופיל, שיטות הכניסה, ההפעלות ואירועי האבטחה שלך.
delete-account = מחיקת החשבון שלי
delete-account-intro = הפעולה הזו מוחקת את החשבון ואת הנתונים שלו לצמיתות. יש להזין את הסיסמה לאישור.
delete-account-confirm = מחיקת החשבון שלי לצמיתות
deleting = במחיקה…
delete-forbidden = אי אפשר למחוק כאן חשבונות עם תפקידי מנהל.
outbox-sms-title = הודעות SMS

## Passkeys and security keys (WebAuthn)
web-authn-unsupported = הדפדפן הזה לא תומך במפתחות גישה או במפתחות אבטחה. יש להשתמש בדפדפן עדכני, או להיכנס עם הסיסמה.
web-authn-cancelled = הבקשה בוטלה או שהזמן הקצוב שלה עבר. אפשר לנסות שוב מתי שנוח לך.
web-authn-already-registered = המכשיר הזה כבר רשום לחשבון שלך.
web-authn-failed = המכשיר שלך לא הצליח להשלים את הבקשה. יש לנסות שוב.
web-authn-unknown-credential = מפתח הגישה הזה לא רשום לחשבון הזה. יש לבחור מפתח אחר, או להיכנס עם הסיסמה.
web-authn-expired = הזמן הקצוב לבקשה עבר. יש לנסות שוב.
passkeys-not-allowed = מפתחות גישה מושבתים בארגון הזה.
web-authn-last-factor = אי אפשר להסיר את הדרך האחרונה שלך להיכנס. קודם צריך להוסיף דרך אחרת.
sign-in-with-passkey = כניסה עם מפתח גישה
passkey-title = כניסה עם מפתח הגישה שלך
passkey-intro = אפשר להשתמש במפתח הגישה במכשיר הזה או בטלפון: טביעת האצבע, זיהוי הפנים או נעילת המסך מאשרים שזה את/ה.
passkey-use = שימוש במפתח גישה
passkey-waiting = ממתינים למפתח הגישה שלך…
use-password-instead = שימוש בסיסמה במקום זאת
passkey-set-title = הוספת מפתח גישה
passkey-set-intro = אפשר להיכנס עם טביעת אצבע, זיהוי פנים או נעילת מסך במקום סיסמה. מפתח הגישה נשאר במכשיר שלך.
passkey-signup-intro = החשבון שלך נוצר. עכשיו צריך ליצור את מפתח הגישה שאיתו תיכנס/י: טביעת אצבע, זיהוי פנים או נעילת מסך, בלי סיסמה.
choose-another-way = בחירת דרך כניסה אחרת
register-with-passkey-instead = שימוש במפתח גישה במקום סיסמה
register-with-password-instead = שימוש בסיסמה במקום זאת
register-passkey-hint = אין צורך בסיסמה: אחרי השלב הזה המכשיר שלך ייצור מפתח גישה לחשבון הזה.
authenticator-set-title = אבטחת החשבון שלך
authenticator-set-intro = יש לבחור איך להיכנס.
authenticator-passkey = מפתח גישה
authenticator-passkey-hint = טביעת אצבע, זיהוי פנים או נעילת מסך. אין מה לזכור, ואי אפשר לגנוב אותו בפישינג.
authenticator-password = סיסמה
authenticator-password-hint = נשלח לך קוד באימייל, ואז בוחרים סיסמה.
passkey-signup-grant = רק הדפדפן שבו נוצר החשבון יכול להוסיף את מפתח הגישה הראשון שלו, תוך 15 דקות. אפשר לבחור סיסמה במקום זאת, או להירשם מחדש.
second-factor-before-first = קודם יש להיכנס עם הסיסמה או מפתח הגישה.
passkeys-unavailable-here = מפתחות גישה לא זמינים בכתובת הזו. אפשר להיכנס עם הסיסמה, או לפתוח את דף הכניסה בכתובת הראשית שלו.
passkey-other-host = מפתח הגישה הזה נוצר עבור כתובת אחרת של השירות. אפשר להשתמש בו שם, או להוסיף כאן מפתח גישה.
passkey-name-label = השם של מפתח הגישה הזה
passkey-create = יצירת מפתח גישה
passkey-creating = ממתינים למכשיר שלך…
passkey-added = מפתח הגישה נוסף. מעכשיו אפשר להיכנס איתו.
not-now = לא עכשיו
back-to-profile = חזרה לפרופיל שלך
u2f-title = אישור עם מפתח האבטחה שלך
u2f-intro = יש לחבר את מפתח האבטחה שרשמת לחשבון הזה או לגעת בו.
u2f-use = שימוש במפתח אבטחה
u2f-waiting = ממתינים למפתח האבטחה שלך…
u2f-set-title = הוספת מפתח אבטחה
u2f-set-intro = מפתח אבטחה מאשר שזה את/ה אחרי הסיסמה, כך שסיסמה גנובה לבדה לא מספיקה.
u2f-name-label = השם של מפתח האבטחה הזה
u2f-create = רישום מפתח אבטחה
u2f-added = מפתח האבטחה נוסף. הוא יידרש אחרי הזנת הסיסמה.
passkeys = מפתחות גישה
passkeys-empty = עדיין אין מפתחות גישה.
passkey-add = הוספת מפתח גישה
security-keys = מפתחות אבטחה
security-keys-empty = עדיין אין מפתחות אבטחה.
security-key-add = הוספת מפתח אבטחה
rename = שינוי שם
remove = הסרה
added-on = נוסף ב-
last-used = שימוש אחרון:
never-used = לא נעשה בו שימוש
name-required = יש להזין שם.

## Confirm it's you (re-authentication dialog)
reauth-title = אישור הזהות שלך
reauth-intro = השינוי הזה דורש כניסה מהזמן האחרון. יש להזין את הסיסמה כדי להמשיך.
reauth-intro-passkey = השינוי הזה דורש כניסה מהזמן האחרון. יש להשתמש במפתח הגישה כדי להמשיך.
reauth-confirm = אישור
reauth-checking = בבדיקה…
reauth-with-passkey = שימוש במפתח גישה
reauth-required = כדי לבצע את השינוי הזה יש לאשר את הזהות שלך.
phone-otp-sms-warning = קודי הכניסה ב-SMS נשלחים אליך למספר הזה. שינוי או הסרה של המספר יכבו אותם; יש להגדיר אותם מחדש אחרי שהמספר החדש יאומת.

## / The text of `msg`.

## Messages with variables (functions in src/i18n.rs)
page-title = { $page } · { $app }
rule-length = { $min_length ->
    [one] לפחות תו אחד
    [two] לפחות { $min_length } תווים
   *[other] לפחות { $min_length } תווים
}
browser-on-os = { $browser } ב-{ $os }
login-on-device = { $login_name } · { $device }
verify-intro = שלחנו קוד אימות אל { $email }. יש להזין אותו כאן.
resend-in = שליחת קוד חדש ({ $seconds } שנ׳)
email-pending = ממתין לאימות: שלחנו קוד אל { $email }. עד אז הכתובת הנוכחית שלך נשארת בשימוש.
sms-sent = שלחנו קוד ב-SMS אל { $phone }.
idp-continue-with = המשך עם { $provider }
idp-register-intro = יש לבדוק את הפרטים מחשבון ה-{ $provider } שלך, ואז ליצור את החשבון.
idp-link-intro = יש להיכנס עם הסיסמה כדי לקשר אליו את חשבון ה-{ $provider } שלך.
idp-no-account = אין כאן חשבון שמקושר לחשבון ה-{ $provider } שלך, ואי אפשר ליצור או לקשר חשבון כאן. יש להיכנס בדרך אחרת.
idp-linked = חשבון ה-{ $provider } שלך מקושר עכשיו. מעכשיו אפשר להיכנס איתו.

## Org-scoped login: a name shared by users of several organisations
login-name-ambiguous = יותר מחשבון אחד משתמש בשם הזה. הזינו את שם הכניסה המלא: שם-משתמש@דומיין-הארגון.

## Account centre: profile picture, code resend limit
avatar-title = תמונת פרופיל
avatar-choose = החלפת תמונה
avatar-hint = PNG,‏ JPEG,‏ GIF או WebP, עד 5 MB. התמונה נחתכת לריבוע.
avatar-save = שמירת התמונה
avatar-remove = הסרת התמונה
avatar-too-big = התמונה גדולה מדי: יש לבחור תמונה בגודל של עד 5 MB.
avatar-not-image = הקובץ אינו תמונה שאפשר להשתמש בה: יש לבחור תמונת PNG,‏ JPEG,‏ GIF או WebP.
avatar-saved = התמונה החדשה נשמרה.
avatar-removed = התמונה הוסרה.
too-many-codes = ביקשת יותר מדי קודים. יש להמתין כמה דקות לפני שמבקשים קוד נוסף.

## Security log: session ended (sign-out), with the device and address that ended it
ev-signed-out = יציאה

## Account centre: deleting one's own account forbidden by the org's account policy
delete-forbidden-policy = מדיניות הארגון שלך אינה מאפשרת למחוק את החשבון בעצמך. בקשו ממנהל למחוק אותו.
