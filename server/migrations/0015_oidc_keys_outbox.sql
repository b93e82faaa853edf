-- OIDC hardening: signing keys sealed at rest, application keys for private_key_jwt client authentication, the
-- client assertions already used (replay protection) and the back-channel logout outbox.

-- 1 when private_pkcs8 holds base64(nonce || AES-256-GCM(DER)) sealed with <data dir>/oidc.key; rows written before
-- are sealed at start.
ALTER TABLE oidc_keys ADD COLUMN sealed INTEGER NOT NULL DEFAULT 0;

-- Keys an app signs its client assertions with (RFC 7523). Only the public key is kept: the private key is answered
-- once, in the key file, and never stored.
CREATE TABLE app_keys (
    id TEXT PRIMARY KEY,             -- the key file's keyId, the assertion's "kid"
    app_id TEXT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
    project_id TEXT NOT NULL,
    org_id TEXT NOT NULL,
    public_spki TEXT NOT NULL,       -- base64 DER SubjectPublicKeyInfo (RSA)
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    sequence BIGINT NOT NULL
);
CREATE INDEX app_keys_app ON app_keys(app_id);

-- `jti`s of accepted client assertions, kept until the assertion expires, so each is accepted once.
CREATE TABLE oidc_client_assertions (
    client_id TEXT NOT NULL,
    jti TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    PRIMARY KEY (client_id, jti)
);

-- Back-channel logout deliveries: one row per (ended session, app). A background task sends them, retrying with
-- bounded exponential backoff; rows survive restarts.
CREATE TABLE oidc_backchannel_outbox (
    id TEXT PRIMARY KEY,
    app_id TEXT NOT NULL,
    client_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    session_id TEXT NOT NULL,
    uri TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error TEXT,
    created_at TEXT NOT NULL,
    delivered_at TEXT,
    UNIQUE (session_id, app_id)
);
CREATE INDEX oidc_backchannel_due ON oidc_backchannel_outbox(delivered_at, next_attempt_at);

-- How far the outbox has followed the event log (`session.terminated` events), one row.
CREATE TABLE oidc_backchannel_cursor (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    after_sequence BIGINT NOT NULL
);
