//! `qabot check`: each failure it detects, and a healthy installation.

use std::process::Output;

use crate::helpers::TestProject;
use crate::telegram::FakeTelegram;

fn check(p: &TestProject, args: &[&str], env: &[(&str, &str)]) -> (bool, String) {
    let mut cmd = p.qabot();
    cmd.arg("check").args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out: Output = cmd.output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).to_string(),
    )
}

fn line<'a>(out: &'a str, name: &str) -> &'a str {
    out.lines()
        .find(|l| l[5..].starts_with(name))
        .unwrap_or_else(|| panic!("no {name} line in:\n{out}"))
}

#[test]
fn a_healthy_installation_passes_every_check() {
    let p = TestProject::shipped();
    assert!(p.qabot().arg("index").output().unwrap().status.success());
    let (ok, out) = check(&p, &[], &[]);
    assert!(ok, "{out}");
    for name in ["config", "knowledge", "index", "database"] {
        assert!(line(&out, name).starts_with("ok"), "{out}");
    }
    assert!(line(&out, "token").starts_with("skip"), "{out}");
}

#[test]
fn a_bad_config_key_is_named() {
    let p = TestProject::shipped();
    std::fs::write(
        p.dir.path().join("bad.toml"),
        "[answer]\nthreshhold = 0.5\n",
    )
    .unwrap();
    let (ok, out) = check(&p, &["--config", "bad.toml"], &[]);
    assert!(!ok);
    let l = line(&out, "config");
    assert!(
        l.starts_with("FAIL") && l.contains("threshhold") && l.contains("bad.toml"),
        "{out}"
    );
}

#[test]
fn a_missing_or_empty_knowledge_folder_fails() {
    let p = TestProject::new(&[]);
    let (ok, out) = check(&p, &[], &[]);
    assert!(!ok);
    assert!(line(&out, "knowledge").starts_with("FAIL"), "{out}");
    std::fs::remove_dir_all(p.knowledge()).unwrap();
    let (ok, out) = check(&p, &[], &[]);
    assert!(
        !ok && line(&out, "knowledge").contains("is not a folder"),
        "{out}"
    );
}

#[test]
fn a_missing_or_stale_index_fails() {
    let p = TestProject::shipped();
    let (ok, out) = check(&p, &[], &[]);
    assert!(
        !ok && line(&out, "index").contains("not built yet"),
        "{out}"
    );
    assert!(p.qabot().arg("index").output().unwrap().status.success());
    p.write(
        "new.txt",
        b"A new document about the harbour opened in 2001.",
    );
    let (ok, out) = check(&p, &[], &[]);
    assert!(
        !ok && line(&out, "index").contains("older than the knowledge folder"),
        "{out}"
    );
}

#[test]
fn an_unwritable_database_fails() {
    let p = TestProject::shipped();
    assert!(p.qabot().arg("index").output().unwrap().status.success());
    let url = format!("sqlite://{}?mode=ro", p.data().join("missing.db").display());
    let (ok, out) = check(&p, &[], &[("QABOT_LOG__DATABASE_URL", &url)]);
    assert!(!ok && line(&out, "database").starts_with("FAIL"), "{out}");
}

#[test]
fn online_checks_need_a_token_the_bot_api_accepts() {
    let p = TestProject::shipped();
    assert!(p.qabot().arg("index").output().unwrap().status.success());
    let (ok, out) = check(&p, &["--online"], &[]);
    assert!(!ok && line(&out, "token").starts_with("FAIL"), "{out}");

    let t = FakeTelegram::start();
    let good = [
        ("TELOXIDE_TOKEN", "123456:TEST-token-never-printed"),
        ("QABOT_TELEGRAM__API_URL", t.url.as_str()),
    ];
    let (ok, out) = check(&p, &["--online"], &good);
    assert!(ok, "{out}");
    assert!(line(&out, "telegram").contains("@qabot_test_bot"), "{out}");
    assert!(!out.contains("TEST-token"), "the token is never printed");

    let bad = [
        ("TELOXIDE_TOKEN", "999:wrong"),
        ("QABOT_TELEGRAM__API_URL", t.url.as_str()),
    ];
    let (ok, out) = check(&p, &["--online"], &bad);
    assert!(
        !ok && line(&out, "telegram").contains("refused the token"),
        "{out}"
    );
    assert!(!out.contains("999:wrong"));
}
