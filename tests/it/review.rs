//! `qabot review` over a real query log written by the real binary.

use crate::helpers::TestProject;

fn run(p: &TestProject, args: &[&str]) -> String {
    let out = p.qabot().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn project() -> TestProject {
    TestProject::new(&[
        (
            "rail.txt",
            "Coastal Rail\n\nThe coastal railway carries 5,000 passengers every day between the two ports.\n\nThe railway opened in 1911 after a long debate.",
        ),
        (
            "museum.txt",
            "City Museum\n\nThe city museum has four halls and a garden.",
        ),
    ])
}

#[test]
fn review_groups_rephrasings_and_reports_every_section_in_every_format() {
    let p = project();
    for q in [
        "How many passengers use the coastal train line?",
        "how many passengers ride the coastal train line",
        "What is the annual budget of the harbour office?",
        "When did the coastal railway open?",
        "hello",
    ] {
        run(&p, &["ask", q]);
    }
    let json: serde_json::Value =
        serde_json::from_str(&run(&p, &["review", "--format", "json"])).unwrap();
    assert_eq!(json["questions"], 5);
    assert_eq!(json["smalltalk"], 1);
    let groups = json["declined_groups"].as_array().unwrap();
    assert_eq!(groups.len(), 2, "{groups:?}");
    assert_eq!(
        groups[0]["count"], 2,
        "the two train-line phrasings are one group: {groups:?}"
    );
    assert_eq!(groups[0]["phrasings"].as_array().unwrap().len(), 2);
    assert_eq!(json["per_day"][0]["channel"], "ask");
    assert!(json["latency_p95_us"].as_i64().unwrap() >= json["latency_p50_us"].as_i64().unwrap());
    assert!(
        json["intents"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["name"] == "greeting")
    );
    assert!(
        json["top_passages"][0]["name"]
            .as_str()
            .unwrap()
            .starts_with("rail#")
    );
    let never: Vec<&str> = json["never_cited"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(never, vec!["City Museum (museum)"]);

    let table = run(&p, &["review"]);
    for heading in [
        "Questions per day and channel",
        "Declined questions",
        "Low-confidence answers",
        "Rated not helpful",
        "Intents",
        "Most cited passages",
        "Documents never cited",
    ] {
        assert!(table.contains(heading), "{heading} missing from:\n{table}");
    }
    let csv = run(&p, &["review", "--format", "csv"]);
    assert!(
        csv.starts_with("section,item,count,value,detail\n"),
        "{csv}"
    );
    assert!(
        csv.lines()
            .any(|l| l.starts_with("declined,") && l.contains(",2,")),
        "{csv}"
    );
    assert!(
        csv.lines()
            .any(|l| l.starts_with("never_cited,City Museum (museum)")),
        "{csv}"
    );
}

#[test]
fn unhelpful_ratings_show_with_their_reason() {
    let p = project();
    let mut child = p
        .qabot()
        .arg("console")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(
            b"When did the coastal railway open?\n/bad it was not the year I wanted\n/quit\n",
        )
        .unwrap();
    assert!(child.wait_with_output().unwrap().status.success());
    let json: serde_json::Value =
        serde_json::from_str(&run(&p, &["review", "--format", "json"])).unwrap();
    let unhelpful = json["unhelpful"].as_array().unwrap();
    assert_eq!(unhelpful.len(), 1, "{json}");
    assert_eq!(unhelpful[0]["reason"], "it was not the year I wanted");
    assert_eq!(json["per_day"][0]["channel"], "console");
}

#[test]
fn replay_shows_questions_answered_after_adding_a_synonym() {
    let p = project();
    run(
        &p,
        &["ask", "How many passengers use the coastal train line?"],
    );
    let before: serde_json::Value =
        serde_json::from_str(&run(&p, &["review", "--replay", "--format", "json"])).unwrap();
    assert_eq!(before[0]["now"], "declined");
    assert_eq!(before[0]["newly_answered"], false);
    p.write(
        "synonyms.toml",
        b"[synonyms]\n\"train line\" = \"railway\"\n",
    );
    let after: serde_json::Value =
        serde_json::from_str(&run(&p, &["review", "--replay", "--format", "json"])).unwrap();
    assert_eq!(after[0]["now"], "answered", "{after}");
    assert_eq!(after[0]["newly_answered"], true);
    assert!(after[0]["now_answer"].as_str().unwrap().contains("5,000"));
    let text = run(&p, &["review", "--replay"]);
    assert!(
        text.contains("1 now answered") && text.contains("[NOW ANSWERED]"),
        "{text}"
    );
}

#[test]
fn curated_answers_take_precedence() {
    let p = project();
    p.write(
        "curated.toml",
        br#"[[answer]]
questions = ["Who runs the coastal railway?"]
answer = "The Coastal Rail Company runs it."
title = "Coastal Rail annual report"
source = "Coastal Rail Company"
passage = "The Coastal Rail Company operates the line."
"#,
    );
    let v: serde_json::Value =
        serde_json::from_str(&run(&p, &["ask", "--json", "who runs the coastal railway"])).unwrap();
    assert_eq!(v["intent"], "curated");
    assert_eq!(v["answered"], true);
    assert_eq!(v["citations"][0]["title"], "Coastal Rail annual report");
    // The curated file is not indexed as a document.
    let sources = run(&p, &["ask", "which documents do you know?"]);
    assert!(!sources.contains("curated"), "{sources}");
}
