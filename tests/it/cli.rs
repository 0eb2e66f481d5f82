//! The `qabot` binary as a user runs it.

use std::io::Write;
use std::process::Stdio;

use crate::helpers::TestProject;

fn stdout(out: &std::process::Output) -> String {
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

#[test]
fn index_prints_a_summary() {
    let p = TestProject::shipped();
    p.write("broken.txt", &[0, 1, 2, 3, 0]);
    let text = stdout(&p.qabot().arg("index").output().unwrap());
    assert!(text.contains("indexed 5 documents"), "{text}");
    assert!(
        text.contains("duplicates dropped") && text.contains("furniture lines dropped"),
        "{text}"
    );
    assert!(
        text.contains("skipped broken.txt: binary content"),
        "{text}"
    );
}

#[test]
fn ask_prints_the_answer_with_citations() {
    let p = TestProject::shipped();
    let text = stdout(
        &p.qabot()
            .args([
                "ask",
                "When was the first ASEAN-China Media Cooperation Forum held?",
            ])
            .output()
            .unwrap(),
    );
    assert!(text.contains("May 2018") && text.contains("[1]"), "{text}");
    assert!(
        text.contains("A General Overview of ASEAN-China Media Cooperation"),
        "{text}"
    );
}

#[test]
fn ask_json_prints_the_stable_object() {
    let p = TestProject::shipped();
    let text = stdout(
        &p.qabot()
            .args([
                "ask",
                "--json",
                "When was the first ASEAN-China Media Cooperation Forum held?",
            ])
            .output()
            .unwrap(),
    );
    let v: serde_json::Value = serde_json::from_str(text.trim()).unwrap();
    for key in [
        "question",
        "intent",
        "answered",
        "answer",
        "confidence",
        "citations",
        "elapsed_us",
    ] {
        assert!(v.get(key).is_some(), "missing {key}: {v}");
    }
    assert_eq!(v["answered"], true);
    let c = &v["citations"][0];
    for key in ["title", "source", "doc", "passage"] {
        assert!(
            c[key].as_str().is_some_and(|s| !s.is_empty()),
            "citation lacks {key}: {c}"
        );
    }
}

#[test]
fn ask_json_reads_questions_from_stdin_in_order_without_shared_context() {
    let p = TestProject::shipped();
    let mut child = p
        .qabot()
        .args(["ask", "--json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let questions = [
        "hello",
        "When was the first ASEAN-China Media Cooperation Forum held?",
        "and who attended it?",
        "",
        "- *",
    ];
    child
        .stdin
        .take()
        .unwrap()
        .write_all(questions.join("\n").as_bytes())
        .unwrap();
    let text = stdout(&child.wait_with_output().unwrap());
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), questions.len());
    for (line, q) in lines.iter().zip(questions) {
        assert_eq!(line["question"], q);
    }
    assert_eq!(lines[0]["intent"], "greeting");
    assert_eq!(lines[1]["answered"], true);
    assert_eq!(lines[3]["answered"], false);
}

#[test]
fn a_bad_config_names_the_key_and_the_file() {
    let p = TestProject::shipped();
    std::fs::write(
        p.dir.path().join("bad.toml"),
        "[answer]\nthreshold = \"very\"\n",
    )
    .unwrap();
    let out = p
        .qabot()
        .args(["--config", "bad.toml", "ask", "hi"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("answer.threshold") && err.contains("bad.toml"),
        "{err}"
    );
    let out = p
        .qabot()
        .args(["ask", "hi"])
        .env("QABOT_ANSWER__THRESHOLD", "2")
        .output()
        .unwrap();
    assert!(!out.status.success());
}

#[test]
fn a_missing_knowledge_folder_is_a_clear_error() {
    let p = TestProject::new(&[]);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_qabot"))
        .current_dir(p.dir.path())
        .args(["--knowledge", "nowhere", "ask", "hi"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("knowledge folder nowhere does not exist")
    );
}

#[test]
fn eval_exits_non_zero_below_the_bar() {
    let p = TestProject::shipped();
    let file = p.dir.path().join("q.jsonl");
    std::fs::write(&file, r#"{"id":"x","question":"What is the capital of Australia?","answers":[],"docs":[],"type":"unanswerable","answerable":false}
{"id":"y","question":"When was the first ASEAN-China Media Cooperation Forum held?","answers":["Nowember 1066"],"docs":["000"],"type":"when","answerable":true}
"#).unwrap();
    let out = p.qabot().arg("eval").arg(&file).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("failures (1)") && text.contains("Nowember 1066"),
        "{text}"
    );
    let out = p
        .qabot()
        .arg("eval")
        .arg(&file)
        .args(["--min-overall", "0.9"])
        .output()
        .unwrap();
    assert!(!out.status.success());
}

#[test]
fn the_console_answers_and_lists_sources() {
    let p = TestProject::shipped();
    let mut child = p
        .qabot()
        .arg("console")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(
            b"/sources\nWhen was the first ASEAN-China Media Cooperation Forum held?\n/quit\n",
        )
        .unwrap();
    let text = stdout(&child.wait_with_output().unwrap());
    assert!(text.contains(qabot::text::SOURCES_INTRO), "{text}");
    assert!(text.contains("May 2018"), "{text}");
}
