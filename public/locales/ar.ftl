# Gatehouse UI messages: Arabic (العربية).
# Every other locales/<lang>.ftl has exactly these ids with the same { $variables }.
# Ids are the kebab-case names of the SPA's i18n::Msg variants (LoginNameTitle -> login-name-title).


## Shared
app-name = Gatehouse
skip-to-content = الانتقال إلى المحتوى الرئيسي

## Branding and legal footer
brand-logo-alt = شعار المؤسسة
legal-nav-label = المعلومات القانونية والدعم
legal-tos = شروط الخدمة
legal-privacy = سياسة الخصوصية
legal-help = المساعدة
legal-docs = الوثائق
legal-support = التواصل مع الدعم
powered-by = محمي بواسطة Gatehouse
language-switcher-label = اللغة
loading = جارٍ التحميل…
load-failed = تعذّر تحميل هذه الصفحة.
retry = إعادة المحاولة
network-error = يتعذّر علينا الوصول إلى الخادم. تحقّق من اتصالك وحاول مرة أخرى.
unexpected = حدث خطأ ما. يُرجى المحاولة مرة أخرى.
server-error = حدث خطأ ما لدينا. يُرجى المحاولة مرة أخرى بعد قليل.
not-allowed = غير مسموح لك بتنفيذ هذا الإجراء.
session-expired = انتهت صلاحية تسجيل دخولك.
too-many-attempts = محاولات كثيرة جدًا. انتظر دقيقة ثم حاول مرة أخرى.
invalid-input = بعض البيانات غير صالحة. تحقّق منها وحاول مرة أخرى.

## /loginname
login-name-title = تسجيل الدخول
login-name-intro = أدخل اسم المستخدم أو عنوان البريد الإلكتروني للمتابعة.
login-name-label = اسم المستخدم أو البريد الإلكتروني
login-name-required = أدخل اسم المستخدم أو عنوان البريد الإلكتروني.
user-not-found = لم نعثر على حساب بهذا الاسم أو البريد الإلكتروني.
continue = متابعة
checking = جارٍ التحقق…
no-account-yet = ليس لديك حساب بعد؟
create-account-link = إنشاء حساب
signed-out = تم تسجيل خروجك.
email-verified-sign-in = تم التحقق من عنوان بريدك الإلكتروني. سجّل الدخول للمتابعة.

## External identity providers (buttons on /loginname, /idp/{provider}/success and /failure, linked accounts)
idp-or = أو
idp-redirecting = جارٍ إعادة التوجيه…
idp-signing-in = جارٍ تسجيل دخولك…
idp-link-incomplete = رابط تسجيل الدخول هذا غير مكتمل. ابدأ من جديد من صفحة تسجيل الدخول.
idp-intent-invalid = انتهت صلاحية محاولة تسجيل الدخول هذه أو تم استخدامها من قبل. ابدأ من جديد من صفحة تسجيل الدخول.
idp-register-title = إنشاء حسابك
idp-link-title = لديك حساب بالفعل؟
idp-link-submit = تسجيل الدخول والربط
idp-no-account-title = لم يتم العثور على حساب
idp-linked-title = تم ربط الحساب
idp-linked-elsewhere = هذا الحساب لدى المزوّد مرتبط بالفعل بمستخدم آخر.
idp-failure-title = لم ينجح تسجيل الدخول
idp-denied = تم إلغاء تسجيل الدخول أو رفضه لدى المزوّد. لم يتم تغيير أي شيء.
idp-failed = تعذّر على المزوّد تسجيل دخولك. حاول مرة أخرى، أو سجّل الدخول بطريقة أخرى.
idp-link-failed = تعذّر ربط الحساب: لم يسجّل المزوّد دخولك. لم يتم تغيير أي شيء.
back-to-sign-in = الرجوع إلى تسجيل الدخول
linked-accounts-title = الحسابات المرتبطة
linked-accounts-empty = لا توجد حسابات مرتبطة من مزوّدين آخرين بعد.
link-another-account = ربط حساب آخر
idp-last-login-method = هذه هي طريقتك الوحيدة لتسجيل الدخول. أضِف كلمة مرور أو مفتاح مرور قبل إزالتها.
username-invalid = أدخل اسم مستخدم.

