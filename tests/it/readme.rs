//! Every shell command of the README that needs no token runs as written,
//! in a copy of the project (the release binary replaced by the test build).

use std::path::Path;

use crate::helpers::TestProject;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

#[test]
fn readme_commands_work_as_written() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let p = TestProject::new(&[]);
    let dir = p.dir.path();
    for f in ["config.toml", "intents.toml"] {
        std::fs::copy(root.join(f), dir.join(f)).unwrap();
    }
    std::fs::remove_dir_all(dir.join("knowledge")).unwrap();
    copy_dir(&root.join("knowledge"), &dir.join("knowledge"));
    copy_dir(&root.join("tests/fixtures"), &dir.join("tests/fixtures"));

    let mut in_sh = false;
    let mut ran = 0;
    for line in readme.lines() {
        if line.trim_start().starts_with("```") {
            in_sh = line.trim() == "```sh";
            continue;
        }
        let command = line.trim();
        if !in_sh || command.is_empty() || command.starts_with('#') {
            continue;
        }
        // Building and testing are what produced this test; the token and containers are not here.
        if command.starts_with("cargo ")
            || command.contains("TELOXIDE_TOKEN")
            || command.contains("docker")
        {
            continue;
        }
        let command = command.replace("./target/release/qabot", env!("CARGO_BIN_EXE_qabot"));
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(&command)
            .current_dir(dir)
            .env_remove("TELOXIDE_TOKEN")
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "README command failed: {line}\n{}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        ran += 1;
    }
    assert!(ran >= 10, "only {ran} README commands found");
}
