-- An organisation's account policy (Gatehouse's AccountService, /gatehouse/v1/orgs/{orgId}/account_policy): whether
-- its users may delete their own accounts. No row: the default, which allows it.
CREATE TABLE org_account_policies (
    org_id TEXT PRIMARY KEY REFERENCES orgs(id) ON DELETE CASCADE,
    allow_self_deletion BOOLEAN NOT NULL,
    changed_at TEXT NOT NULL,
    sequence INTEGER NOT NULL
);