## /password
password-title = أدخل كلمة المرور
not-you = لست أنت؟
password-label = كلمة المرور
password-required = أدخل كلمة المرور.
sign-in = تسجيل الدخول
signing-in = جارٍ تسجيل الدخول…
wrong-password = كلمة المرور غير صحيحة. حاول مرة أخرى.
user-locked = تم قفل هذا الحساب بعد محاولات فاشلة كثيرة. تواصل مع المسؤول.
email-unverified = يُرجى التحقق من عنوان بريدك الإلكتروني قبل تسجيل الدخول.
verify-email-link = التحقق من عنوان البريد الإلكتروني
password-change-required = يجب تغيير كلمة المرور قبل المتابعة.
login-name-or-password-wrong = اسم المستخدم أو كلمة المرور غير صحيحة.

## /password/change
password-change-title = تغيير كلمة المرور
password-change-intro = يجب تغيير كلمة المرور قبل أن تتمكن من المتابعة.
current-password-label = كلمة المرور الحالية
current-password-required = أدخل كلمة المرور الحالية.
new-password-label = كلمة المرور الجديدة
new-password-confirm-label = تأكيد كلمة المرور الجديدة
change-password = تغيير كلمة المرور
saving = جارٍ الحفظ…
password-policy-not-met = كلمة المرور هذه لا تستوفي المتطلبات أدناه.
same-password = اختر كلمة مرور مختلفة عن كلمة المرور الحالية.

## /register
register-title = إنشاء حسابك
register-intro = لن يستغرق الأمر سوى دقيقة.
given-name-label = الاسم الأول
given-name-required = أدخل اسمك الأول.
family-name-label = اسم العائلة
family-name-required = أدخل اسم العائلة.
email-label = البريد الإلكتروني
email-required = أدخل عنوان بريدك الإلكتروني.
email-invalid = أدخل عنوان بريد إلكتروني صالحًا، مثل name@example.com.
email-taken = يوجد حساب بهذا البريد الإلكتروني بالفعل.
password-confirm-label = تأكيد كلمة المرور
create-account = إنشاء حساب
creating-account = جارٍ إنشاء الحساب…
have-account = لديك حساب بالفعل؟
sign-in-link = تسجيل الدخول

## Password checklist
checklist-title = يجب أن تحتوي كلمة المرور على
rule-uppercase = حرف كبير
rule-lowercase = حرف صغير
rule-number = رقم
rule-symbol = رمز، مثل ! أو #
rule-match = تطابق كلمتي المرور
rule-met = ، مستوفى
rule-not-met = ، غير مستوفى بعد
policy-loading = جارٍ تحميل قواعد كلمة المرور…
policy-load-failed = تعذّر تحميل قواعد كلمة المرور.

## /verify
verify-title = تحقّق من بريدك الإلكتروني
verify-intro-generic = أرسلنا رمز تحقق إلى عنوان بريدك الإلكتروني. أدخله أدناه.
code-label = رمز التحقق
code-required = أدخل الرمز الوارد في البريد الإلكتروني.
code-invalid = هذا الرمز غير صحيح.
code-expired = انتهت صلاحية هذا الرمز. يمكننا إرسال رمز جديد إليك.
verify = تحقّق
verifying = جارٍ التحقق…
resend = إرسال رمز جديد
sending = جارٍ الإرسال…
code-sent = تم إرسال رمز جديد. تحقّق من بريدك الوارد.
verify-link-incomplete = رابط التحقق هذا غير مكتمل. سجّل الدخول مرة أخرى للحصول على رمز جديد.
verify-user-unknown = رابط التحقق هذا لا يخص أي حساب. سجّل الدخول مرة أخرى للحصول على رمز جديد.

## /signedin
signed-in-title = لقد سجّلت الدخول
signed-in-as = تم تسجيل الدخول باسم
profile-link = الانتقال إلى ملفك الشخصي

## /profile
profile-title = ملفك الشخصي
username-label = اسم المستخدم
verified = تم التحقق
not-verified = لم يتم التحقق
sessions-title = الجلسات النشطة
this-browser = هذا المتصفح
unknown-device = جهاز غير معروف
session-created = تسجيل الدخول
session-last-active = آخر نشاط
no-sessions = لا توجد جلسات نشطة.
log-out = تسجيل الخروج
log-out-everywhere = تسجيل الخروج من كل الأجهزة
logging-out = جارٍ تسجيل الخروج…

