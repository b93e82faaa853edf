# Gatehouse mail texts: Indonesian (Bahasa Indonesia).
# Translation of server/locales/en.ftl: same ids and placeables; one message per line, except plural selectors.

## Parts every mail shares
# $name: the recipient's display name (as the user typed it)
mail-greeting = Halo { $name },
# Label in front of a one-time code, shown as "Code: ABC123"
mail-code-label = Kode
mail-or-open-link = Atau buka link ini:
mail-button-fallback = Jika tombol tidak berfungsi, salin link ini ke browser Anda:
mail-ignore = Jika Anda tidak memintanya, abaikan email ini.
# $sender: the organisation's name (or "Gatehouse")
mail-footer = Email ini dikirim oleh { $sender } karena akun Anda di sana.

## Email verification (a code and a link to confirm an address)
mail-verify-subject = Verifikasi email Anda
# $email: the address being confirmed
mail-verify-intro = Konfirmasi alamat email Anda { $email } dengan memasukkan kode ini:
mail-verify-button = Verifikasi email
mail-verify-validity =
    { $hours ->
       *[other] Kode berlaku selama { $hours } jam.
    }

## Password reset
mail-reset-subject = Reset sandi Anda
mail-reset-intro = Seseorang meminta untuk mereset sandi akun Anda. Untuk memilih sandi baru, buka link di bawah atau masukkan kode ini:
mail-reset-button = Pilih sandi baru
mail-reset-validity =
    { $hours ->
       *[other] Kode berlaku selama { $hours } jam.
    }

## One-time sign-in code by email (second factor)
mail-otp-subject = Kode login Anda
mail-otp-intro = Kode login sekali pakai Anda adalah:
mail-otp-validity =
    { $minutes ->
       *[other] Kode berlaku selama { $minutes } menit.
    }
mail-otp-ignore = Jika Anda tidak mencoba login, ubah sandi Anda.

## Link to add a passkey
mail-passkey-link-subject = Tambahkan kunci sandi ke akun Anda
mail-passkey-link-intro = Buka link ini untuk menambahkan kunci sandi ke akun Anda:
mail-passkey-link-button = Tambahkan kunci sandi
mail-passkey-link-validity =
    { $hours ->
       *[other] Link ini hanya dapat digunakan sekali, selama { $hours } jam.
    }
mail-passkey-link-ignore = Jika Anda tidak menduga email ini, abaikan saja.

## Notifications about changes to an account's security
mail-security-password-changed-subject = Sandi Anda telah diubah
mail-security-password-changed = Sandi akun Anda telah diubah.
mail-security-email-changed-subject = Alamat email Anda telah diubah
# $email: the new address
mail-security-email-changed = Alamat email akun Anda telah diubah menjadi { $email }.
mail-security-phone-changed-subject = Nomor telepon Anda telah diubah
# $phone: the new number
mail-security-phone-changed = Nomor telepon akun Anda telah diubah menjadi { $phone }.
mail-security-phone-removed = Nomor telepon telah dihapus dari akun Anda.
mail-security-username-changed-subject = Nama pengguna Anda telah diubah
# $username: the new username
mail-security-username-changed = Nama pengguna Anda telah diubah menjadi { $username }.
mail-security-factor-added-subject = Metode login ditambahkan ke akun Anda
# $factor: one of the mail-factor-* texts below
mail-security-factor-added = Metode login ditambahkan ke akun Anda: { $factor }.
mail-security-factor-removed-subject = Metode login dihapus dari akun Anda
mail-security-factor-removed = Metode login dihapus dari akun Anda: { $factor }.
mail-security-account-deleted-subject = Akun Anda telah dihapus
mail-security-account-deleted = Akun Anda dan datanya telah dihapus.
mail-security-if-you = Jika ini Anda, tidak ada yang perlu dilakukan.
mail-security-if-not = Jika bukan, segera reset sandi Anda dan tinjau sesi serta metode login akun Anda.

## Names of sign-in methods in the notifications above
# $name: the name the user gave the passkey or key
mail-factor-passkey = kunci sandi "{ $name }"
mail-factor-security-key = kunci keamanan "{ $name }"
mail-factor-totp = aplikasi autentikator
mail-factor-otp-email = kode login melalui email
mail-factor-otp-sms = kode login melalui SMS
mail-factor-recovery-codes = kode pemulihan
# $provider: the name of the identity provider, e.g. "GitHub"
mail-factor-idp = login dengan { $provider }
