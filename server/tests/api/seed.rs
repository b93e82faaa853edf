use gatehouse_server::config::Config;
use gatehouse_server::App;

#[tokio::test]
async fn seeding_happens_once_and_secrets_are_private() {
    let dir = tempfile::tempdir().unwrap();
    let config = Config::for_data_dir(dir.path());
    let bound = "127.0.0.1:9".parse().unwrap();
    let first = App::build(&config, bound).await.unwrap();
    let pat = std::fs::read_to_string(dir.path().join("admin.pat")).unwrap();
    let password = std::fs::read_to_string(dir.path().join("admin-initial-password")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for name in ["admin.pat", "admin-initial-password"] {
            let mode = std::fs::metadata(dir.path().join(name)).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "{name}");
        }
    }
    let instance = first.state.instance.id.clone();
    drop(first);
    let second = App::build(&config, bound).await.unwrap();
    assert_eq!(second.state.instance.id, instance, "restart keeps the instance");
    assert_eq!(std::fs::read_to_string(dir.path().join("admin.pat")).unwrap(), pat, "no new token");
    assert_eq!(std::fs::read_to_string(dir.path().join("admin-initial-password")).unwrap(), password);
    let admins: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE username = 'admin'")
        .fetch_one(&second.state.db.read)
        .await
        .unwrap();
    assert_eq!(admins, 1);
}

#[tokio::test]
async fn dev_outbox_is_refused_off_loopback() {
    let dir = tempfile::tempdir().unwrap();
    let config = Config::for_data_dir(dir.path());
    let err = App::build(&config, "0.0.0.0:8080".parse().unwrap()).await.err().expect("refused");
    assert!(err.to_string().contains("--smtp-url"), "{err}");
}
