-- WebAuthn credentials: passkeys (discoverable, user-verifying, a first factor) and U2F security keys (second
-- factor). A row starts 'pending' when a registration ceremony begins (RegisterPasskey/RegisterU2F) and becomes
-- 'ready' when the browser's attestation verifies; pending rows carry the ceremony state and its expiry.
CREATE TABLE webauthn_credentials (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('passkey', 'u2f')),
    name TEXT NOT NULL DEFAULT '',
    -- The webauthn-rs credential (public key, algorithm, counter, flags) as JSON; NULL while pending.
    credential TEXT,
    -- base64url credential id, to find the credential an assertion names (set when ready).
    credential_id TEXT UNIQUE,
    -- The WebAuthn user handle (user.id in the ceremony), to resolve usernameless logins.
    user_handle TEXT NOT NULL,
    sign_count INTEGER NOT NULL DEFAULT 0,
    backup_eligible BOOLEAN NOT NULL DEFAULT FALSE,
    backup_state BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TEXT NOT NULL,
    last_used_at TEXT,
    state TEXT NOT NULL CHECK (state IN ('pending', 'ready')),
    -- Registration ceremony state (the challenge), single use; NULL once verified.
    ceremony TEXT,
    ceremony_expires_at TEXT
);
CREATE INDEX webauthn_credentials_user ON webauthn_credentials (user_id, state);
CREATE INDEX webauthn_credentials_handle ON webauthn_credentials (user_handle);

-- The assertion challenge a session asked for (RequestChallenges.webAuthN), consumed by the next webAuthN check.
CREATE TABLE webauthn_challenges (
    session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
    -- 'passkey' (user verification required), 'u2f' (security keys), 'discoverable' (no user yet)
    kind TEXT NOT NULL,
    user_id TEXT,
    ceremony TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
