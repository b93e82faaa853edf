-- Usernames unique per organisation (ZITADEL's domain policy `userLoginMustBeDomain`): the instance-wide UNIQUE on
-- users.username_lower becomes UNIQUE (org_id, username_lower). Whether a name must also be unique across orgs now
-- depends on the policy, which the server checks (`session::login_name::taken`); every existing row already
-- satisfies the new, weaker constraint, so the data is kept as it is.
--
-- SQLite cannot drop a column constraint, so the table is rebuilt (SQLite's documented ALTER TABLE procedure:
-- new table, copy, drop, rename). The migration connection runs with foreign keys off (db.rs), so dropping the old
-- table neither cascades into sessions, passkeys, ... nor breaks their REFERENCES users(id), which the rename
-- points at the new table.
CREATE TABLE users_new (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES orgs(id),
    kind TEXT NOT NULL,              -- 'human' | 'machine'
    username TEXT NOT NULL,
    username_lower TEXT NOT NULL,
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
    sequence BIGINT NOT NULL,
    phone_verified INTEGER NOT NULL DEFAULT 0,
    pending_email TEXT,
    UNIQUE (org_id, username_lower)
);
INSERT INTO users_new (id, org_id, kind, username, username_lower, state, given_name, family_name, nick_name,
    display_name, preferred_language, gender, email, email_lower, email_verified, phone, password_hash,
    password_change_required, password_changed_at, failed_password_attempts, machine_description, metadata,
    created_at, changed_at, sequence, phone_verified, pending_email)
SELECT id, org_id, kind, username, username_lower, state, given_name, family_name, nick_name,
    display_name, preferred_language, gender, email, email_lower, email_verified, phone, password_hash,
    password_change_required, password_changed_at, failed_password_attempts, machine_description, metadata,
    created_at, changed_at, sequence, phone_verified, pending_email
FROM users;
DROP TABLE users;
ALTER TABLE users_new RENAME TO users;
CREATE INDEX users_email_lower ON users(email_lower);
CREATE INDEX users_org ON users(org_id);
-- Bare-name lookups across orgs (the login name step without an org in context).
CREATE INDEX users_username_lower ON users(username_lower);
