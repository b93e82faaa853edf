-- Second factors a user enrolled (authenticator app, one-time codes by email or SMS, recovery codes) and the
-- per-user state of multi-factor login. WebAuthn credentials (passkeys, security keys) live in their own table.

-- The authenticator app (TOTP, RFC 6238): one per user. The secret is encrypted with AES-256-GCM under a key derived
-- from the instance's secret key (`nonce || ciphertext`, base64), so a database dump alone does not yield it.
-- 'pending' until the user proves the app works with one code (VerifyTOTPRegistration), then 'ready'.
CREATE TABLE user_totp (
    user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    secret_enc TEXT NOT NULL,
    state TEXT NOT NULL,
    -- The last time step (unix time / 30) a code was accepted for: that step and earlier ones are refused (replay).
    last_step BIGINT,
    created_at TEXT NOT NULL,
    verified_at TEXT
);

-- One-time codes by email or SMS enabled as a second factor ('otp_email' | 'otp_sms').
CREATE TABLE user_otp (
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (user_id, kind)
);

-- Recovery codes: keyed hashes (HMAC with the instance key), each usable once. Generating a new set replaces all.
CREATE TABLE recovery_codes (
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at TEXT,
    created_at TEXT NOT NULL,
    PRIMARY KEY (user_id, code_hash)
);

-- A one-time code sent for a session's otpEmail / otpSms challenge; the check must come from that session.
CREATE TABLE session_otp_challenges (
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, kind)
);

-- Per-user multi-factor state: failed second-factor checks (the lockout policy's maxOtpAttempts) and when the user
-- last skipped the "set up a second factor" prompt (mfaInitSkipLifetime).
CREATE TABLE user_mfa_state (
    user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    failed_otp_attempts INTEGER NOT NULL DEFAULT 0,
    mfa_init_skipped_at TEXT
);