## /logout
logout-title = تسجيل الخروج
logout-intro = هذه الحسابات مسجّلة الدخول على هذا المتصفح.
end-session = تسجيل الخروج
logout-all = تسجيل الخروج من جميع الحسابات
no-browser-sessions = لا يوجد أحد مسجّل الدخول على هذا المتصفح.

## /dev/outbox
outbox-title = صندوق الصادر للتطوير
outbox-intro = الرسائل التي أرسلها الخادم، الأحدث أولًا. متاح في بيئة التطوير فقط.
outbox-empty = لا توجد رسائل بعد.
outbox-disabled = صندوق الصادر للتطوير غير مفعّل (يُرسَل البريد عبر SMTP).
refresh = تحديث
mail-to = إلى
mail-date = التاريخ

## Second factors (authenticator app, codes by email/SMS, recovery codes, /mfa, /mfa/set)
totp-title = أدخل الرمز من تطبيق المصادقة
totp-intro = افتح تطبيق المصادقة وأدخل الرمز المكوّن من 6 أرقام الذي يعرضه لهذا الحساب.
otp-sms-title = أدخل الرمز الذي أرسلناه في رسالة نصية
otp-sms-intro = أرسلنا رمزًا مكوّنًا من 6 أرقام إلى هاتفك. وهو صالح لمدة خمس دقائق.
otp-email-title = أدخل الرمز الذي أرسلناه بالبريد الإلكتروني
otp-email-intro = أرسلنا رمزًا مكوّنًا من 6 أرقام إلى عنوان بريدك الإلكتروني. وهو صالح لمدة خمس دقائق.
other-method = استخدام طريقة أخرى
use-recovery-code = استخدام رمز استرداد
totp-set-title = إعداد تطبيق المصادقة
totp-set-intro = امسح رمز QR هذا باستخدام تطبيق المصادقة، أو اكتب المفتاح أدناه فيه. ثم أدخل الرمز المكوّن من 6 أرقام الذي يعرضه التطبيق.
totp-secret-label = مفتاح الإدخال اليدوي
otp-sms-set-title = الرموز عبر الرسائل النصية
otp-sms-set-intro = عند تسجيل الدخول، سنرسل رمزًا لمرة واحدة في رسالة نصية إلى رقم هاتفك الذي تم التحقق منه.
otp-email-set-title = الرموز عبر البريد الإلكتروني
otp-email-set-intro = عند تسجيل الدخول، سنرسل رمزًا لمرة واحدة إلى عنوان بريدك الإلكتروني الذي تم التحقق منه.
turn-on = تفعيل
mfa-title = أكّد هويتك
mfa-intro = اختر طريقة تأكيد تسجيل الدخول.
mfa-set-title = إضافة عامل ثانٍ
mfa-set-intro = احمِ حسابك بخطوة ثانية عند تسجيل الدخول. اختر طريقة لإعدادها، أو تخطَّ ذلك الآن.
mfa-set-forced-intro = تشترط مؤسستك خطوة ثانية عند تسجيل الدخول. اختر طريقة لإعدادها.
skip = التخطي الآن
authenticator-app = تطبيق المصادقة
sms-codes = الرموز عبر الرسائل النصية
email-codes = الرموز عبر البريد الإلكتروني
security-key = مفتاح الأمان
recovery-codes-name = رموز الاسترداد
recovery-code-title = تسجيل الدخول برمز استرداد
recovery-code-intro = أدخل أحد رموز الاسترداد التي حفظتها. يعمل كل رمز مرة واحدة فقط.
recovery-code-label = رمز الاسترداد
second-factors-title = العوامل الثانية
factor-on = مفعّل
factor-off = غير مفعّل
factor-remove = إزالة
factor-removing = جارٍ الإزالة…
set-up = إعداد
generate = إنشاء رموز الاسترداد
regenerate = إنشاء رموز جديدة
recovery-needs-factor = أعِدّ عاملًا ثانيًا أولًا؛ تحلّ رموز الاسترداد محله إذا فقدته.
recovery-codes-shown-once = احفظ هذه الرموز في مكان آمن الآن: فهي لا تُعرض إلا مرة واحدة. يعمل كل رمز مرة واحدة. إنشاء رموز جديدة يُبطل هذه الرموز.
copy = نسخ
copied = تم النسخ
download = تنزيل (‎.txt)
totp-invalid = هذا الرمز غير صحيح أو منتهي الصلاحية. أدخل الرمز الذي يعرضه تطبيقك الآن.
totp-reused = تم استخدام هذا الرمز من قبل. انتظر الرمز التالي في تطبيقك.
totp-already-set-up = تم إعداد تطبيق مصادقة لحسابك بالفعل. أزله من ملفك الشخصي لإعداد تطبيق جديد.
recovery-invalid = رمز الاسترداد هذا غير صالح. تحقّق منه وحاول مرة أخرى.
recovery-used = تم استخدام رمز الاسترداد هذا من قبل. استخدم رمزًا آخر.
last-factor-refused = تشترط مؤسستك وجود عامل ثانٍ. أعِدّ عاملًا آخر قبل إزالة هذا العامل.
mfa-forced = تشترط مؤسستك وجود عامل ثانٍ، لذا لا يمكن تخطي هذه الخطوة.
otp-not-set-up = طريقة تسجيل الدخول هذه غير مُعدّة لحسابك. اختر طريقة أخرى.
otp-needs-verified-email = تحقّق من عنوان بريدك الإلكتروني في ملفك الشخصي أولًا.
otp-needs-verified-phone = أضِف رقم هاتف وتحقّق منه في ملفك الشخصي أولًا.
otp-no-challenge = لم يتم إرسال أي رمز بعد. اطلب رمزًا جديدًا.
second-factor-locked = رموز خاطئة كثيرة جدًا: تم قفل حسابك. تواصل مع المسؤول.

