-- OIDC provider: projects, their applications (clients), signing keys, authorization requests, issued tokens and
-- device authorizations. Secrets and tokens are stored only as SHA-256 hashes (they are 256-bit random values, so a
-- fast hash suffices); user codes of the device flow are short, so they are single-use, expire, and are checked
-- under the rate limiter.

CREATE TABLE projects (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES orgs(id),
    name TEXT NOT NULL,
    state INTEGER NOT NULL,
    role_assertion INTEGER NOT NULL DEFAULT 0,
    authorization_required INTEGER NOT NULL DEFAULT 0,
    access_required INTEGER NOT NULL DEFAULT 0,
    private_labeling INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    sequence BIGINT NOT NULL
);
CREATE INDEX projects_org ON projects(org_id);

CREATE TABLE apps (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    org_id TEXT NOT NULL,
    name TEXT NOT NULL,
    state INTEGER NOT NULL,
    client_id TEXT NOT NULL UNIQUE,
    secret_hash TEXT,                -- SHA-256 of the client secret; NULL for public clients
    settings TEXT NOT NULL,          -- gatehouse_api::app::OidcSettings as JSON
    created_at TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    sequence BIGINT NOT NULL
);
CREATE INDEX apps_project ON apps(project_id);

-- RS256 signing keys. The newest unretired key signs; retired keys stay published in the JWKS until every token
-- they signed has expired.
CREATE TABLE oidc_keys (
    id TEXT PRIMARY KEY,             -- the JWK "kid"
    private_pkcs8 TEXT NOT NULL,     -- base64 DER
    modulus TEXT NOT NULL,           -- base64url big-endian n
    exponent TEXT NOT NULL,          -- base64url big-endian e
    created_at TEXT NOT NULL,
    retired_at TEXT
);

CREATE TABLE oidc_auth_requests (
    id TEXT PRIMARY KEY,
    app_id TEXT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
    client_id TEXT NOT NULL,
    redirect_uri TEXT NOT NULL,
    scope TEXT NOT NULL,             -- space separated
    state TEXT,
    nonce TEXT,
    code_challenge TEXT,
    prompt TEXT NOT NULL DEFAULT '', -- space separated OIDC values
    ui_locales TEXT NOT NULL DEFAULT '',
    login_hint TEXT,
    max_age INTEGER,
    hint_user_id TEXT,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    -- set by CreateCallback
    session_id TEXT,
    user_id TEXT,
    auth_time TEXT,
    amr TEXT,                        -- JSON array
    code_hash TEXT UNIQUE,
    code_expires_at TEXT,
    code_used INTEGER NOT NULL DEFAULT 0,
    completed INTEGER NOT NULL DEFAULT 0
);

-- Access and refresh tokens. `grant_id` groups every token descending from one authorization (code or device
-- approval): reusing a code or a rotated refresh token revokes the whole group.
CREATE TABLE oidc_tokens (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,              -- 'access' | 'refresh'
    token_hash TEXT NOT NULL UNIQUE,
    grant_id TEXT NOT NULL,
    app_id TEXT NOT NULL,
    client_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    session_id TEXT,
    scope TEXT NOT NULL,
    auth_time TEXT,
    amr TEXT,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0,
    rotated INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX oidc_tokens_grant ON oidc_tokens(grant_id);
CREATE INDEX oidc_tokens_session ON oidc_tokens(session_id);

CREATE TABLE oidc_device_authorizations (
    id TEXT PRIMARY KEY,
    device_code_hash TEXT NOT NULL UNIQUE,
    user_code TEXT NOT NULL UNIQUE,
    app_id TEXT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
    client_id TEXT NOT NULL,
    scope TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    poll_interval INTEGER NOT NULL,
    last_poll_at TEXT,
    status TEXT NOT NULL,            -- 'pending' | 'approved' | 'denied' | 'done'
    user_id TEXT,
    session_id TEXT,
    auth_time TEXT,
    amr TEXT
);
