# Gatehouse UI messages: Turkish (Türkçe).
# Every other locales/<lang>.ftl has exactly these ids with the same { $variables }.
# Ids are the kebab-case names of the SPA's i18n::Msg variants (LoginNameTitle -> login-name-title).


## Shared
app-name = Gatehouse
skip-to-content = Ana içeriğe atla

## Branding and legal footer
brand-logo-alt = Kuruluş logosu
legal-nav-label = Yasal bilgiler ve destek
legal-tos = Hizmet şartları
legal-privacy = Gizlilik politikası
legal-help = Yardım
legal-docs = Belgeler
legal-support = Destek ekibiyle iletişime geçin
powered-by = Gatehouse ile korunmaktadır
language-switcher-label = Dil
loading = Yükleniyor…
load-failed = Bu sayfa yüklenemedi.
retry = Tekrar dene
network-error = Sunucuya ulaşılamıyor. Bağlantınızı kontrol edip tekrar deneyin.
unexpected = Bir sorun oluştu. Lütfen tekrar deneyin.
server-error = Bizim tarafımızda bir sorun oluştu. Lütfen biraz sonra tekrar deneyin.
not-allowed = Bu işlemi yapma izniniz yok.
session-expired = Oturumunuzun süresi doldu.
too-many-attempts = Çok fazla deneme yapıldı. Bir dakika bekleyip tekrar deneyin.
invalid-input = Bazı bilgiler geçersiz. Kontrol edip tekrar deneyin.

## /loginname
login-name-title = Oturum açın
login-name-intro = Devam etmek için kullanıcı adınızı veya e-posta adresinizi girin.
login-name-label = Kullanıcı adı veya e-posta
login-name-required = Kullanıcı adınızı veya e-posta adresinizi girin.
user-not-found = Bu kullanıcı adına veya e-posta adresine sahip bir hesap bulunamadı.
continue = Devam
checking = Kontrol ediliyor…
no-account-yet = Henüz hesabınız yok mu?
create-account-link = Hesap oluşturun
signed-out = Oturumunuz kapatıldı.
email-verified-sign-in = E-posta adresiniz doğrulandı. Devam etmek için oturum açın.

## External identity providers (buttons on /loginname, /idp/{provider}/success and /failure, linked accounts)
idp-or = veya
idp-redirecting = Yönlendiriliyor…
idp-signing-in = Oturumunuz açılıyor…
idp-link-incomplete = Bu oturum açma bağlantısı eksik. Oturum açma sayfasından yeniden başlayın.
idp-intent-invalid = Bu oturum açma denemesinin süresi dolmuş veya deneme zaten kullanılmış. Oturum açma sayfasından yeniden başlayın.
idp-register-title = Hesabınızı oluşturun
idp-link-title = Zaten hesabınız var mı?
idp-link-submit = Oturum açın ve bağlayın
idp-no-account-title = Hesap bulunamadı
idp-linked-title = Hesap bağlandı
idp-linked-elsewhere = Sağlayıcıdaki bu hesap zaten başka bir kullanıcıya bağlı.
idp-failure-title = Oturum açılamadı
idp-denied = Oturum açma işlemi sağlayıcıda iptal edildi veya reddedildi. Hiçbir şey değiştirilmedi.
idp-failed = Sağlayıcı oturumunuzu açamadı. Tekrar deneyin veya başka bir yolla oturum açın.
idp-link-failed = Hesap bağlanamadı: Sağlayıcı oturumunuzu açmadı. Hiçbir şey değiştirilmedi.
back-to-sign-in = Oturum açmaya dön
linked-accounts-title = Bağlı hesaplar
linked-accounts-empty = Henüz başka sağlayıcılardan bağlanmış hesap yok.
link-another-account = Başka bir hesap bağlayın
idp-last-login-method = Bu, oturum açmanın tek yolu. Kaldırmadan önce bir şifre veya geçiş anahtarı ekleyin.
username-invalid = Bir kullanıcı adı girin.

