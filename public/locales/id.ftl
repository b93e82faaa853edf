# Gatehouse UI messages: Indonesian (Bahasa Indonesia).
# Every other locales/<lang>.ftl has exactly these ids with the same { $variables }.
# Ids are the kebab-case names of the SPA's i18n::Msg variants (LoginNameTitle -> login-name-title).


## Shared
app-name = Gatehouse
skip-to-content = Langsung ke konten utama

## Branding and legal footer
brand-logo-alt = Logo organisasi
legal-nav-label = Informasi hukum dan dukungan
legal-tos = Persyaratan layanan
legal-privacy = Kebijakan privasi
legal-help = Bantuan
legal-docs = Dokumentasi
legal-support = Hubungi dukungan
powered-by = Diamankan oleh Gatehouse
language-switcher-label = Bahasa
loading = Memuat…
load-failed = Halaman ini tidak dapat dimuat.
retry = Coba lagi
network-error = Kami tidak dapat terhubung ke server. Periksa koneksi Anda, lalu coba lagi.
unexpected = Terjadi kesalahan. Coba lagi.
server-error = Terjadi kesalahan di pihak kami. Coba lagi sebentar lagi.
not-allowed = Anda tidak diizinkan melakukan tindakan ini.
session-expired = Sesi login Anda telah berakhir.
too-many-attempts = Terlalu banyak percobaan. Tunggu satu menit, lalu coba lagi.
invalid-input = Beberapa data tidak valid. Periksa, lalu coba lagi.

## /loginname
login-name-title = Login
login-name-intro = Masukkan nama pengguna atau alamat email Anda untuk melanjutkan.
login-name-label = Nama pengguna atau email
login-name-required = Masukkan nama pengguna atau alamat email Anda.
user-not-found = Kami tidak menemukan akun dengan nama pengguna atau email tersebut.
continue = Lanjutkan
checking = Memeriksa…
no-account-yet = Belum punya akun?
create-account-link = Buat akun
signed-out = Anda telah logout.
email-verified-sign-in = Alamat email Anda telah diverifikasi. Login untuk melanjutkan.

## External identity providers (buttons on /loginname, /idp/{provider}/success and /failure, linked accounts)
idp-or = atau
idp-redirecting = Mengalihkan…
idp-signing-in = Sedang memproses login Anda…
idp-link-incomplete = Link login ini tidak lengkap. Mulai lagi dari halaman login.
idp-intent-invalid = Percobaan login ini telah kedaluwarsa atau sudah digunakan. Mulai lagi dari halaman login.
idp-register-title = Buat akun Anda
idp-link-title = Sudah punya akun?
idp-link-submit = Login dan tautkan
idp-no-account-title = Akun tidak ditemukan
idp-linked-title = Akun ditautkan
idp-linked-elsewhere = Akun di penyedia ini sudah ditautkan ke pengguna lain.
idp-failure-title = Login tidak berhasil
idp-denied = Login dibatalkan atau ditolak di penyedia. Tidak ada yang diubah.
idp-failed = Penyedia tidak dapat memproses login Anda. Coba lagi, atau login dengan cara lain.
idp-link-failed = Akun tidak dapat ditautkan: penyedia tidak memproses login Anda. Tidak ada yang diubah.
back-to-sign-in = Kembali ke login
linked-accounts-title = Akun tertaut
linked-accounts-empty = Belum ada akun dari penyedia lain yang ditautkan.
link-another-account = Tautkan akun lain
idp-last-login-method = Ini satu-satunya cara Anda untuk login. Tambahkan sandi atau kunci sandi sebelum menghapusnya.
username-invalid = Masukkan nama pengguna.

## /password
password-title = Masukkan sandi Anda
not-you = Bukan Anda?
password-label = Sandi
password-required = Masukkan sandi Anda.
sign-in = Login
signing-in = Sedang login…
wrong-password = Sandi salah. Coba lagi.
user-locked = Akun ini dikunci setelah terlalu banyak percobaan yang gagal. Hubungi administrator Anda.
email-unverified = Verifikasi alamat email Anda sebelum login.
verify-email-link = Verifikasi alamat email Anda
password-change-required = Anda perlu mengubah sandi sebelum melanjutkan.
login-name-or-password-wrong = Nama pengguna atau sandi salah.

