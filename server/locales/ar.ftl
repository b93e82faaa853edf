# Gatehouse mail texts: Arabic (العربية).
# Translation of server/locales/en.ftl: same ids and placeables; one message per line, except plural selectors.

## Parts every mail shares
# $name: the recipient's display name (as the user typed it)
mail-greeting = مرحبًا { $name }،
# Label in front of a one-time code, shown as "Code: ABC123"
mail-code-label = الرمز
mail-or-open-link = أو افتح هذا الرابط:
mail-button-fallback = إذا لم يعمل الزر، فانسخ هذا الرابط والصقه في المتصفح:
mail-ignore = إذا لم تطلب ذلك، فتجاهل هذه الرسالة.
# $sender: the organisation's name (or "Gatehouse")
mail-footer = أرسل { $sender } هذه الرسالة بسبب حسابك لديه.

## Email verification (a code and a link to confirm an address)
mail-verify-subject = تحقّق من بريدك الإلكتروني
# $email: the address being confirmed
mail-verify-intro = يُرجى تأكيد عنوان بريدك الإلكتروني { $email } بإدخال هذا الرمز:
mail-verify-button = تأكيد البريد الإلكتروني
mail-verify-validity =
    { $hours ->
        [zero] الرمز صالح لمدة { $hours } ساعة.
        [one] الرمز صالح لمدة ساعة واحدة.
        [two] الرمز صالح لمدة ساعتين.
        [few] الرمز صالح لمدة { $hours } ساعات.
        [many] الرمز صالح لمدة { $hours } ساعة.
       *[other] الرمز صالح لمدة { $hours } ساعة.
    }

## Password reset
mail-reset-subject = إعادة تعيين كلمة المرور
mail-reset-intro = طلب أحدهم إعادة تعيين كلمة مرور حسابك. لاختيار كلمة مرور جديدة، افتح الرابط أدناه أو أدخل هذا الرمز:
mail-reset-button = اختيار كلمة مرور جديدة
mail-reset-validity =
    { $hours ->
        [zero] الرمز صالح لمدة { $hours } ساعة.
        [one] الرمز صالح لمدة ساعة واحدة.
        [two] الرمز صالح لمدة ساعتين.
        [few] الرمز صالح لمدة { $hours } ساعات.
        [many] الرمز صالح لمدة { $hours } ساعة.
       *[other] الرمز صالح لمدة { $hours } ساعة.
    }

## One-time sign-in code by email (second factor)
mail-otp-subject = رمز تسجيل الدخول
mail-otp-intro = رمز تسجيل الدخول لمرة واحدة هو:
mail-otp-validity =
    { $minutes ->
        [zero] وهو صالح لمدة { $minutes } دقيقة.
        [one] وهو صالح لمدة دقيقة واحدة.
        [two] وهو صالح لمدة دقيقتين.
        [few] وهو صالح لمدة { $minutes } دقائق.
        [many] وهو صالح لمدة { $minutes } دقيقة.
       *[other] وهو صالح لمدة { $minutes } دقيقة.
    }
mail-otp-ignore = إذا لم تحاول تسجيل الدخول، فغيّر كلمة المرور.

## Link to add a passkey
mail-passkey-link-subject = أضِف مفتاح مرور إلى حسابك
mail-passkey-link-intro = افتح هذا الرابط لإضافة مفتاح مرور إلى حسابك:
mail-passkey-link-button = إضافة مفتاح مرور
mail-passkey-link-validity =
    { $hours ->
        [zero] يعمل الرابط مرة واحدة، لمدة { $hours } ساعة.
        [one] يعمل الرابط مرة واحدة، لمدة ساعة واحدة.
        [two] يعمل الرابط مرة واحدة، لمدة ساعتين.
        [few] يعمل الرابط مرة واحدة، لمدة { $hours } ساعات.
        [many] يعمل الرابط مرة واحدة، لمدة { $hours } ساعة.
       *[other] يعمل الرابط مرة واحدة، لمدة { $hours } ساعة.
    }
mail-passkey-link-ignore = إذا لم تكن تتوقع هذه الرسالة، فتجاهلها.

## Notifications about changes to an account's security
mail-security-password-changed-subject = تم تغيير كلمة المرور
mail-security-password-changed = تم تغيير كلمة مرور حسابك.
mail-security-email-changed-subject = تم تغيير عنوان بريدك الإلكتروني
# $email: the new address
mail-security-email-changed = تم تغيير عنوان البريد الإلكتروني لحسابك إلى { $email }.
mail-security-phone-changed-subject = تم تغيير رقم هاتفك
# $phone: the new number
mail-security-phone-changed = تم تغيير رقم الهاتف لحسابك إلى { $phone }.
mail-security-phone-removed = تمت إزالة رقم الهاتف من حسابك.
mail-security-username-changed-subject = تم تغيير اسم المستخدم
# $username: the new username
mail-security-username-changed = تم تغيير اسم المستخدم إلى { $username }.
mail-security-factor-added-subject = تمت إضافة طريقة تسجيل دخول إلى حسابك
# $factor: one of the mail-factor-* texts below
mail-security-factor-added = تمت إضافة طريقة تسجيل دخول إلى حسابك: { $factor }.
mail-security-factor-removed-subject = تمت إزالة طريقة تسجيل دخول من حسابك
mail-security-factor-removed = تمت إزالة طريقة تسجيل دخول من حسابك: { $factor }.
mail-security-account-deleted-subject = تم حذف حسابك
mail-security-account-deleted = تم حذف حسابك وبياناته.
mail-security-if-you = إذا كنت أنت من فعل ذلك، فلا داعي لأي إجراء.
mail-security-if-not = وإن لم تكن أنت، فأعد تعيين كلمة المرور فورًا وراجع جلسات حسابك وطرق تسجيل الدخول.

## Names of sign-in methods in the notifications above
# $name: the name the user gave the passkey or key
mail-factor-passkey = مفتاح المرور «{ $name }»
mail-factor-security-key = مفتاح الأمان «{ $name }»
mail-factor-totp = تطبيق مصادقة
mail-factor-otp-email = رموز تسجيل الدخول عبر البريد الإلكتروني
mail-factor-otp-sms = رموز تسجيل الدخول عبر الرسائل النصية
mail-factor-recovery-codes = رموز الاسترداد
# $provider: the name of the identity provider, e.g. "GitHub"
mail-factor-idp = تسجيل الدخول باستخدام { $provider }