## /password
password-title = Şifrenizi girin
not-you = Siz değil misiniz?
password-label = Şifre
password-required = Şifrenizi girin.
sign-in = Oturum aç
signing-in = Oturum açılıyor…
wrong-password = Şifre yanlış. Tekrar deneyin.
user-locked = Bu hesap çok fazla başarısız denemeden sonra kilitlendi. Yöneticinizle iletişime geçin.
email-unverified = Oturum açmadan önce lütfen e-posta adresinizi doğrulayın.
verify-email-link = E-posta adresinizi doğrulayın
password-change-required = Devam etmeden önce şifrenizi değiştirmeniz gerekiyor.
login-name-or-password-wrong = Kullanıcı adı veya şifre yanlış.

## /password/change
password-change-title = Şifrenizi değiştirin
password-change-intro = Devam edebilmek için şifrenizin değiştirilmesi gerekiyor.
current-password-label = Mevcut şifre
current-password-required = Mevcut şifrenizi girin.
new-password-label = Yeni şifre
new-password-confirm-label = Yeni şifreyi onaylayın
change-password = Şifreyi değiştir
saving = Kaydediliyor…
password-policy-not-met = Bu şifre aşağıdaki gereksinimleri karşılamıyor.
same-password = Mevcut şifrenizden farklı bir şifre seçin.

## /register
register-title = Hesabınızı oluşturun
register-intro = Yalnızca bir dakika sürer.
given-name-label = Ad
given-name-required = Adınızı girin.
family-name-label = Soyadı
family-name-required = Soyadınızı girin.
email-label = E-posta
email-required = E-posta adresinizi girin.
email-invalid = Geçerli bir e-posta adresi girin, örneğin ad@example.com.
email-taken = Bu e-posta adresine sahip bir hesap zaten var.
password-confirm-label = Şifreyi onaylayın
create-account = Hesap oluştur
creating-account = Hesap oluşturuluyor…
have-account = Zaten hesabınız var mı?
sign-in-link = Oturum açın

## Password checklist
checklist-title = Şifrenizde bulunması gerekenler
rule-uppercase = Bir büyük harf
rule-lowercase = Bir küçük harf
rule-number = Bir rakam
rule-symbol = ! veya # gibi bir sembol
rule-match = İki şifre eşleşiyor
rule-met = , tamam
rule-not-met = , henüz değil
policy-loading = Şifre kuralları yükleniyor…
policy-load-failed = Şifre kuralları yüklenemedi.

## /verify
verify-title = E-posta adresinizi doğrulayın
verify-intro-generic = E-posta adresinize bir doğrulama kodu gönderdik. Kodu aşağıya girin.
code-label = Doğrulama kodu
code-required = E-postadaki kodu girin.
code-invalid = Bu kod doğru değil.
code-expired = Bu kodun süresi doldu. Size yeni bir kod gönderebiliriz.
verify = Doğrula
verifying = Doğrulanıyor…
resend = Yeni kod gönder
sending = Gönderiliyor…
code-sent = Yeni kod gönderildi. Gelen kutunuzu kontrol edin.
verify-link-incomplete = Bu doğrulama bağlantısı eksik. Yeni bir kod almak için tekrar oturum açın.
verify-user-unknown = Bu doğrulama bağlantısı hiçbir hesaba ait değil. Yeni bir kod almak için tekrar oturum açın.

## /signedin
signed-in-title = Oturum açtınız
signed-in-as = Oturum açan hesap
profile-link = Profilinize gidin

## /profile
profile-title = Profiliniz
username-label = Kullanıcı adı
verified = Doğrulandı
not-verified = Doğrulanmadı
sessions-title = Etkin oturumlar
this-browser = Bu tarayıcı
unknown-device = Bilinmeyen cihaz
session-created = Oturum açma
session-last-active = Son etkinlik
no-sessions = Etkin oturum yok.
log-out = Oturumu kapat
log-out-everywhere = Her yerde oturumu kapat
logging-out = Oturum kapatılıyor…

