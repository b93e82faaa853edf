-- Languages (session 9): the instance's default UI language (Admin API SetDefaultLanguage) and custom UI texts per
-- owner (instance id or org id) and locale (SettingsService SetHostedLoginTranslation), which override the shipped
-- messages of public/locales/<locale>.ftl for logins of that owner.
CREATE TABLE instance_languages (
    instance_id TEXT PRIMARY KEY,
    default_language TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    sequence BIGINT NOT NULL
);

CREATE TABLE hosted_login_translations (
    owner_id TEXT NOT NULL,
    locale TEXT NOT NULL,
    -- JSON object: message id -> Fluent pattern (checked against the shipped catalogue when written).
    translations TEXT NOT NULL,
    etag TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    PRIMARY KEY (owner_id, locale)
);