## /password/change
password-change-title = Ubah sandi Anda
password-change-intro = Sandi Anda harus diubah sebelum Anda dapat melanjutkan.
current-password-label = Sandi saat ini
current-password-required = Masukkan sandi Anda saat ini.
new-password-label = Sandi baru
new-password-confirm-label = Konfirmasi sandi baru
change-password = Ubah sandi
saving = Menyimpan…
password-policy-not-met = Sandi ini tidak memenuhi persyaratan di bawah.
same-password = Pilih sandi yang berbeda dari sandi Anda saat ini.

## /register
register-title = Buat akun Anda
register-intro = Hanya perlu satu menit.
given-name-label = Nama depan
given-name-required = Masukkan nama depan Anda.
family-name-label = Nama belakang
family-name-required = Masukkan nama belakang Anda.
email-label = Email
email-required = Masukkan alamat email Anda.
email-invalid = Masukkan alamat email yang valid, misalnya nama@example.com.
email-taken = Akun dengan email ini sudah ada.
password-confirm-label = Konfirmasi sandi
create-account = Buat akun
creating-account = Membuat akun…
have-account = Sudah punya akun?
sign-in-link = Login

## Password checklist
checklist-title = Sandi Anda harus memiliki
rule-uppercase = Satu huruf besar
rule-lowercase = Satu huruf kecil
rule-number = Satu angka
rule-symbol = Satu simbol, seperti ! atau #
rule-match = Kedua sandi cocok
rule-met = , terpenuhi
rule-not-met = , belum terpenuhi
policy-loading = Memuat aturan sandi…
policy-load-failed = Aturan sandi tidak dapat dimuat.

## /verify
verify-title = Verifikasi email Anda
verify-intro-generic = Kami telah mengirim kode verifikasi ke alamat email Anda. Masukkan kode tersebut di bawah.
code-label = Kode verifikasi
code-required = Masukkan kode dari email.
code-invalid = Kode tersebut salah.
code-expired = Kode tersebut telah kedaluwarsa. Kami dapat mengirimkan kode baru.
verify = Verifikasi
verifying = Memverifikasi…
resend = Kirim kode baru
sending = Mengirim…
code-sent = Kode baru telah dikirim. Periksa kotak masuk Anda.
verify-link-incomplete = Link verifikasi ini tidak lengkap. Login lagi untuk mendapatkan kode baru.
verify-user-unknown = Link verifikasi ini bukan milik akun mana pun. Login lagi untuk mendapatkan kode baru.

## /signedin
signed-in-title = Anda sudah login
signed-in-as = Login sebagai
profile-link = Buka profil Anda

## /profile
profile-title = Profil Anda
username-label = Nama pengguna
verified = Terverifikasi
not-verified = Belum diverifikasi
sessions-title = Sesi aktif
this-browser = Browser ini
unknown-device = Perangkat tidak dikenal
session-created = Login
session-last-active = Aktivitas terakhir
no-sessions = Tidak ada sesi aktif.
log-out = Logout
log-out-everywhere = Logout dari semua perangkat
logging-out = Sedang logout…

## /logout
logout-title = Logout
logout-intro = Akun-akun ini sedang login di browser ini.
end-session = Logout
logout-all = Logout dari semua akun
no-browser-sessions = Tidak ada yang login di browser ini.

## /dev/outbox
outbox-title = Kotak keluar pengembangan
outbox-intro = Email yang dikirim server, terbaru lebih dulu. Hanya tersedia saat pengembangan.
outbox-empty = Belum ada email.
outbox-disabled = Kotak keluar pengembangan tidak diaktifkan (email dikirim melalui SMTP).
refresh = Muat ulang
mail-to = Kepada
mail-date = Tanggal