## /logout
logout-title = Oturumu kapatın
logout-intro = Bu tarayıcıda şu hesaplarda oturum açık.
end-session = Oturumu kapat
logout-all = Tüm hesaplarda oturumu kapat
no-browser-sessions = Bu tarayıcıda oturum açmış kimse yok.

## /dev/outbox
outbox-title = Geliştirme giden kutusu
outbox-intro = Sunucunun gönderdiği e-postalar, en yenisi önce. Yalnızca geliştirme ortamında kullanılabilir.
outbox-empty = Henüz e-posta yok.
outbox-disabled = Geliştirme giden kutusu etkin değil (e-postalar SMTP ile gönderiliyor).
refresh = Yenile
mail-to = Alıcı
mail-date = Tarih

## Second factors (authenticator app, codes by email/SMS, recovery codes, /mfa, /mfa/set)
totp-title = Kimlik doğrulama uygulamanızdaki kodu girin
totp-intro = Kimlik doğrulama uygulamanızı açın ve bu hesap için gösterilen 6 haneli kodu girin.
otp-sms-title = Size SMS ile gönderdiğimiz kodu girin
otp-sms-intro = Telefonunuza 6 haneli bir kod gönderdik. Kod beş dakika geçerlidir.
otp-email-title = Size e-postayla gönderdiğimiz kodu girin
otp-email-intro = E-posta adresinize 6 haneli bir kod gönderdik. Kod beş dakika geçerlidir.
other-method = Başka bir yöntem kullan
use-recovery-code = Kurtarma kodu kullan
totp-set-title = Kimlik doğrulama uygulaması kurun
totp-set-intro = Bu QR kodunu kimlik doğrulama uygulamanızla tarayın veya aşağıdaki anahtarı uygulamaya yazın. Ardından uygulamanın gösterdiği 6 haneli kodu girin.
totp-secret-label = Elle giriş için anahtar
otp-sms-set-title = SMS ile kodlar
otp-sms-set-intro = Oturum açtığınızda doğrulanmış telefon numaranıza SMS ile tek kullanımlık bir kod göndeririz.
otp-email-set-title = E-postayla kodlar
otp-email-set-intro = Oturum açtığınızda doğrulanmış e-posta adresinize tek kullanımlık bir kod göndeririz.
turn-on = Aç
mfa-title = Siz olduğunuzu onaylayın
mfa-intro = Oturum açma işleminizi nasıl onaylayacağınızı seçin.
mfa-set-title = İkinci bir faktör ekleyin
mfa-set-intro = Oturum açarken ikinci bir adımla hesabınızı koruyun. Kurmak için bir yöntem seçin veya şimdilik atlayın.
mfa-set-forced-intro = Kuruluşunuz oturum açarken ikinci bir adım gerektiriyor. Kurmak için bir yöntem seçin.
skip = Şimdilik atla
authenticator-app = Kimlik doğrulama uygulaması
sms-codes = SMS ile kodlar
email-codes = E-postayla kodlar
security-key = Güvenlik anahtarı
recovery-codes-name = Kurtarma kodları
recovery-code-title = Kurtarma koduyla oturum açın
recovery-code-intro = Kaydettiğiniz kurtarma kodlarından birini girin. Her kod yalnızca bir kez kullanılabilir.
recovery-code-label = Kurtarma kodu
second-factors-title = İkinci faktörler
factor-on = Açık
factor-off = Kapalı
factor-remove = Kaldır
factor-removing = Kaldırılıyor…
set-up = Kur
generate = Kurtarma kodları oluştur
regenerate = Yeni kodlar oluştur
recovery-needs-factor = Önce ikinci bir faktör kurun; kaybolduğunda kurtarma kodları onun yerine geçer.
recovery-codes-shown-once = Bu kodları şimdi güvenli bir yere kaydedin: yalnızca bir kez gösterilirler. Her kod bir kez çalışır. Yeni kodlar oluşturursanız bu kodlar geçersiz olur.
copy = Kopyala
copied = Kopyalandı
download = İndir (.txt)
totp-invalid = Bu kod yanlış veya süresi dolmuş. Uygulamanızın şu anda gösterdiği kodu girin.
totp-reused = Bu kod zaten kullanıldı. Uygulamanızdaki bir sonraki kodu bekleyin.
totp-already-set-up = Hesabınız için zaten bir kimlik doğrulama uygulaması ayarlanmış. Yenisini ayarlamak için profilinizden kaldırın.
recovery-invalid = Bu kurtarma kodu geçerli değil. Kontrol edip tekrar deneyin.
recovery-used = Bu kurtarma kodu zaten kullanıldı. Başka bir kod kullanın.
last-factor-refused = Kuruluşunuz ikinci bir faktör gerektiriyor. Bunu kaldırmadan önce başka bir faktör kurun.
mfa-forced = Kuruluşunuz ikinci bir faktör gerektirdiğinden bu adım atlanamaz.
otp-not-set-up = Bu oturum açma yöntemi hesabınız için kurulmamış. Başka bir yöntem seçin.
otp-needs-verified-email = Önce profilinizde e-posta adresinizi doğrulayın.
otp-needs-verified-phone = Önce profilinizde bir telefon numarası ekleyip doğrulayın.
otp-no-challenge = Henüz kod gönderilmedi. Yeni bir kod isteyin.
second-factor-locked = Çok fazla yanlış kod girildi: hesabınız kilitlendi. Yöneticinizle iletişime geçin.