## Fallback route
not-found-title = الصفحة غير موجودة
not-found-body = لا يوجد شيء في هذا العنوان. تحقّق من الرابط أو ابدأ من جديد.
go-to-sign-in = الانتقال إلى تسجيل الدخول

## App sign-in (/login, /accounts, /signedin with an app's request, /device, /logout/done)
app-login-title = تسجيل الدخول
app-login-loading = جارٍ تجهيز تسجيل الدخول…
auth-request-gone = انتهت صلاحية طلب تسجيل الدخول هذا أو تم استخدامه من قبل. ارجع إلى التطبيق وابدأ من جديد.
accounts-title = اختر حسابًا
accounts-intro = تابع باستخدام حساب مسجّل الدخول على هذا الجهاز:
use-another-account = استخدام حساب آخر
returning-to-app = جارٍ الرجوع إلى التطبيق…
return-to-app = الرجوع إلى التطبيق
callback-failed-title = تتعذّر المتابعة إلى التطبيق
callback-reauthenticate = يطلب منك التطبيق تسجيل الدخول مرة أخرى.
callback-second-factor = تشترط مؤسستك عاملًا ثانيًا لهذا التطبيق.
callback-wrong-organization = لا يقبل هذا التطبيق حسابات مؤسستك. استخدم حسابًا آخر.
callback-already-answered = تمت الإجابة عن طلب تسجيل الدخول هذا من قبل. ارجع إلى التطبيق وابدأ من جديد.
sign-in-again = تسجيل الدخول مرة أخرى
device-title = ربط جهاز
device-intro = أدخل الرمز المعروض على جهازك.
device-code-label = الرمز
device-code-required = أدخل الرمز من جهازك.
device-code-unknown = هذا الرمز غير صالح أو منتهي الصلاحية. تحقّق من الرمز الحالي على الجهاز.
device-consent-title = السماح بالوصول؟
device-consent-intro = يريد الوصول إلى حسابك
device-scopes = يطلب
allow = سماح
deny = رفض
device-approved = تم. يمكنك الرجوع إلى جهازك.
device-denied = تم رفض الوصول. لم يتم ربط الجهاز.
logout-done-title = تم تسجيل الخروج
logout-done-body = تم تسجيل خروجك. يمكنك إغلاق هذه النافذة.