## Second factors (authenticator app, codes by email/SMS, recovery codes, /mfa, /mfa/set)
totp-title = Masukkan kode dari aplikasi autentikator Anda
totp-intro = Buka aplikasi autentikator Anda, lalu masukkan kode 6 digit yang ditampilkan untuk akun ini.
otp-sms-title = Masukkan kode yang kami kirim melalui SMS
otp-sms-intro = Kami telah mengirim kode 6 digit ke ponsel Anda. Kode berlaku selama lima menit.
otp-email-title = Masukkan kode yang kami kirim melalui email
otp-email-intro = Kami telah mengirim kode 6 digit ke alamat email Anda. Kode berlaku selama lima menit.
other-method = Gunakan metode lain
use-recovery-code = Gunakan kode pemulihan
totp-set-title = Siapkan aplikasi autentikator
totp-set-intro = Pindai kode QR ini dengan aplikasi autentikator Anda, atau ketik kunci di bawah ke dalam aplikasi. Lalu masukkan kode 6 digit yang ditampilkan aplikasi.
totp-secret-label = Kunci untuk dimasukkan secara manual
otp-sms-set-title = Kode melalui SMS
otp-sms-set-intro = Saat Anda login, kami akan mengirim kode sekali pakai melalui SMS ke nomor telepon Anda yang terverifikasi.
otp-email-set-title = Kode melalui email
otp-email-set-intro = Saat Anda login, kami akan mengirim kode sekali pakai ke alamat email Anda yang terverifikasi.
turn-on = Aktifkan
mfa-title = Konfirmasi bahwa ini Anda
mfa-intro = Pilih cara untuk mengonfirmasi login Anda.
mfa-set-title = Tambahkan faktor kedua
mfa-set-intro = Lindungi akun Anda dengan langkah kedua saat login. Pilih salah satu untuk disiapkan, atau lewati untuk saat ini.
mfa-set-forced-intro = Organisasi Anda mewajibkan langkah kedua saat login. Pilih salah satu untuk disiapkan.
skip = Lewati untuk saat ini
authenticator-app = Aplikasi autentikator
sms-codes = Kode melalui SMS
email-codes = Kode melalui email
security-key = Kunci keamanan
recovery-codes-name = Kode pemulihan
recovery-code-title = Login dengan kode pemulihan
recovery-code-intro = Masukkan salah satu kode pemulihan yang Anda simpan. Setiap kode hanya dapat digunakan sekali.
recovery-code-label = Kode pemulihan
second-factors-title = Faktor kedua
factor-on = Aktif
factor-off = Nonaktif
factor-remove = Hapus
factor-removing = Menghapus…
set-up = Siapkan
generate = Buat kode pemulihan
regenerate = Buat kode baru
recovery-needs-factor = Siapkan faktor kedua terlebih dahulu; kode pemulihan menggantikannya jika faktor tersebut hilang.
recovery-codes-shown-once = Simpan kode-kode ini di tempat yang aman sekarang: kode hanya ditampilkan sekali. Setiap kode hanya berlaku satu kali. Membuat kode baru akan membuat kode-kode ini tidak berlaku.
copy = Salin
copied = Disalin
download = Download (.txt)
totp-invalid = Kode ini salah atau telah kedaluwarsa. Masukkan kode yang ditampilkan aplikasi Anda sekarang.
totp-reused = Kode ini sudah digunakan. Tunggu kode berikutnya di aplikasi Anda.
totp-already-set-up = Aplikasi autentikator sudah disiapkan untuk akun Anda. Hapus di profil Anda untuk menyiapkan yang baru.
recovery-invalid = Kode pemulihan ini tidak valid. Periksa, lalu coba lagi.
recovery-used = Kode pemulihan ini sudah digunakan. Gunakan kode lain.
last-factor-refused = Organisasi Anda mewajibkan faktor kedua. Siapkan faktor lain sebelum menghapus yang ini.
mfa-forced = Organisasi Anda mewajibkan faktor kedua, jadi langkah ini tidak dapat dilewati.
otp-not-set-up = Metode login ini belum disiapkan untuk akun Anda. Pilih metode lain.
otp-needs-verified-email = Verifikasi alamat email Anda di profil terlebih dahulu.
otp-needs-verified-phone = Tambahkan dan verifikasi nomor telepon di profil Anda terlebih dahulu.
otp-no-challenge = Belum ada kode yang dikirim. Minta kode baru.
second-factor-locked = Terlalu banyak kode yang salah: akun Anda dikunci. Hubungi administrator Anda.

## Fallback route
not-found-title = Halaman tidak ditemukan
not-found-body = Tidak ada apa pun di alamat ini. Periksa link, atau mulai dari awal.
go-to-sign-in = Ke halaman login