## Fallback route
not-found-title = Sayfa bulunamadı
not-found-body = Bu adreste hiçbir şey yok. Bağlantıyı kontrol edin veya baştan başlayın.
go-to-sign-in = Oturum açmaya git

## App sign-in (/login, /accounts, /signedin with an app's request, /device, /logout/done)
app-login-title = Oturum açın
app-login-loading = Oturum açma hazırlanıyor…
auth-request-gone = Bu oturum açma isteğinin süresi doldu veya istek zaten kullanıldı. Uygulamaya dönüp yeniden başlayın.
accounts-title = Bir hesap seçin
accounts-intro = Bu cihazda oturum açmış bir hesapla devam edin:
use-another-account = Başka bir hesap kullan
returning-to-app = Uygulamaya dönülüyor…
return-to-app = Uygulamaya dön
callback-failed-title = Uygulamaya devam edilemiyor
callback-reauthenticate = Uygulama tekrar oturum açmanızı istiyor.
callback-second-factor = Kuruluşunuz bu uygulama için ikinci bir faktör gerektiriyor.
callback-wrong-organization = Bu uygulama kuruluşunuzun hesaplarını kabul etmiyor. Başka bir hesap kullanın.
callback-already-answered = Bu oturum açma isteği zaten yanıtlandı. Uygulamaya dönüp yeniden başlayın.
sign-in-again = Tekrar oturum aç
device-title = Cihaz bağlayın
device-intro = Cihazınızda gösterilen kodu girin.
device-code-label = Kod
device-code-required = Cihazınızdaki kodu girin.
device-code-unknown = Bu kod geçerli değil veya süresi dolmuş. Güncel kodu cihazda kontrol edin.
device-consent-title = Erişime izin verilsin mi?
device-consent-intro = hesabınıza erişmek istiyor
device-scopes = İstenen izinler
allow = İzin ver
deny = Reddet
device-approved = Tamamlandı. Cihazınıza dönebilirsiniz.
device-denied = Erişim reddedildi. Cihaz bağlanmadı.
logout-done-title = Oturum kapatıldı
logout-done-body = Oturumunuz kapatıldı. Bu pencereyi kapatabilirsiniz.

