-- Gatehouse schema. Portable SQL: TEXT ids, timestamps as fixed-width RFC 3339 TEXT (see clock.rs), booleans as
-- INTEGER 0/1, JSON documents as TEXT. The one SQLite-specific spelling is the events sequence column
-- (INTEGER PRIMARY KEY = rowid; a Postgres migration uses BIGINT GENERATED ALWAYS AS IDENTITY).

CREATE TABLE instance (
    id TEXT PRIMARY KEY,
    default_org_id TEXT NOT NULL,
    code_key TEXT NOT NULL,          -- HMAC key for one-time codes (hex)
    created_at TEXT NOT NULL
);

CREATE TABLE orgs (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_lower TEXT NOT NULL UNIQUE,
    primary_domain TEXT NOT NULL UNIQUE,
    state INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    sequence BIGINT NOT NULL
);

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES orgs(id),
    kind TEXT NOT NULL,              -- 'human' | 'machine'
    username TEXT NOT NULL,
    username_lower TEXT NOT NULL UNIQUE,
    state INTEGER NOT NULL,          -- gatehouse_api::user::UserState number
    given_name TEXT NOT NULL DEFAULT '',
    family_name TEXT NOT NULL DEFAULT '',
    nick_name TEXT,
    display_name TEXT,
    preferred_language TEXT,
    gender INTEGER,
    email TEXT,
    email_lower TEXT,
    email_verified INTEGER NOT NULL DEFAULT 0,
    phone TEXT,
    password_hash TEXT,              -- argon2id PHC string
    password_change_required INTEGER NOT NULL DEFAULT 0,
    password_changed_at TEXT,
    failed_password_attempts INTEGER NOT NULL DEFAULT 0,
    machine_description TEXT,
    metadata TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    sequence BIGINT NOT NULL
);
CREATE INDEX users_email_lower ON users(email_lower);
CREATE INDEX users_org ON users(org_id);

-- Role grants. org_id '' = instance-level role (IAM_OWNER, IAM_LOGIN_CLIENT).
CREATE TABLE user_roles (
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    org_id TEXT NOT NULL,
    role TEXT NOT NULL,
    PRIMARY KEY (user_id, org_id, role)
);

-- Personal access tokens, stored as sha256 (hex) of the token.
CREATE TABLE pats (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT
);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE, -- sha256 (hex) of the current session token
    user_id TEXT REFERENCES users(id) ON DELETE CASCADE,
    user_checked_at TEXT,
    password_checked_at TEXT,
    creator_id TEXT,
    metadata TEXT NOT NULL DEFAULT '{}',
    user_agent TEXT,
    created_at TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    expires_at TEXT,
    sequence BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

-- Browsers (the SPA's cookie, stored as sha256) and the sessions each one owns.
CREATE TABLE browsers (
    id_hash TEXT PRIMARY KEY,
    created_at TEXT NOT NULL
);
CREATE TABLE browser_sessions (
    browser_hash TEXT NOT NULL REFERENCES browsers(id_hash) ON DELETE CASCADE,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    PRIMARY KEY (browser_hash, session_id)
);
CREATE INDEX browser_sessions_session ON browser_sessions(session_id);

-- One live code per (user, purpose): 'email' verification, 'password' reset. Stored as HMAC-SHA256 (hex).
CREATE TABLE verification_codes (
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    PRIMARY KEY (user_id, purpose)
);

-- Policies as JSON documents per owner (instance id or org id) and kind ('login', 'password_complexity', 'lockout').
CREATE TABLE policies (
    owner_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    sequence BIGINT NOT NULL,
    PRIMARY KEY (owner_id, kind)
);

-- Append-only log of every mutation; its sequence is the `details.sequence` the API reports.
CREATE TABLE events (
    sequence INTEGER PRIMARY KEY,
    aggregate_type TEXT NOT NULL,
    aggregate_id TEXT NOT NULL,
    event_type TEXT NOT NULL,
    resource_owner TEXT NOT NULL,
    creator TEXT,
    payload TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
);
CREATE INDEX events_aggregate ON events(aggregate_id);