## App sign-in (/login, /accounts, /signedin with an app's request, /device, /logout/done)
app-login-title = Login
app-login-loading = Menyiapkan login…
auth-request-gone = Permintaan login ini telah kedaluwarsa atau sudah digunakan. Kembali ke aplikasi dan mulai lagi.
accounts-title = Pilih akun
accounts-intro = Lanjutkan dengan akun yang sudah login di perangkat ini:
use-another-account = Gunakan akun lain
returning-to-app = Kembali ke aplikasi…
return-to-app = Kembali ke aplikasi
callback-failed-title = Tidak dapat melanjutkan ke aplikasi
callback-reauthenticate = Aplikasi meminta Anda untuk login lagi.
callback-second-factor = Organisasi Anda mewajibkan faktor kedua untuk aplikasi ini.
callback-wrong-organization = Aplikasi ini tidak menerima akun dari organisasi Anda. Gunakan akun lain.
callback-already-answered = Permintaan login ini sudah dijawab. Kembali ke aplikasi dan mulai lagi.
sign-in-again = Login lagi
device-title = Hubungkan perangkat
device-intro = Masukkan kode yang ditampilkan di perangkat Anda.
device-code-label = Kode
device-code-required = Masukkan kode dari perangkat Anda.
device-code-unknown = Kode ini tidak valid atau telah kedaluwarsa. Periksa kode terbaru di perangkat.
device-consent-title = Izinkan akses?
device-consent-intro = ingin mengakses akun Anda
device-scopes = Meminta akses ke
allow = Izinkan
deny = Tolak
device-approved = Selesai. Anda dapat kembali ke perangkat Anda.
device-denied = Akses ditolak. Perangkat tidak terhubung.
logout-done-title = Sudah logout
logout-done-body = Anda telah logout. Anda dapat menutup jendela ini.

## Account centre (/password/set, /profile sections)
forgot-password = Lupa sandi?
password-set-title = Pilih sandi baru
password-set-intro = Masukkan kode dari email, lalu pilih sandi baru.
password-reset-sent = Kami telah mengirim email berisi link untuk mereset sandi Anda. Buka link tersebut, atau masukkan kodenya di bawah.
set-new-password = Tetapkan sandi baru
password-set-done = Sandi Anda telah diubah. Login dengan sandi baru Anda.
password-link-incomplete = Link ini tidak lengkap. Mulai lagi dari halaman login.
section-profile = Profil
section-email = Email
section-phone = Telepon
section-password = Sandi
section-security = Keamanan
section-danger-zone = Zona berbahaya
nick-name-label = Nama panggilan
display-name-label = Nama tampilan
language-label = Bahasa pilihan
gender-label = Jenis kelamin
gender-unspecified = Tidak ditentukan
gender-female = Perempuan
gender-male = Laki-laki
gender-diverse = Lainnya
save = Simpan
saved = Perubahan Anda telah disimpan.
cancel = Batal
username-required = Masukkan nama pengguna.
username-taken = Nama pengguna atau email ini sudah digunakan.
change-email = Ubah email
new-email-label = Alamat email baru
send-code = Kirim kode
email-same = Ini sudah menjadi alamat email Anda.
phone-label = Nomor telepon
phone-none = Belum ada nomor telepon.
add-phone = Tambahkan nomor telepon
change-phone = Ubah nomor telepon
remove-phone = Hapus nomor telepon
phone-invalid = Masukkan nomor dalam format internasional, misalnya +41 79 123 45 67.
phone-code-label = Kode dari SMS
no-sms-provider = SMS tidak dapat dikirim saat ini. Coba lagi nanti.
password-changed = Sandi Anda telah diubah.
end-other-sessions = Logout dari semua sesi lain
session-ip = Alamat IP
sign-in-methods-title = Metode login
security-log-title = Aktivitas keamanan terbaru
security-log-empty = Belum ada aktivitas keamanan.
ev-signed-in = Login
ev-password-failed = Login gagal: sandi salah
ev-password-changed = Sandi diubah
ev-email-changed = Alamat email diubah
ev-email-change-requested = Perubahan email diminta
ev-email-verified = Alamat email diverifikasi
ev-phone-changed = Nomor telepon ditetapkan
ev-phone-verified = Nomor telepon diverifikasi
ev-phone-removed = Nomor telepon dihapus
ev-user-locked = Akun dikunci setelah percobaan yang gagal
ev-profile-changed = Profil diubah
ev-username-changed = Nama pengguna diubah
ev-account-created = Akun dibuat
ev-factor-added = Metode login ditambahkan
ev-factor-removed = Metode login dihapus
download-data = Download data saya
download-data-intro = File JSON berisi profil, metode login, sesi, dan aktivitas keamanan Anda.
delete-account = Hapus akun saya
delete-account-intro = Tindakan ini menghapus akun dan datanya secara permanen. Masukkan sandi Anda untuk mengonfirmasi.
delete-account-confirm = Hapus akun saya secara permanen
deleting = Menghapus…
delete-forbidden = Akun dengan peran administrator tidak dapat dihapus di sini.
outbox-sms-title = Pesan SMS