## Account centre (/password/set, /profile sections)
forgot-password = Şifrenizi mi unuttunuz?
password-set-title = Yeni bir şifre seçin
password-set-intro = E-postadaki kodu girin ve yeni bir şifre seçin.
password-reset-sent = Size şifrenizi sıfırlamak için bir bağlantı içeren e-posta gönderdik. Bağlantıyı açın veya e-postadaki kodu aşağıya girin.
set-new-password = Yeni şifreyi ayarla
password-set-done = Şifreniz değiştirildi. Yeni şifrenizle oturum açın.
password-link-incomplete = Bu bağlantı eksik. Oturum açma sayfasından yeniden başlayın.
section-profile = Profil
section-email = E-posta
section-phone = Telefon
section-password = Şifre
section-security = Güvenlik
section-danger-zone = Tehlikeli bölge
nick-name-label = Takma ad
display-name-label = Görünen ad
language-label = Tercih edilen dil
gender-label = Cinsiyet
gender-unspecified = Belirtilmedi
gender-female = Kadın
gender-male = Erkek
gender-diverse = Diğer
save = Kaydet
saved = Değişiklikleriniz kaydedildi.
cancel = İptal
username-required = Bir kullanıcı adı girin.
username-taken = Bu kullanıcı adı veya e-posta zaten kullanılıyor.
change-email = E-postayı değiştir
new-email-label = Yeni e-posta adresi
send-code = Kod gönder
email-same = Bu zaten sizin e-posta adresiniz.
phone-label = Telefon numarası
phone-none = Henüz telefon numarası yok.
add-phone = Telefon numarası ekle
change-phone = Telefon numarasını değiştir
remove-phone = Telefon numarasını kaldır
phone-invalid = Numarayı uluslararası biçimde girin, örneğin +41 79 123 45 67.
phone-code-label = SMS'teki kod
no-sms-provider = Şu anda SMS gönderilemiyor. Daha sonra tekrar deneyin.
password-changed = Şifreniz değiştirildi.
end-other-sessions = Diğer tüm oturumları kapat
session-ip = IP adresi
sign-in-methods-title = Oturum açma yöntemleri
security-log-title = Son güvenlik olayları
security-log-empty = Henüz güvenlik olayı yok.
ev-signed-in = Oturum açıldı
ev-password-failed = Başarısız oturum açma: yanlış şifre
ev-password-changed = Şifre değiştirildi
ev-email-changed = E-posta adresi değiştirildi
ev-email-change-requested = E-posta değişikliği istendi
ev-email-verified = E-posta adresi doğrulandı
ev-phone-changed = Telefon numarası ayarlandı
ev-phone-verified = Telefon numarası doğrulandı
ev-phone-removed = Telefon numarası kaldırıldı
ev-user-locked = Başarısız denemelerden sonra hesap kilitlendi
ev-profile-changed = Profil değiştirildi
ev-username-changed = Kullanıcı adı değiştirildi
ev-account-created = Hesap oluşturuldu
ev-factor-added = Oturum açma yöntemi eklendi
ev-factor-removed = Oturum açma yöntemi kaldırıldı
download-data = Verilerimi indir
download-data-intro = Profilinizi, oturum açma yöntemlerinizi, oturumlarınızı ve güvenlik olaylarınızı içeren bir JSON dosyası.
delete-account = Hesabımı sil
delete-account-intro = Bu işlem hesabınızı ve verilerini kalıcı olarak siler. Onaylamak için şifrenizi girin.
delete-account-confirm = Hesabımı kalıcı olarak sil
deleting = Siliniyor…
delete-forbidden = Yönetici rollerine sahip hesaplar burada silinemez.
outbox-sms-title = SMS mesajları