## Account centre (/password/set, /profile sections)
forgot-password = هل نسيت كلمة المرور؟
password-set-title = اختر كلمة مرور جديدة
password-set-intro = أدخل الرمز الوارد في البريد الإلكتروني واختر كلمة مرور جديدة.
password-reset-sent = أرسلنا إليك رسالة بريد إلكتروني تحتوي على رابط لإعادة تعيين كلمة المرور. افتح الرابط أو أدخل الرمز الوارد فيها أدناه.
set-new-password = تعيين كلمة مرور جديدة
password-set-done = تم تغيير كلمة المرور. سجّل الدخول باستخدام كلمة المرور الجديدة.
password-link-incomplete = هذا الرابط غير مكتمل. ابدأ من جديد من صفحة تسجيل الدخول.
section-profile = الملف الشخصي
section-email = البريد الإلكتروني
section-phone = الهاتف
section-password = كلمة المرور
section-security = الأمان
section-danger-zone = منطقة الخطر
nick-name-label = الاسم المستعار
display-name-label = الاسم المعروض
language-label = اللغة المفضلة
gender-label = الجنس
gender-unspecified = غير محدد
gender-female = أنثى
gender-male = ذكر
gender-diverse = متنوع
save = حفظ
saved = تم حفظ التغييرات.
cancel = إلغاء
username-required = أدخل اسم مستخدم.
username-taken = اسم المستخدم أو البريد الإلكتروني هذا مستخدم بالفعل.
change-email = تغيير البريد الإلكتروني
new-email-label = عنوان البريد الإلكتروني الجديد
send-code = إرسال الرمز
email-same = هذا هو عنوان بريدك الإلكتروني بالفعل.
phone-label = رقم الهاتف
phone-none = لا يوجد رقم هاتف بعد.
add-phone = إضافة رقم هاتف
change-phone = تغيير رقم الهاتف
remove-phone = إزالة رقم الهاتف
phone-invalid = أدخل الرقم بالصيغة الدولية، مثل ‎+41 79 123 45 67.
phone-code-label = الرمز الوارد في الرسالة النصية
no-sms-provider = يتعذّر إرسال الرسائل النصية حاليًا. حاول مرة أخرى لاحقًا.
password-changed = تم تغيير كلمة المرور.
end-other-sessions = تسجيل الخروج من جميع الجلسات الأخرى
session-ip = عنوان IP
sign-in-methods-title = طرق تسجيل الدخول
security-log-title = أحدث الأحداث الأمنية
security-log-empty = لا توجد أحداث أمنية بعد.
ev-signed-in = تسجيل الدخول
ev-password-failed = فشل تسجيل الدخول: كلمة مرور غير صحيحة
ev-password-changed = تم تغيير كلمة المرور
ev-email-changed = تم تغيير عنوان البريد الإلكتروني
ev-email-change-requested = تم طلب تغيير البريد الإلكتروني
ev-email-verified = تم التحقق من عنوان البريد الإلكتروني
ev-phone-changed = تم تعيين رقم الهاتف
ev-phone-verified = تم التحقق من رقم الهاتف
ev-phone-removed = تمت إزالة رقم الهاتف
ev-user-locked = تم قفل الحساب بعد محاولات فاشلة
ev-profile-changed = تم تغيير الملف الشخصي
ev-username-changed = تم تغيير اسم المستخدم
ev-account-created = تم إنشاء الحساب
ev-factor-added = تمت إضافة طريقة تسجيل دخول
ev-factor-removed = تمت إزالة طريقة تسجيل دخول
download-data = تنزيل بياناتي
download-data-intro = ملف JSON يحتوي على ملفك الشخصي وطرق تسجيل الدخول والجلسات والأحداث الأمنية.
delete-account = حذف حسابي
delete-account-intro = سيؤدي هذا إلى حذف حسابك وبياناته نهائيًا. أدخل كلمة المرور للتأكيد.
delete-account-confirm = حذف حسابي نهائيًا
deleting = جارٍ الحذف…
delete-forbidden = لا يمكن حذف الحسابات التي لها أدوار المسؤول من هنا.
outbox-sms-title = الرسائل النصية