## Passkeys and security keys (WebAuthn)
web-authn-unsupported = Browser ini tidak dapat menggunakan kunci sandi atau kunci keamanan. Gunakan browser terbaru, atau login dengan sandi Anda.
web-authn-cancelled = Permintaan dibatalkan atau waktunya habis. Coba lagi jika Anda sudah siap.
web-authn-already-registered = Perangkat ini sudah terdaftar untuk akun Anda.
web-authn-failed = Perangkat Anda tidak dapat menyelesaikan permintaan. Coba lagi.
web-authn-unknown-credential = Kunci sandi ini tidak terdaftar untuk akun ini. Pilih yang lain, atau login dengan sandi Anda.
web-authn-expired = Waktu permintaan habis. Coba lagi.
passkeys-not-allowed = Kunci sandi dinonaktifkan untuk organisasi ini.
web-authn-last-factor = Anda tidak dapat menghapus cara login terakhir Anda. Tambahkan cara lain terlebih dahulu.
sign-in-with-passkey = Login dengan kunci sandi
passkey-title = Login dengan kunci sandi Anda
passkey-intro = Gunakan kunci sandi di perangkat ini atau di ponsel Anda: sidik jari, wajah, atau kunci layar Anda mengonfirmasi bahwa ini Anda.
passkey-use = Gunakan kunci sandi
passkey-waiting = Menunggu kunci sandi Anda…
use-password-instead = Gunakan sandi saja
passkey-set-title = Tambahkan kunci sandi
passkey-set-intro = Login dengan sidik jari, wajah, atau kunci layar, bukan dengan sandi. Kunci sandi tetap tersimpan di perangkat Anda.
passkey-signup-intro = Akun Anda telah dibuat. Sekarang buat kunci sandi yang akan Anda gunakan untuk login: sidik jari, wajah, atau kunci layar, tanpa sandi.
choose-another-way = Pilih cara lain untuk login
register-with-passkey-instead = Gunakan kunci sandi sebagai pengganti sandi
register-with-password-instead = Gunakan sandi saja
register-passkey-hint = Tidak perlu sandi: setelah langkah ini, perangkat Anda akan membuat kunci sandi untuk akun ini.
authenticator-set-title = Amankan akun Anda
authenticator-set-intro = Pilih cara Anda akan login.
authenticator-passkey = Kunci sandi
authenticator-passkey-hint = Sidik jari, wajah, atau kunci layar Anda. Tidak ada yang perlu diingat, dan tidak bisa dicuri lewat phishing.
authenticator-password = Sandi
authenticator-password-hint = Kami mengirimkan kode melalui email, lalu Anda memilih sandi.
passkey-signup-grant = Hanya browser yang membuat akun ini yang dapat menambahkan kunci sandi pertamanya, dalam waktu 15 menit. Pilih sandi saja, atau daftar lagi.
second-factor-before-first = Login dengan sandi atau kunci sandi Anda terlebih dahulu.
passkeys-unavailable-here = Kunci sandi tidak tersedia di alamat ini. Login dengan sandi Anda, atau buka halaman login di alamat utamanya.
passkey-other-host = Kunci sandi ini dibuat untuk alamat lain dari layanan ini. Gunakan di sana, atau tambahkan kunci sandi di sini.
passkey-name-label = Nama kunci sandi ini
passkey-create = Buat kunci sandi
passkey-creating = Menunggu perangkat Anda…
passkey-added = Kunci sandi ditambahkan. Mulai sekarang Anda dapat login dengannya.
not-now = Jangan sekarang
back-to-profile = Kembali ke profil Anda
u2f-title = Konfirmasi dengan kunci keamanan Anda
u2f-intro = Colokkan atau sentuh kunci keamanan yang Anda daftarkan untuk akun ini.
u2f-use = Gunakan kunci keamanan
u2f-waiting = Menunggu kunci keamanan Anda…
u2f-set-title = Tambahkan kunci keamanan
u2f-set-intro = Kunci keamanan mengonfirmasi bahwa ini Anda setelah sandi, sehingga sandi yang dicuri saja tidak cukup.
u2f-name-label = Nama kunci keamanan ini
u2f-create = Daftarkan kunci keamanan
u2f-added = Kunci keamanan ditambahkan. Anda akan dimintai kunci ini setelah memasukkan sandi.
passkeys = Kunci sandi
passkeys-empty = Belum ada kunci sandi.
passkey-add = Tambahkan kunci sandi
security-keys = Kunci keamanan
security-keys-empty = Belum ada kunci keamanan.
security-key-add = Tambahkan kunci keamanan
rename = Ganti nama
remove = Hapus
added-on = Ditambahkan
last-used = Terakhir digunakan
never-used = Belum pernah digunakan
name-required = Masukkan nama.