## Passkeys and security keys (WebAuthn)
web-authn-unsupported = Bu tarayıcı geçiş anahtarlarını veya güvenlik anahtarlarını kullanamıyor. Güncel bir tarayıcı kullanın veya şifrenizle oturum açın.
web-authn-cancelled = İstek iptal edildi veya zaman aşımına uğradı. Hazır olduğunuzda tekrar deneyin.
web-authn-already-registered = Bu cihaz hesabınız için zaten kayıtlı.
web-authn-failed = Cihazınız isteği tamamlayamadı. Tekrar deneyin.
web-authn-unknown-credential = Bu geçiş anahtarı bu hesap için kayıtlı değil. Başka bir anahtar seçin veya şifrenizle oturum açın.
web-authn-expired = İstek zaman aşımına uğradı. Tekrar deneyin.
passkeys-not-allowed = Geçiş anahtarları bu kuruluş için kapalı.
web-authn-last-factor = Oturum açmanın son yolunu kaldıramazsınız. Önce başka bir yol ekleyin.
sign-in-with-passkey = Geçiş anahtarıyla oturum açın
passkey-title = Geçiş anahtarınızla oturum açın
passkey-intro = Bu cihazdaki veya telefonunuzdaki geçiş anahtarını kullanın: Parmak iziniz, yüzünüz veya ekran kilidiniz siz olduğunuzu onaylar.
passkey-use = Geçiş anahtarını kullan
passkey-waiting = Geçiş anahtarınız bekleniyor…
use-password-instead = Bunun yerine şifrenizi kullanın
passkey-set-title = Geçiş anahtarı ekleyin
passkey-set-intro = Şifre yerine parmak iziniz, yüzünüz veya ekran kilidinizle oturum açın. Geçiş anahtarı cihazınızda kalır.
passkey-signup-intro = Hesabınız oluşturuldu. Şimdi oturum açarken kullanacağınız geçiş anahtarını oluşturun: parmak iziniz, yüzünüz veya ekran kilidiniz; şifre yok.
choose-another-way = Başka bir oturum açma yolu seçin
register-with-passkey-instead = Şifre yerine geçiş anahtarı kullan
register-with-password-instead = Bunun yerine şifre kullan
register-passkey-hint = Şifre gerekmez: Bu adımdan sonra cihazınız bu hesap için bir geçiş anahtarı oluşturur.
authenticator-set-title = Hesabınızı güvenceye alın
authenticator-set-intro = Nasıl oturum açacağınızı seçin.
authenticator-passkey = Geçiş anahtarı
authenticator-passkey-hint = Parmak iziniz, yüzünüz veya ekran kilidiniz. Hatırlamanız gereken bir şey yok ve kimlik avıyla ele geçirilemez.
authenticator-password = Şifre
authenticator-password-hint = Size e-postayla bir kod göndeririz, ardından bir şifre seçersiniz.
passkey-signup-grant = Bu hesabın ilk geçiş anahtarını yalnızca hesabı oluşturan tarayıcı, 15 dakika içinde ekleyebilir. Bunun yerine bir şifre seçin veya yeniden kaydolun.
second-factor-before-first = Önce şifrenizle veya geçiş anahtarınızla oturum açın.
passkeys-unavailable-here = Geçiş anahtarları bu adreste kullanılamıyor. Şifrenizle oturum açın veya oturum açma sayfasını ana adresinde açın.
passkey-other-host = Bu geçiş anahtarı bu hizmetin başka bir adresi için oluşturuldu. Onu orada kullanın veya burada bir geçiş anahtarı ekleyin.
passkey-name-label = Bu geçiş anahtarının adı
passkey-create = Geçiş anahtarı oluştur
passkey-creating = Cihazınız bekleniyor…
passkey-added = Geçiş anahtarı eklendi. Artık onunla oturum açabilirsiniz.
not-now = Şimdi değil
back-to-profile = Profilinize dönün
u2f-title = Güvenlik anahtarınızla onaylayın
u2f-intro = Bu hesap için kaydettiğiniz güvenlik anahtarını takın veya ona dokunun.
u2f-use = Güvenlik anahtarını kullan
u2f-waiting = Güvenlik anahtarınız bekleniyor…
u2f-set-title = Güvenlik anahtarı ekleyin
u2f-set-intro = Güvenlik anahtarı, şifrenizden sonra siz olduğunuzu onaylar; böylece çalınan bir şifre tek başına yeterli olmaz.
u2f-name-label = Bu güvenlik anahtarının adı
u2f-create = Güvenlik anahtarını kaydet
u2f-added = Güvenlik anahtarı eklendi. Şifrenizden sonra sizden istenecek.
passkeys = Geçiş anahtarları
passkeys-empty = Henüz geçiş anahtarı yok.
passkey-add = Geçiş anahtarı ekle
security-keys = Güvenlik anahtarları
security-keys-empty = Henüz güvenlik anahtarı yok.
security-key-add = Güvenlik anahtarı ekle
rename = Yeniden adlandır
remove = Kaldır
added-on = Eklenme:
last-used = Son kullanım:
never-used = Hiç kullanılmadı
name-required = Bir ad girin.