## Passkeys and security keys (WebAuthn)
web-authn-unsupported = لا يمكن لهذا المتصفح استخدام مفاتيح المرور أو مفاتيح الأمان. استخدم متصفحًا حديثًا، أو سجّل الدخول باستخدام كلمة المرور.
web-authn-cancelled = تم إلغاء الطلب أو انتهت مهلته. حاول مرة أخرى عندما تكون جاهزًا.
web-authn-already-registered = هذا الجهاز مسجّل لحسابك بالفعل.
web-authn-failed = تعذّر على جهازك إكمال الطلب. حاول مرة أخرى.
web-authn-unknown-credential = مفتاح المرور هذا غير مسجّل لهذا الحساب. اختر مفتاحًا آخر، أو سجّل الدخول باستخدام كلمة المرور.
web-authn-expired = انتهت مهلة الطلب. حاول مرة أخرى.
passkeys-not-allowed = مفاتيح المرور معطّلة في هذه المؤسسة.
web-authn-last-factor = لا يمكنك إزالة آخر طريقة لتسجيل الدخول. أضِف طريقة أخرى أولًا.
sign-in-with-passkey = تسجيل الدخول باستخدام مفتاح مرور
passkey-title = سجّل الدخول باستخدام مفتاح المرور
passkey-intro = استخدم مفتاح المرور على هذا الجهاز أو على هاتفك: بصمة إصبعك أو وجهك أو قفل الشاشة يؤكد هويتك.
passkey-use = استخدام مفتاح المرور
passkey-waiting = في انتظار مفتاح المرور…
use-password-instead = استخدام كلمة المرور بدلًا من ذلك
passkey-set-title = إضافة مفتاح مرور
passkey-set-intro = سجّل الدخول ببصمة إصبعك أو وجهك أو قفل الشاشة بدلًا من كلمة المرور. يبقى مفتاح المرور على جهازك.
passkey-signup-intro = تم إنشاء حسابك. أنشئ الآن مفتاح المرور الذي ستسجّل الدخول به: بصمة إصبعك أو وجهك أو قفل الشاشة، دون كلمة مرور.
choose-another-way = اختيار طريقة أخرى لتسجيل الدخول
register-with-passkey-instead = استخدام مفتاح مرور بدلًا من كلمة مرور
register-with-password-instead = استخدام كلمة مرور بدلًا من ذلك
register-passkey-hint = لا حاجة إلى كلمة مرور: بعد هذه الخطوة ينشئ جهازك مفتاح مرور لهذا الحساب.
authenticator-set-title = تأمين حسابك
authenticator-set-intro = اختر طريقة تسجيل الدخول.
authenticator-passkey = مفتاح المرور
authenticator-passkey-hint = بصمة إصبعك أو وجهك أو قفل الشاشة. لا شيء لتتذكره، ولا يمكن سرقته بالتصيّد الاحتيالي.
authenticator-password = كلمة المرور
authenticator-password-hint = نرسل إليك رمزًا بالبريد الإلكتروني، ثم تختار كلمة مرور.
passkey-signup-grant = لا يمكن إضافة أول مفتاح مرور لهذا الحساب إلا من المتصفح الذي أنشأه، وخلال 15 دقيقة. اختر كلمة مرور بدلًا من ذلك، أو سجّل من جديد.
second-factor-before-first = سجّل الدخول بكلمة المرور أو مفتاح المرور أولًا.
passkeys-unavailable-here = مفاتيح المرور غير متاحة على هذا العنوان. سجّل الدخول بكلمة المرور، أو افتح صفحة تسجيل الدخول على عنوانها الرئيسي.
passkey-other-host = تم إنشاء مفتاح المرور هذا لعنوان آخر لهذه الخدمة. استخدمه هناك، أو أضِف مفتاح مرور هنا.
passkey-name-label = اسم مفتاح المرور هذا
passkey-create = إنشاء مفتاح مرور
passkey-creating = في انتظار جهازك…
passkey-added = تمت إضافة مفتاح المرور. يمكنك تسجيل الدخول به من الآن.
not-now = ليس الآن
back-to-profile = الرجوع إلى ملفك الشخصي
u2f-title = التأكيد باستخدام مفتاح الأمان
u2f-intro = أدخِل مفتاح الأمان الذي سجّلته لهذا الحساب أو المسه.
u2f-use = استخدام مفتاح الأمان
u2f-waiting = في انتظار مفتاح الأمان…
u2f-set-title = إضافة مفتاح أمان
u2f-set-intro = يؤكد مفتاح الأمان هويتك بعد كلمة المرور، فلا تكفي كلمة مرور مسروقة وحدها.
u2f-name-label = اسم مفتاح الأمان هذا
u2f-create = تسجيل مفتاح الأمان
u2f-added = تمت إضافة مفتاح الأمان. سيُطلب منك بعد إدخال كلمة المرور.
passkeys = مفاتيح المرور
passkeys-empty = لا توجد مفاتيح مرور بعد.
passkey-add = إضافة مفتاح مرور
security-keys = مفاتيح الأمان
security-keys-empty = لا توجد مفاتيح أمان بعد.
security-key-add = إضافة مفتاح أمان
rename = إعادة تسمية
remove = إزالة
added-on = تاريخ الإضافة
last-used = آخر استخدام
never-used = لم يُستخدم قط
name-required = أدخل اسمًا.