## Confirm it's you (re-authentication dialog)
reauth-title = Konfirmasi bahwa ini Anda
reauth-intro = Perubahan ini memerlukan login terbaru. Masukkan sandi Anda untuk melanjutkan.
reauth-intro-passkey = Perubahan ini memerlukan login terbaru. Gunakan kunci sandi Anda untuk melanjutkan.
reauth-confirm = Konfirmasi
reauth-checking = Memeriksa…
reauth-with-passkey = Gunakan kunci sandi
reauth-required = Konfirmasi bahwa ini Anda untuk melakukan perubahan ini.
phone-otp-sms-warning = Anda menerima kode login melalui SMS di nomor ini. Mengubah atau menghapusnya akan menonaktifkan kode tersebut; siapkan lagi setelah nomor baru diverifikasi.

## / The text of `msg`.

## Messages with variables (functions in src/i18n.rs)
page-title = { $page } · { $app }
rule-length = { $min_length ->
   *[other] Minimal { $min_length } karakter
}
browser-on-os = { $browser } di { $os }
login-on-device = { $login_name } · { $device }
verify-intro = Kami telah mengirim kode verifikasi ke { $email }. Masukkan kode tersebut di bawah.
resend-in = Kirim kode baru ({ $seconds } dtk)
email-pending = Menunggu verifikasi: kami telah mengirim kode ke { $email }. Alamat Anda saat ini tetap digunakan sampai saat itu.
sms-sent = Kami telah mengirim kode melalui SMS ke { $phone }.
idp-continue-with = Lanjutkan dengan { $provider }
idp-register-intro = Periksa data dari akun { $provider } Anda, lalu buat akun Anda.
idp-link-intro = Login dengan sandi Anda untuk menautkan akun { $provider } Anda ke akun ini.
idp-no-account = Tidak ada akun di sini yang ditautkan ke akun { $provider } Anda, dan akun tidak dapat dibuat atau ditautkan di sini. Login dengan cara lain.
idp-linked = Akun { $provider } Anda kini telah ditautkan. Mulai sekarang Anda dapat login dengannya.

## Org-scoped login: a name shared by users of several organisations
login-name-ambiguous = Lebih dari satu akun menggunakan nama ini. Masukkan nama login lengkap Anda: namapengguna@domain-organisasi.

## Account centre: profile picture, code resend limit
avatar-title = Foto profil
avatar-choose = Ganti foto
avatar-hint = PNG, JPEG, GIF, atau WebP, maksimal 5 MB. Foto dipotong menjadi persegi.
avatar-save = Simpan foto
avatar-remove = Hapus foto
avatar-too-big = Gambar ini terlalu besar: pilih gambar berukuran maksimal 5 MB.
avatar-not-image = File ini bukan gambar yang dapat digunakan: pilih gambar PNG, JPEG, GIF, atau WebP.
avatar-saved = Foto baru Anda telah disimpan.
avatar-removed = Foto Anda telah dihapus.
too-many-codes = Anda meminta terlalu banyak kode. Tunggu beberapa menit sebelum meminta kode lagi.

## Security log: session ended (sign-out), with the device and address that ended it
ev-signed-out = Logout

## Account centre: deleting one's own account forbidden by the org's account policy
delete-forbidden-policy = Kebijakan organisasi Anda tidak mengizinkan Anda menghapus akun sendiri. Minta administrator untuk menghapusnya.