## Confirm it's you (re-authentication dialog)
reauth-title = Siz olduğunuzu onaylayın
reauth-intro = Bu değişiklik için yakın zamanda oturum açmış olmanız gerekiyor. Devam etmek için şifrenizi girin.
reauth-intro-passkey = Bu değişiklik için yakın zamanda oturum açmış olmanız gerekiyor. Devam etmek için geçiş anahtarınızı kullanın.
reauth-confirm = Onayla
reauth-checking = Kontrol ediliyor…
reauth-with-passkey = Geçiş anahtarı kullan
reauth-required = Bu değişikliği yapmak için siz olduğunuzu onaylayın.
phone-otp-sms-warning = Oturum açma kodlarını bu numaraya SMS ile alıyorsunuz. Numarayı değiştirmek veya kaldırmak kodları kapatır; yeni numara doğrulandıktan sonra yeniden kurun.

## / The text of `msg`.

## Messages with variables (functions in src/i18n.rs)
page-title = { $page } · { $app }
rule-length = { $min_length ->
    [one] En az { $min_length } karakter
   *[other] En az { $min_length } karakter
}
browser-on-os = { $os } üzerinde { $browser }
login-on-device = { $login_name } · { $device }
verify-intro = { $email } adresine bir doğrulama kodu gönderdik. Kodu aşağıya girin.
resend-in = Yeni kod gönder ({ $seconds } sn)
email-pending = Doğrulama bekleniyor: { $email } adresine bir kod gönderdik. O zamana kadar mevcut adresiniz kullanılmaya devam eder.
sms-sent = { $phone } numarasına SMS ile bir kod gönderdik.
idp-continue-with = { $provider } ile devam et
idp-register-intro = { $provider } hesabınızdan gelen bilgileri kontrol edin, ardından hesabınızı oluşturun.
idp-link-intro = { $provider } hesabınızı bağlamak için şifrenizle oturum açın.
idp-no-account = Burada { $provider } hesabınıza bağlı bir hesap yok ve burada hesap oluşturulamaz veya bağlanamaz. Başka bir yolla oturum açın.
idp-linked = { $provider } hesabınız artık bağlı. Bundan sonra onunla oturum açabilirsiniz.

## Org-scoped login: a name shared by users of several organisations
login-name-ambiguous = Bu adı birden fazla hesap kullanıyor. Tam giriş adınızı girin: kullanıcıadı@kuruluş-alanadı.

## Account centre: profile picture, code resend limit
avatar-title = Profil resmi
avatar-choose = Resmi değiştir
avatar-hint = PNG, JPEG, GIF veya WebP, en fazla 5 MB. Kare olarak kırpılır.
avatar-save = Resmi kaydet
avatar-remove = Resmi kaldır
avatar-too-big = Bu resim çok büyük: en fazla 5 MB olan bir resim seçin.
avatar-not-image = Bu dosya kullanılabilir bir resim değil: PNG, JPEG, GIF veya WebP resmi seçin.
avatar-saved = Yeni resminiz kaydedildi.
avatar-removed = Resminiz kaldırıldı.
too-many-codes = Çok fazla kod istediniz. Yenisini istemeden önce birkaç dakika bekleyin.

## Security log: session ended (sign-out), with the device and address that ended it
ev-signed-out = Oturum kapatıldı

## Account centre: deleting one's own account forbidden by the org's account policy
delete-forbidden-policy = Kuruluşunuzun politikası kendi hesabınızı silmenize izin vermiyor. Silmesi için bir yöneticiye başvurun.
