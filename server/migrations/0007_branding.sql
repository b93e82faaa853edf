-- Branding: label policies with ZITADEL's preview/active split, their uploaded assets, and org domains.

-- One row per owner (instance id or org id) and state: 'preview' is what Update/Add and asset uploads change,
-- 'active' is what logins show; `_activate` copies preview over active. Body: JSON of the writable fields plus
-- {"assets": {"logo": {"hash": .., "contentType": ..}, ..}}.
CREATE TABLE label_policies (
    owner_id TEXT NOT NULL,
    state TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    sequence BIGINT NOT NULL,
    PRIMARY KEY (owner_id, state)
);

-- Uploaded logos, icons and fonts, addressed by the SHA-256 (hex) of their bytes: immutable, shared by preview and
-- active policies, served with long cache lifetimes.
CREATE TABLE asset_blobs (
    hash TEXT PRIMARY KEY,
    content_type TEXT NOT NULL,
    data BLOB NOT NULL,
    created_at TEXT NOT NULL
);

-- Domains of an organisation (besides its generated primary domain in orgs.primary_domain). A verified domain
-- brands logins reached through that host name.
CREATE TABLE org_domains (
    org_id TEXT NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    domain TEXT NOT NULL,
    is_verified INTEGER NOT NULL DEFAULT 0,
    is_primary INTEGER NOT NULL DEFAULT 0,
    validation_type INTEGER NOT NULL DEFAULT 0,
    validation_token TEXT,
    created_at TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    PRIMARY KEY (org_id, domain)
);
-- Several orgs may claim a domain; only one may prove it.
CREATE UNIQUE INDEX org_domains_verified ON org_domains(domain) WHERE is_verified = 1;
