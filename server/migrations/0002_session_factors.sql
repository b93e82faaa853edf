-- Second and passwordless factors a session has passed, one row per kind (the latest check wins). The user and
-- password checks stay columns of `sessions`; every factor added later lands here, so adding one needs no change
-- to the sessions table.
CREATE TABLE session_factors (
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    -- 'webauthn', 'totp', 'otp_sms', 'otp_email', 'recovery_code', 'intent'
    kind TEXT NOT NULL,
    checked_at TEXT NOT NULL,
    -- WebAuthn only: the authenticator verified the user (PIN/biometric), making it a multi-factor check.
    user_verified BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (session_id, kind)
);
