# Gatehouse mail texts: Hebrew (עברית).
# Translation of server/locales/en.ftl: same ids and placeables; one message per line, except plural selectors.

## Parts every mail shares
# $name: the recipient's display name (as the user typed it)
mail-greeting = שלום { $name },
# Label in front of a one-time code, shown as "Code: ABC123"
mail-code-label = קוד
mail-or-open-link = או לפתוח את הקישור הזה:
mail-button-fallback = אם הכפתור לא עובד, יש להעתיק את הקישור הזה לדפדפן:
mail-ignore = אם לא ביקשת זאת, אפשר להתעלם מהאימייל הזה.
# $sender: the organisation's name (or "Gatehouse")
mail-footer = האימייל הזה נשלח על ידי { $sender } בגלל החשבון שלך שם.

## Email verification (a code and a link to confirm an address)
mail-verify-subject = אימות כתובת האימייל
# $email: the address being confirmed
mail-verify-intro = יש לאשר את כתובת האימייל { $email } על ידי הזנת הקוד הזה:
mail-verify-button = אימות האימייל
mail-verify-validity =
    { $hours ->
        [one] הקוד תקף למשך שעה אחת.
        [two] הקוד תקף למשך שעתיים.
       *[other] הקוד תקף למשך { $hours } שעות.
    }

## Password reset
mail-reset-subject = איפוס הסיסמה
mail-reset-intro = התקבלה בקשה לאפס את הסיסמה של החשבון שלך. כדי לבחור סיסמה חדשה, יש לפתוח את הקישור שלמטה או להזין את הקוד הזה:
mail-reset-button = בחירת סיסמה חדשה
mail-reset-validity =
    { $hours ->
        [one] הקוד תקף למשך שעה אחת.
        [two] הקוד תקף למשך שעתיים.
       *[other] הקוד תקף למשך { $hours } שעות.
    }

## One-time sign-in code by email (second factor)
mail-otp-subject = קוד הכניסה שלך
mail-otp-intro = קוד הכניסה החד-פעמי שלך הוא:
mail-otp-validity =
    { $minutes ->
        [one] הוא תקף למשך דקה אחת.
        [two] הוא תקף למשך שתי דקות.
       *[other] הוא תקף למשך { $minutes } דקות.
    }
mail-otp-ignore = אם לא ניסית להיכנס, כדאי לשנות את הסיסמה.

## Link to add a passkey
mail-passkey-link-subject = הוספת מפתח גישה לחשבון שלך
mail-passkey-link-intro = יש לפתוח את הקישור הזה כדי להוסיף מפתח גישה לחשבון שלך:
mail-passkey-link-button = הוספת מפתח גישה
mail-passkey-link-validity =
    { $hours ->
        [one] הקישור עובד פעם אחת, למשך שעה אחת.
        [two] הקישור עובד פעם אחת, למשך שעתיים.
       *[other] הקישור עובד פעם אחת, למשך { $hours } שעות.
    }
mail-passkey-link-ignore = אם לא ציפית לאימייל הזה, אפשר להתעלם ממנו.

## Notifications about changes to an account's security
mail-security-password-changed-subject = הסיסמה שלך שונתה
mail-security-password-changed = הסיסמה של החשבון שלך שונתה.
mail-security-email-changed-subject = כתובת האימייל שלך שונתה
# $email: the new address
mail-security-email-changed = כתובת האימייל של החשבון שלך שונתה ל-{ $email }.
mail-security-phone-changed-subject = מספר הטלפון שלך שונה
# $phone: the new number
mail-security-phone-changed = מספר הטלפון של החשבון שלך שונה ל-{ $phone }.
mail-security-phone-removed = מספר הטלפון הוסר מהחשבון שלך.
mail-security-username-changed-subject = שם המשתמש שלך שונה
# $username: the new username
mail-security-username-changed = שם המשתמש שלך שונה ל-{ $username }.
mail-security-factor-added-subject = נוספה שיטת כניסה לחשבון שלך
# $factor: one of the mail-factor-* texts below
mail-security-factor-added = נוספה שיטת כניסה לחשבון שלך: { $factor }.
mail-security-factor-removed-subject = הוסרה שיטת כניסה מהחשבון שלך
mail-security-factor-removed = הוסרה שיטת כניסה מהחשבון שלך: { $factor }.
mail-security-account-deleted-subject = החשבון שלך נמחק
mail-security-account-deleted = החשבון שלך והנתונים שלו נמחקו.
mail-security-if-you = אם זה היה את/ה, אין צורך לעשות דבר.
mail-security-if-not = אם לא, יש לאפס את הסיסמה מיד ולבדוק את ההפעלות ואת שיטות הכניסה של החשבון.

## Names of sign-in methods in the notifications above
# $name: the name the user gave the passkey or key
mail-factor-passkey = מפתח הגישה "{ $name }"
mail-factor-security-key = מפתח האבטחה "{ $name }"
mail-factor-totp = אפליקציית אימות
mail-factor-otp-email = קודי כניסה באימייל
mail-factor-otp-sms = קודי כניסה ב-SMS
mail-factor-recovery-codes = קודי שחזור
# $provider: the name of the identity provider, e.g. "GitHub"
mail-factor-idp = כניסה עם { $provider }