## Confirm it's you (re-authentication dialog)
reauth-title = أكّد هويتك
reauth-intro = يتطلب هذا التغيير تسجيل دخول حديثًا. أدخل كلمة المرور للمتابعة.
reauth-intro-passkey = يتطلب هذا التغيير تسجيل دخول حديثًا. استخدم مفتاح المرور للمتابعة.
reauth-confirm = تأكيد
reauth-checking = جارٍ التحقق…
reauth-with-passkey = استخدام مفتاح مرور
reauth-required = أكّد هويتك لإجراء هذا التغيير.
phone-otp-sms-warning = تصلك رموز تسجيل الدخول في رسائل نصية على هذا الرقم. يؤدي تغييره أو إزالته إلى إيقافها؛ أعِد إعدادها بعد التحقق من الرقم الجديد.

## / The text of `msg`.

## Messages with variables (functions in src/i18n.rs)
page-title = { $page } · { $app }
rule-length = { $min_length ->
    [zero] { $min_length } حرف على الأقل
    [one] حرف واحد على الأقل
    [two] حرفان على الأقل
    [few] { $min_length } أحرف على الأقل
    [many] { $min_length } حرفًا على الأقل
   *[other] { $min_length } حرف على الأقل
}
browser-on-os = { $browser } على { $os }
login-on-device = { $login_name } · { $device }
verify-intro = أرسلنا رمز تحقق إلى { $email }. أدخله أدناه.
resend-in = إرسال رمز جديد ({ $seconds } ث)
email-pending = في انتظار التحقق: أرسلنا رمزًا إلى { $email }. يظل عنوانك الحالي مستخدمًا حتى ذلك الحين.
sms-sent = أرسلنا رمزًا في رسالة نصية إلى { $phone }.
idp-continue-with = المتابعة باستخدام { $provider }
idp-register-intro = تحقّق من البيانات الواردة من حسابك على { $provider }، ثم أنشئ حسابك.
idp-link-intro = سجّل الدخول بكلمة المرور لربط حسابك على { $provider } به.
idp-no-account = لا يوجد هنا حساب مرتبط بحسابك على { $provider }، ولا يمكن إنشاء حساب أو ربطه هنا. سجّل الدخول بطريقة أخرى.
idp-linked = تم ربط حسابك على { $provider }. يمكنك تسجيل الدخول به من الآن.

## Org-scoped login: a name shared by users of several organisations
login-name-ambiguous = يستخدم أكثر من حساب هذا الاسم. أدخل اسم تسجيل الدخول الكامل: اسم-المستخدم@نطاق-المؤسسة.

## Account centre: profile picture, code resend limit
avatar-title = صورة الملف الشخصي
avatar-choose = تغيير الصورة
avatar-hint = PNG أو JPEG أو GIF أو WebP، حتى 5 ميغابايت. تُقص الصورة على شكل مربع.
avatar-save = حفظ الصورة
avatar-remove = إزالة الصورة
avatar-too-big = هذه الصورة كبيرة جدًا: اختر صورة لا يزيد حجمها عن 5 ميغابايت.
avatar-not-image = هذا الملف ليس صورة يمكن استخدامها: اختر صورة PNG أو JPEG أو GIF أو WebP.
avatar-saved = تم حفظ صورتك الجديدة.
avatar-removed = تمت إزالة صورتك.
too-many-codes = لقد طلبت رموزًا كثيرة جدًا. انتظر بضع دقائق قبل أن تطلب رمزًا آخر.

## Security log: session ended (sign-out), with the device and address that ended it
ev-signed-out = تسجيل الخروج

## Account centre: deleting one's own account forbidden by the org's account policy
delete-forbidden-policy = لا تسمح سياسة مؤسستك بحذف حسابك بنفسك. اطلب من مسؤول حذفه.
