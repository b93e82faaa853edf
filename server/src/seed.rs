//! First start: an empty database gets the instance, the default org, the admin and the login client. A database
//! that has an instance is never seeded again.

use std::io::Write;
use std::path::Path;

use serde_json::json;
use sqlx::Row;

use crate::auth::{IAM_LOGIN_CLIENT, IAM_OWNER, ORG_OWNER};
use crate::clock::{from_db, to_db, Clock, Timestamp};
use crate::config::Config;
use crate::crypto::{hash_password, random_key_hex, random_token, token_hash};
use crate::db::Db;
use crate::error::Result;
use crate::events::{append, Event};
use crate::ids::IdGenerator;

pub const DEFAULT_ORG_NAME: &str = "Gatehouse";
pub const DEFAULT_ORG_DOMAIN: &str = "gatehouse.localhost";
pub const ADMIN_USERNAME: &str = "admin";
pub const LOGIN_CLIENT_USERNAME: &str = "login-client";

#[derive(Clone, Debug)]
pub struct Instance {
    pub id: String,
    pub default_org_id: String,
    /// HMAC key for one-time codes.
    pub code_key: String,
    pub created_at: Timestamp,
}

pub async fn seed_if_empty(
    db: &Db,
    config: &Config,
    ids: &IdGenerator,
    clock: &dyn Clock,
    public_url: &url::Url,
) -> Result<Instance> {
    if let Some(instance) = load(db).await? {
        return Ok(instance);
    }
    let now = clock.now();
    let instance = Instance { id: ids.next(), default_org_id: ids.next(), code_key: random_key_hex(), created_at: now };
    let (admin_password, generated) = match &config.initial_admin_password {
        Some(p) => (p.clone(), false),
        // Random, and guaranteed to satisfy the default complexity policy.
        None => (format!("{}Aa1!", &random_token()[..20]), true),
    };
    let admin_hash = hash_password(admin_password.clone()).await?;
    let pat = random_token();
    let admin_id = ids.next();
    let client_id = ids.next();

    let mut tx = db.begin().await?;
    let seq = append(&mut tx, event("instance", &instance.id, "instance.added", &instance.id), now).await?;
    sqlx::query("INSERT INTO instance (id, default_org_id, code_key, created_at) VALUES ($1, $2, $3, $4)")
        .bind(&instance.id)
        .bind(&instance.default_org_id)
        .bind(&instance.code_key)
        .bind(to_db(now))
        .execute(&mut *tx)
        .await?;
    let _ = seq;
    let org = &instance.default_org_id;
    let seq = append(&mut tx, event("org", org, "org.added", org), now).await?;
    sqlx::query(
        "INSERT INTO orgs (id, name, name_lower, primary_domain, state, created_at, changed_at, sequence)
         VALUES ($1, $2, $3, $4, 1, $5, $5, $6)",
    )
    .bind(org)
    .bind(DEFAULT_ORG_NAME)
    .bind(DEFAULT_ORG_NAME.to_lowercase())
    .bind(DEFAULT_ORG_DOMAIN)
    .bind(to_db(now))
    .bind(seq as i64)
    .execute(&mut *tx)
    .await?;

    let admin_email = format!("{ADMIN_USERNAME}@{DEFAULT_ORG_DOMAIN}");
    let seq = append(&mut tx, event("user", &admin_id, "user.added", org), now).await?;
    sqlx::query(
        "INSERT INTO users (id, org_id, kind, username, username_lower, state, given_name, family_name, email,
           email_lower, email_verified, password_hash, password_change_required, password_changed_at, created_at,
           changed_at, sequence)
         VALUES ($1, $2, 'human', $3, $3, 1, 'Gatehouse', 'Admin', $4, $4, 1, $5, 1, $6, $6, $6, $7)",
    )
    .bind(&admin_id)
    .bind(org)
    .bind(ADMIN_USERNAME)
    .bind(&admin_email)
    .bind(&admin_hash)
    .bind(to_db(now))
    .bind(seq as i64)
    .execute(&mut *tx)
    .await?;
    crate::org::grant(&mut tx, &admin_id, "", IAM_OWNER).await?;
    crate::org::grant(&mut tx, &admin_id, org, ORG_OWNER).await?;

    let seq = append(&mut tx, event("user", &client_id, "user.added", org), now).await?;
    sqlx::query(
        "INSERT INTO users (id, org_id, kind, username, username_lower, state, given_name, machine_description,
           created_at, changed_at, sequence)
         VALUES ($1, $2, 'machine', $3, $3, 1, 'Login client', 'Service user of the login UI and API tools', $4, $4, $5)",
    )
    .bind(&client_id)
    .bind(org)
    .bind(LOGIN_CLIENT_USERNAME)
    .bind(to_db(now))
    .bind(seq as i64)
    .execute(&mut *tx)
    .await?;
    crate::org::grant(&mut tx, &client_id, "", IAM_OWNER).await?;
    crate::org::grant(&mut tx, &client_id, "", IAM_LOGIN_CLIENT).await?;
    sqlx::query("INSERT INTO pats (token_hash, user_id, created_at) VALUES ($1, $2, $3)")
        .bind(token_hash(&pat))
        .bind(&client_id)
        .bind(to_db(now))
        .execute(&mut *tx)
        .await?;
    append(&mut tx, event("user", &client_id, "user.pat.added", org), now).await?;

    // Secrets go to disk before the commit: if writing them fails, the database stays empty and the next start
    // seeds again instead of leaving an admin nobody can log in as.
    let pat_path = config.data_dir.join("admin.pat");
    write_private(&pat_path, &format!("{pat}\n"))?;
    if generated {
        write_private(&config.data_dir.join("admin-initial-password"), &format!("{admin_password}\n"))?;
    }
    tx.commit().await?;

    let login_url = format!("{}loginname", public_url);
    if generated {
        tracing::info!(
            "seeded a new instance. Sign in at {login_url} as `{ADMIN_USERNAME}` with the generated password {admin_password} \
             (also in {}); you must change it at first login. API token of `{LOGIN_CLIENT_USERNAME}`: {}",
            config.data_dir.join("admin-initial-password").display(),
            pat_path.display()
        );
    } else {
        tracing::info!(
            "seeded a new instance. Sign in at {login_url} as `{ADMIN_USERNAME}` with --initial-admin-password; you must \
             change it at first login. API token of `{LOGIN_CLIENT_USERNAME}`: {}",
            pat_path.display()
        );
    }
    println!(
        "Gatehouse: sign in at {login_url} as `{ADMIN_USERNAME}` (initial password: {})",
        if generated { "see admin-initial-password in the data dir" } else { "--initial-admin-password" }
    );
    Ok(instance)
}

fn event<'a>(aggregate_type: &'a str, id: &'a str, event_type: &'a str, owner: &'a str) -> Event<'a> {
    Event { aggregate_type, aggregate_id: id, event_type, resource_owner: owner, creator: None, payload: json!({}) }
}

async fn load(db: &Db) -> Result<Option<Instance>> {
    let row =
        sqlx::query("SELECT id, default_org_id, code_key, created_at FROM instance").fetch_optional(&db.write).await?;
    let Some(row) = row else { return Ok(None) };
    Ok(Some(Instance {
        id: row.try_get("id")?,
        default_org_id: row.try_get("default_org_id")?,
        code_key: row.try_get("code_key")?,
        created_at: from_db(&row.try_get::<String, _>("created_at")?)?,
    }))
}

/// Writes a secret readable only by the owner (0600 from the start, never world-readable in between).
fn write_private(path: &Path, contents: &str) -> Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    file.write_all(contents.as_bytes())?;
    Ok(())
}
