-- Passkey sign-up: a browser that self-registered a user without a password may register that user's first
-- passkey, and only that browser, only while the user has no password and no credential, and only until the grant
-- expires (RegisterPasskey without a session or code). Spent when the passkey is verified.
CREATE TABLE passkey_signup_grants (
    user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    browser_hash TEXT NOT NULL REFERENCES browsers(id_hash) ON DELETE CASCADE,
    expires_at TEXT NOT NULL
);

-- Sessions created without a user for a discoverable passkey challenge (autofill, "Sign in with a passkey") live
-- only as long as their challenge; this remembers the expiry they had before, restored when a passkey binds a user.
-- Expired ones are deleted when the next discoverable challenge is issued.
CREATE TABLE userless_sessions (
    session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
    previous_expires_at TEXT,
    short_expires_at TEXT NOT NULL
);
CREATE INDEX userless_sessions_expiry ON userless_sessions (short_expires_at);

-- The relying party id a credential was made for (the public host or an org's verified domain); NULL: the public
-- host (credentials from before per-host relying parties).
ALTER TABLE webauthn_credentials ADD COLUMN rp_id TEXT;
