-- External identity providers: their configuration, the login policy's list of providers shown at login, the
-- users' links to external identities, and the intents (one browser round trip to a provider each).

-- One provider, owned by the instance (owner_type 1, owner_id = instance id) or an org (2, org id).
-- `config` is the type's public configuration (JSON, never a secret); `secret` the client secret (or Apple's
-- private key) sealed with the instance's IdP key from the data dir (see server/src/idp/secrets.rs).
CREATE TABLE idps (
    id TEXT PRIMARY KEY,
    owner_id TEXT NOT NULL,
    owner_type INTEGER NOT NULL,
    provider_type INTEGER NOT NULL,
    name TEXT NOT NULL,
    state INTEGER NOT NULL DEFAULT 1,
    config TEXT NOT NULL,
    options TEXT NOT NULL,
    secret TEXT,
    created_at TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    sequence INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX idps_owner ON idps(owner_id);

-- The providers a login policy offers: owner_id is the instance (default policy) or an org with its own policy.
CREATE TABLE login_policy_idps (
    owner_id TEXT NOT NULL,
    idp_id TEXT NOT NULL REFERENCES idps(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    PRIMARY KEY (owner_id, idp_id)
);

-- A user's external identities: (provider, the user's id there) names at most one Gatehouse user.
CREATE TABLE idp_links (
    idp_id TEXT NOT NULL REFERENCES idps(id) ON DELETE CASCADE,
    external_user_id TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    external_user_name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (idp_id, external_user_id)
);
CREATE INDEX idp_links_user ON idp_links(user_id);

-- An intent: started (state, nonce and PKCE verifier kept here, the OAuth state stored only as its SHA-256),
-- then succeeded (the intent token stored only as its SHA-256; what the provider said sealed in `info`) or
-- failed; `consumed_at` once a session check or a self-service link used it (single use).
-- `starter` binds a browser-started intent to that browser (SHA-256 of its cookie id): only that browser may
-- finish it at the callback and use it for a self-service link.
CREATE TABLE idp_intents (
    id TEXT PRIMARY KEY,
    idp_id TEXT NOT NULL REFERENCES idps(id) ON DELETE CASCADE,
    state_hash TEXT NOT NULL UNIQUE,
    nonce TEXT NOT NULL,
    pkce_verifier TEXT,
    success_url TEXT NOT NULL,
    failure_url TEXT NOT NULL,
    starter TEXT,
    status TEXT NOT NULL,
    token_hash TEXT,
    external_user_id TEXT,
    external_user_name TEXT,
    user_id TEXT,
    info TEXT,
    error TEXT,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    succeeded_at TEXT,
    consumed_at TEXT
);
CREATE INDEX idp_intents_expiry ON idp_intents(expires_at);
