# Gatehouse mail texts: Turkish (Türkçe).
# Translation of server/locales/en.ftl: same ids and placeables; one message per line, except plural selectors.

## Parts every mail shares
# $name: the recipient's display name (as the user typed it)
mail-greeting = Merhaba { $name },
# Label in front of a one-time code, shown as "Code: ABC123"
mail-code-label = Kod
mail-or-open-link = Veya bu bağlantıyı açın:
mail-button-fallback = Düğme çalışmazsa bu bağlantıyı kopyalayıp tarayıcınıza yapıştırın:
mail-ignore = Bunu siz istemediyseniz bu e-postayı dikkate almayın.
# $sender: the organisation's name (or "Gatehouse")
mail-footer = Bu e-posta, { $sender } hesabınız nedeniyle { $sender } tarafından gönderildi.

## Email verification (a code and a link to confirm an address)
mail-verify-subject = E-posta adresinizi doğrulayın
# $email: the address being confirmed
mail-verify-intro = Lütfen bu kodu girerek { $email } e-posta adresinizi onaylayın:
mail-verify-button = E-postayı doğrula
mail-verify-validity =
    { $hours ->
        [one] Kod bir saat geçerlidir.
       *[other] Kod { $hours } saat geçerlidir.
    }

## Password reset
mail-reset-subject = Şifrenizi sıfırlayın
mail-reset-intro = Birisi hesabınızın şifresini sıfırlamak istedi. Yeni bir şifre seçmek için aşağıdaki bağlantıyı açın veya bu kodu girin:
mail-reset-button = Yeni şifre seçin
mail-reset-validity =
    { $hours ->
        [one] Kod bir saat geçerlidir.
       *[other] Kod { $hours } saat geçerlidir.
    }

## One-time sign-in code by email (second factor)
mail-otp-subject = Oturum açma kodunuz
mail-otp-intro = Tek kullanımlık oturum açma kodunuz:
mail-otp-validity =
    { $minutes ->
        [one] Kod bir dakika geçerlidir.
       *[other] Kod { $minutes } dakika geçerlidir.
    }
mail-otp-ignore = Oturum açmaya çalışmadıysanız şifrenizi değiştirin.

## Link to add a passkey
mail-passkey-link-subject = Hesabınıza geçiş anahtarı ekleyin
mail-passkey-link-intro = Hesabınıza geçiş anahtarı eklemek için bu bağlantıyı açın:
mail-passkey-link-button = Geçiş anahtarı ekle
mail-passkey-link-validity =
    { $hours ->
        [one] Bağlantı bir saat boyunca, yalnızca bir kez çalışır.
       *[other] Bağlantı { $hours } saat boyunca, yalnızca bir kez çalışır.
    }
mail-passkey-link-ignore = Bu e-postayı beklemiyorsanız dikkate almayın.

## Notifications about changes to an account's security
mail-security-password-changed-subject = Şifreniz değiştirildi
mail-security-password-changed = Hesabınızın şifresi değiştirildi.
mail-security-email-changed-subject = E-posta adresiniz değiştirildi
# $email: the new address
mail-security-email-changed = Hesabınızın e-posta adresi { $email } olarak değiştirildi.
mail-security-phone-changed-subject = Telefon numaranız değiştirildi
# $phone: the new number
mail-security-phone-changed = Hesabınızın telefon numarası { $phone } olarak değiştirildi.
mail-security-phone-removed = Telefon numarası hesabınızdan kaldırıldı.
mail-security-username-changed-subject = Kullanıcı adınız değiştirildi
# $username: the new username
mail-security-username-changed = Kullanıcı adınız { $username } olarak değiştirildi.
mail-security-factor-added-subject = Hesabınıza bir oturum açma yöntemi eklendi
# $factor: one of the mail-factor-* texts below
mail-security-factor-added = Hesabınıza bir oturum açma yöntemi eklendi: { $factor }.
mail-security-factor-removed-subject = Hesabınızdan bir oturum açma yöntemi kaldırıldı
mail-security-factor-removed = Hesabınızdan bir oturum açma yöntemi kaldırıldı: { $factor }.
mail-security-account-deleted-subject = Hesabınız silindi
mail-security-account-deleted = Hesabınız ve verileri silindi.
mail-security-if-you = Bunu siz yaptıysanız yapmanız gereken bir şey yok.
mail-security-if-not = Siz yapmadıysanız hemen şifrenizi sıfırlayın ve hesabınızın oturumlarını ve oturum açma yöntemlerini gözden geçirin.

## Names of sign-in methods in the notifications above
# $name: the name the user gave the passkey or key
mail-factor-passkey = "{ $name }" geçiş anahtarı
mail-factor-security-key = "{ $name }" güvenlik anahtarı
mail-factor-totp = kimlik doğrulama uygulaması
mail-factor-otp-email = e-postayla oturum açma kodları
mail-factor-otp-sms = SMS ile oturum açma kodları
mail-factor-recovery-codes = kurtarma kodları
# $provider: the name of the identity provider, e.g. "GitHub"
mail-factor-idp = { $provider } ile oturum açma
