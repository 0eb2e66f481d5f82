//! The real `qabot telegram` binary against a Bot API server of our own on 127.0.0.1.

use std::collections::VecDeque;
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use crate::helpers::TestProject;

const BOT_ID: i64 = 777;
const BOT_NAME: &str = "qabot_test_bot";
const TOKEN: &str = "123456:TEST-token-never-printed";

/// What the next sendMessage calls answer instead of succeeding.
#[derive(Debug, Clone, Copy)]
pub enum Fault {
    TooManyRequests,
    BadGateway,
}

#[derive(Default)]
struct Api {
    updates: Vec<Value>,
    next_update: i64,
    next_message: i64,
    /// Every call: (method, body).
    calls: Vec<(String, Value)>,
    /// Delivered messages: (time, body).
    sent: Vec<(Instant, Value)>,
    faults: VecDeque<Fault>,
}

/// The fake Bot API.
#[derive(Clone)]
pub struct FakeTelegram {
    api: Arc<Mutex<Api>>,
    notify: Arc<tokio::sync::Notify>,
    pub url: String,
    _runtime: Arc<tokio::runtime::Runtime>,
}

fn ok(result: Value) -> Response {
    axum::Json(json!({"ok": true, "result": result})).into_response()
}

fn chat(id: i64) -> Value {
    if id < 0 {
        json!({"id": id, "type": "group", "title": "Test group"})
    } else {
        json!({"id": id, "type": "private", "first_name": "Ann"})
    }
}

fn bot_user() -> Value {
    json!({"id": BOT_ID, "is_bot": true, "first_name": "qabot", "username": BOT_NAME})
}

async fn handle(
    State(t): State<FakeTelegram>,
    Path((bot, method)): Path<(String, String)>,
    body: axum::body::Bytes,
) -> Response {
    if bot != format!("bot{TOKEN}") {
        return (
            StatusCode::UNAUTHORIZED,
            axum::Json(json!({"ok": false, "error_code": 401, "description": "Unauthorized"})),
        )
            .into_response();
    }
    let body: Value = serde_json::from_slice(&body).unwrap_or(json!({}));
    // Telegram matches method names without regard to case; teloxide sends "GetMe".
    let method = method.to_ascii_lowercase();
    t.api
        .lock()
        .unwrap()
        .calls
        .push((method.clone(), body.clone()));
    match method.as_str() {
        "getme" => ok(
            json!({"id": BOT_ID, "is_bot": true, "first_name": "qabot", "username": BOT_NAME,
            "can_join_groups": true, "can_read_all_group_messages": false, "supports_inline_queries": false,
            "has_main_web_app": false}),
        ),
        "getupdates" => {
            let offset = body["offset"].as_i64().unwrap_or(0);
            let deadline = Instant::now() + Duration::from_millis(500);
            loop {
                let pending: Vec<Value> = t
                    .api
                    .lock()
                    .unwrap()
                    .updates
                    .iter()
                    .filter(|u| u["update_id"].as_i64().unwrap() >= offset)
                    .cloned()
                    .collect();
                if !pending.is_empty() || Instant::now() > deadline {
                    return ok(Value::Array(pending));
                }
                let _ = tokio::time::timeout(Duration::from_millis(50), t.notify.notified()).await;
            }
        }
        "sendmessage" => {
            let fault = t.api.lock().unwrap().faults.pop_front();
            match fault {
                Some(Fault::TooManyRequests) => (
                    StatusCode::TOO_MANY_REQUESTS,
                    axum::Json(json!({"ok": false, "error_code": 429, "description": "Too Many Requests: retry after 1", "parameters": {"retry_after": 1}})),
                )
                    .into_response(),
                Some(Fault::BadGateway) => (
                    StatusCode::BAD_GATEWAY,
                    axum::Json(json!({"ok": false, "error_code": 502, "description": "Bad Gateway"})),
                )
                    .into_response(),
                None => {
                    let mut api = t.api.lock().unwrap();
                    api.next_message += 1;
                    let id = 10_000 + api.next_message;
                    api.sent.push((Instant::now(), body.clone()));
                    let chat_id = body["chat_id"].as_i64().unwrap();
                    ok(json!({"message_id": id, "date": 1_700_000_000, "chat": chat(chat_id), "from": bot_user(), "text": body["text"]}))
                }
            }
        }
        "editmessagereplymarkup" => {
            let chat_id = body["chat_id"].as_i64().unwrap_or(1);
            ok(
                json!({"message_id": body["message_id"], "date": 1_700_000_000, "chat": chat(chat_id), "from": bot_user(), "text": "x"}),
            )
        }
        "setmycommands"
        | "deletewebhook"
        | "setwebhook"
        | "sendchataction"
        | "answercallbackquery" => ok(json!(true)),
        other => (StatusCode::NOT_FOUND, format!("unknown method {other}")).into_response(),
    }
}

impl FakeTelegram {
    pub fn start() -> FakeTelegram {
        let runtime = Arc::new(
            tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .unwrap(),
        );
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .unwrap();
        let url = format!("http://{}/", listener.local_addr().unwrap());
        let t = FakeTelegram {
            api: Arc::new(Mutex::new(Api::default())),
            notify: Arc::new(tokio::sync::Notify::new()),
            url,
            _runtime: runtime.clone(),
        };
        let app = Router::new()
            .route("/{bot}/{method}", axum::routing::post(handle).get(handle))
            .with_state(t.clone());
        runtime.spawn(async move { axum::serve(listener, app).await.unwrap() });
        t
    }

    fn push(&self, make: impl FnOnce(i64) -> Value) -> i64 {
        let mut api = self.api.lock().unwrap();
        api.next_update += 1;
        let id = api.next_update;
        api.updates.push(make(id));
        drop(api);
        self.notify.notify_waiters();
        id
    }

    /// A text message from user `user` in chat `chat`; returns its message id.
    pub fn say(&self, chat_id: i64, user: i64, text: &str) -> i64 {
        self.push(|id| {
            json!({"update_id": id, "message": {"message_id": id, "date": 1_700_000_000, "chat": chat(chat_id),
                "from": {"id": user, "is_bot": false, "first_name": "Ann"}, "text": text}})
        })
    }

    pub fn reply_to_bot(&self, chat_id: i64, user: i64, text: &str) -> i64 {
        self.push(|id| {
            json!({"update_id": id, "message": {"message_id": id, "date": 1_700_000_000, "chat": chat(chat_id),
                "from": {"id": user, "is_bot": false, "first_name": "Ann"}, "text": text,
                "reply_to_message": {"message_id": 5, "date": 1_700_000_000, "chat": chat(chat_id), "from": bot_user(), "text": "earlier answer"}}})
        })
    }

    pub fn photo(&self, chat_id: i64, user: i64) {
        self.push(|id| {
            json!({"update_id": id, "message": {"message_id": id, "date": 1_700_000_000, "chat": chat(chat_id),
                "from": {"id": user, "is_bot": false, "first_name": "Ann"},
                "photo": [{"file_id": "f", "file_unique_id": "u", "width": 10, "height": 10}]}})
        });
    }

    pub fn press(&self, chat_id: i64, user: i64, data: &str) {
        self.push(|id| {
            json!({"update_id": id, "callback_query": {"id": format!("cb{id}"), "chat_instance": "ci", "data": data,
                "from": {"id": user, "is_bot": false, "first_name": "Ann"},
                "message": {"message_id": 10_001, "date": 1_700_000_000, "chat": chat(chat_id), "from": bot_user(), "text": "answer"}}})
        });
    }

    pub fn fail_next_sends(&self, faults: &[Fault]) {
        self.api
            .lock()
            .unwrap()
            .faults
            .extend(faults.iter().copied());
    }

    pub fn sent(&self) -> Vec<Value> {
        self.api
            .lock()
            .unwrap()
            .sent
            .iter()
            .map(|(_, v)| v.clone())
            .collect()
    }

    pub fn sent_times(&self) -> Vec<(Instant, Value)> {
        self.api.lock().unwrap().sent.clone()
    }

    pub fn calls(&self, method: &str) -> Vec<Value> {
        self.api
            .lock()
            .unwrap()
            .calls
            .iter()
            .filter(|(m, _)| m == method)
            .map(|(_, v)| v.clone())
            .collect()
    }

    /// Waits until `n` messages were delivered to `chat_id`, or panics after `secs`.
    pub fn wait_sent(&self, chat_id: i64, n: usize, secs: u64) -> Vec<Value> {
        let deadline = Instant::now() + Duration::from_secs(secs);
        loop {
            let to_chat: Vec<Value> = self
                .sent()
                .into_iter()
                .filter(|m| m["chat_id"] == chat_id)
                .collect();
            if to_chat.len() >= n {
                return to_chat;
            }
            assert!(
                Instant::now() < deadline,
                "only {} of {n} messages to chat {chat_id}: {to_chat:#?}",
                to_chat.len()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// The bot process, killed when dropped.
pub struct RunningBot {
    pub child: Child,
}

impl Drop for RunningBot {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn start_bot(p: &TestProject, t: &FakeTelegram, env: &[(&str, &str)]) -> RunningBot {
    let mut cmd = p.qabot();
    cmd.arg("telegram")
        .env("TELOXIDE_TOKEN", TOKEN)
        .env("QABOT_TELEGRAM__API_URL", &t.url)
        .stdout(Stdio::null())
        .stderr(if std::env::var_os("TEST_BOT_OUTPUT").is_some() {
            Stdio::inherit()
        } else {
            Stdio::null()
        });
    for (k, v) in env {
        cmd.env(k, v);
    }
    RunningBot {
        child: cmd.spawn().unwrap(),
    }
}

const TAGS: &[&str] = &[
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "a",
    "code",
    "pre",
    "blockquote",
    "tg-spoiler",
    "span",
    "tg-emoji",
];

/// Telegram's HTML rules: supported tags only, properly nested and closed, entities escaped; and the length limit.
pub fn assert_valid_telegram_html(text: &str) {
    assert!(text.chars().count() <= 4096, "message over 4096 characters");
    let mut stack: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find(['<', '&', '>']) {
        let c = rest.as_bytes()[i];
        rest = &rest[i..];
        match c {
            b'>' => panic!("unescaped > in {text:?}"),
            b'&' => {
                let end = rest
                    .find(';')
                    .unwrap_or_else(|| panic!("unescaped & in {text:?}"));
                let entity = &rest[1..end];
                assert!(
                    matches!(entity, "amp" | "lt" | "gt" | "quot")
                        || entity
                            .strip_prefix('#')
                            .is_some_and(|d| d.parse::<u32>().is_ok()),
                    "bad entity &{entity}; in {text:?}"
                );
                rest = &rest[end + 1..];
            }
            _ => {
                let end = rest
                    .find('>')
                    .unwrap_or_else(|| panic!("unclosed tag in {text:?}"));
                let tag = &rest[1..end];
                if let Some(name) = tag.strip_prefix('/') {
                    assert_eq!(
                        stack.pop().as_deref(),
                        Some(name),
                        "misnested </{name}> in {text:?}"
                    );
                } else {
                    let name = tag.split_whitespace().next().unwrap_or("");
                    assert!(TAGS.contains(&name), "unsupported tag <{name}> in {text:?}");
                    stack.push(name.to_string());
                }
                rest = &rest[end + 1..];
            }
        }
    }
    assert!(stack.is_empty(), "unclosed tags {stack:?} in {text:?}");
}

fn assert_all_replies_valid(t: &FakeTelegram) {
    for m in t.sent() {
        assert_eq!(m["parse_mode"], "HTML");
        assert_valid_telegram_html(m["text"].as_str().unwrap());
    }
}

const QUESTION: &str = "When was the first ASEAN-China Media Cooperation Forum held?";

#[test]
fn a_private_question_gets_a_cited_answer_with_feedback_buttons() {
    let p = TestProject::shipped();
    let t = FakeTelegram::start();
    let _bot = start_bot(&p, &t, &[]);
    t.say(100, 1, QUESTION);
    let sent = t.wait_sent(100, 1, 30);
    let text = sent[0]["text"].as_str().unwrap();
    assert!(text.contains("<b>May 2018</b>"), "{text}");
    assert!(
        text.contains("[1]") && text.contains("<blockquote>"),
        "{text}"
    );
    let buttons = &sent[0]["reply_markup"]["inline_keyboard"][0];
    assert!(
        buttons[0]["callback_data"]
            .as_str()
            .unwrap()
            .starts_with("fb:y:")
    );
    assert!(buttons[0]["callback_data"].as_str().unwrap().len() <= 64);
    assert!(
        !t.calls("sendchataction").is_empty(),
        "a typing indicator is shown"
    );
    assert!(
        !t.calls("setmycommands").is_empty(),
        "commands are registered"
    );
    assert_all_replies_valid(&t);
}

#[test]
fn groups_get_answers_only_when_addressed() {
    let p = TestProject::shipped();
    let t = FakeTelegram::start();
    let _bot = start_bot(&p, &t, &[]);
    let group = -500;
    t.say(group, 1, QUESTION);
    t.photo(group, 1);
    // A private message after them proves the group ones were handled (updates are processed in order per chat).
    t.say(101, 1, "hello");
    t.wait_sent(101, 1, 30);
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        t.sent().iter().all(|m| m["chat_id"] != group),
        "the bot spoke unaddressed in a group"
    );
    let asked = t.say(group, 1, &format!("@{BOT_NAME} {QUESTION}"));
    let sent = t.wait_sent(group, 1, 30);
    assert!(sent[0]["text"].as_str().unwrap().contains("May 2018"));
    assert_eq!(
        sent[0]["reply_parameters"]["message_id"], asked,
        "the reply quotes the question"
    );
    let replied = t.reply_to_bot(group, 2, "and who attended it?");
    let sent = t.wait_sent(group, 2, 30);
    assert_eq!(sent[1]["reply_parameters"]["message_id"], replied);
    t.say(group, 3, "/ask What does RCEP stand for?");
    let sent = t.wait_sent(group, 3, 30);
    assert!(
        sent[2]["text"]
            .as_str()
            .unwrap()
            .contains("Regional Comprehensive Economic Partnership"),
        "{}",
        sent[2]["text"]
    );
    assert_all_replies_valid(&t);
}

#[test]
fn start_help_sources_and_non_text_messages() {
    let p = TestProject::shipped();
    let t = FakeTelegram::start();
    let _bot = start_bot(&p, &t, &[]);
    t.say(102, 1, "/start");
    t.say(102, 1, "/help");
    t.say(102, 1, "/sources");
    t.photo(102, 1);
    let sent = t.wait_sent(102, 4, 30);
    let texts: Vec<&str> = sent.iter().map(|m| m["text"].as_str().unwrap()).collect();
    assert!(
        texts[0].starts_with(qabot::text::GREETING) && texts[0].contains("For example"),
        "{}",
        texts[0]
    );
    assert!(
        texts[1].contains("/sources") && texts[1].contains("/ask"),
        "{}",
        texts[1]
    );
    assert!(
        texts[2].contains("Top 10 Stories of China-ASEAN Cooperation in 2021"),
        "{}",
        texts[2]
    );
    assert_eq!(texts[3], qabot::telegram::replies::NOT_TEXT);
    assert_all_replies_valid(&t);
}

#[test]
fn a_feedback_press_updates_the_log_row_and_the_buttons() {
    let p = TestProject::shipped();
    let t = FakeTelegram::start();
    let bot = start_bot(&p, &t, &[]);
    t.say(103, 1, QUESTION);
    let sent = t.wait_sent(103, 1, 30);
    let data = sent[0]["reply_markup"]["inline_keyboard"][0][1]["callback_data"]
        .as_str()
        .unwrap()
        .to_string();
    t.press(103, 1, &data);
    let deadline = Instant::now() + Duration::from_secs(20);
    while t.calls("editmessagereplymarkup").is_empty() {
        assert!(Instant::now() < deadline, "buttons never updated");
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(!t.calls("answercallbackquery").is_empty());
    stop(bot);
    let rows = read_log(&p);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].feedback, Some(false));
    assert_eq!(rows[0].row.channel, "telegram");
    assert_ne!(
        rows[0].row.user.as_deref(),
        Some("1"),
        "user ids are hashed by default"
    );
}

#[test]
fn declines_offer_suggestions_as_buttons_that_ask_them() {
    let p = TestProject::shipped();
    let t = FakeTelegram::start();
    let _bot = start_bot(&p, &t, &[]);
    t.say(
        104,
        1,
        "What is the annual budget of the ASEAN-China Centre?",
    );
    let sent = t.wait_sent(104, 1, 30);
    let keyboard = sent[0]["reply_markup"]["inline_keyboard"]
        .as_array()
        .unwrap();
    assert!(!keyboard.is_empty(), "{sent:?}");
    let data = keyboard[0][0]["callback_data"].as_str().unwrap();
    assert!(data.starts_with("sg:0:") && data.len() <= 64);
    t.press(104, 1, data);
    let sent = t.wait_sent(104, 2, 30);
    assert_ne!(sent[1]["text"], sent[0]["text"]);
    assert_all_replies_valid(&t);
}

#[test]
fn bursts_of_429_and_502_still_deliver_every_answer_exactly_once() {
    let p = TestProject::shipped();
    let t = FakeTelegram::start();
    let _bot = start_bot(&p, &t, &[]);
    t.fail_next_sends(&[
        Fault::TooManyRequests,
        Fault::TooManyRequests,
        Fault::TooManyRequests,
        Fault::BadGateway,
        Fault::BadGateway,
    ]);
    let questions: Vec<String> = (0..5).map(|i| format!("{QUESTION} #{i}")).collect();
    for (i, q) in questions.iter().enumerate() {
        t.say(200 + i as i64, 1 + i as i64, q);
    }
    for i in 0..5 {
        t.wait_sent(200 + i, 1, 90);
    }
    std::thread::sleep(Duration::from_millis(500));
    for i in 0..5 {
        let to_chat: Vec<Value> = t
            .sent()
            .into_iter()
            .filter(|m| m["chat_id"] == 200 + i)
            .collect();
        assert_eq!(
            to_chat.len(),
            1,
            "chat {} got {} answers",
            200 + i,
            to_chat.len()
        );
    }
    assert!(t.calls("sendmessage").len() >= 10, "the faults were hit");
    assert_all_replies_valid(&t);
}

#[test]
fn questions_over_the_rate_limit_get_a_polite_message() {
    let p = TestProject::shipped();
    let t = FakeTelegram::start();
    let _bot = start_bot(&p, &t, &[("QABOT_TELEGRAM__QUESTIONS_PER_MINUTE", "2")]);
    for _ in 0..3 {
        t.say(105, 9, QUESTION);
    }
    let sent = t.wait_sent(105, 3, 30);
    assert_eq!(sent[2]["text"], qabot::telegram::replies::RATE_LIMITED);
}

#[test]
fn sigterm_flushes_the_log_and_exits_cleanly() {
    let p = TestProject::shipped();
    let t = FakeTelegram::start();
    let bot = start_bot(&p, &t, &[]);
    for i in 0..6 {
        t.say(300 + i, 1, QUESTION);
    }
    for i in 0..6 {
        t.wait_sent(300 + i, 1, 30);
    }
    let status = stop(bot);
    assert!(status.success(), "{status:?}");
    assert_eq!(read_log(&p).len(), 6);
}

#[test]
fn the_token_never_appears_in_output_or_the_database() {
    let p = TestProject::shipped();
    let t = FakeTelegram::start();
    let mut bot = start_bot(&p, &t, &[("RUST_LOG", "debug")]);
    t.say(106, 1, QUESTION);
    t.wait_sent(106, 1, 30);
    std::process::Command::new("kill")
        .args(["-TERM", &bot.child.id().to_string()])
        .status()
        .unwrap();
    let out = std::mem::replace(
        &mut bot.child,
        std::process::Command::new("true").spawn().unwrap(),
    )
    .wait_with_output()
    .unwrap();
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!all.contains("TEST-token"), "token printed");
    let db = std::fs::read(p.data().join("qabot.db")).unwrap();
    assert!(!String::from_utf8_lossy(&db).contains("TEST-token"));
}

#[test]
fn an_unreachable_api_is_reported_and_retried() {
    let p = TestProject::shipped();
    let mut child = p
        .qabot()
        .arg("telegram")
        .env("TELOXIDE_TOKEN", TOKEN)
        .env("QABOT_TELEGRAM__API_URL", "http://127.0.0.1:9/")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(2500));
    assert!(
        child.try_wait().unwrap().is_none(),
        "it keeps retrying instead of exiting"
    );
    std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("cannot reach the Telegram Bot API at http://127.0.0.1:9/"),
        "{err}"
    );
    assert!(err.matches("retrying").count() >= 2, "{err}");
    assert!(!err.contains("TEST-token"));
}

/// Posts an update to the bot's webhook; returns the HTTP status code.
fn post_update(port: u16, secret: Option<&str>, update: &Value) -> u16 {
    use std::io::{Read, Write};
    let body = update.to_string();
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    let header = secret
        .map(|s| format!("X-Telegram-Bot-Api-Secret-Token: {s}\r\n"))
        .unwrap_or_default();
    write!(
        stream,
        "POST /hook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n{header}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    response.split_whitespace().nth(1).unwrap().parse().unwrap()
}

#[test]
fn webhook_requests_without_the_secret_token_are_refused() {
    let p = TestProject::shipped();
    let t = FakeTelegram::start();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let listen = format!("127.0.0.1:{port}");
    let url = format!("http://127.0.0.1:{port}/hook");
    let _bot = start_bot(
        &p,
        &t,
        &[
            ("QABOT_TELEGRAM__WEBHOOK_URL", &url),
            ("QABOT_TELEGRAM__WEBHOOK_LISTEN", &listen),
            ("TELEGRAM_WEBHOOK_SECRET", "s3cret"),
        ],
    );
    let update = |id: i64| {
        json!({"update_id": id, "message": {"message_id": id, "date": 1_700_000_000, "chat": chat(400),
            "from": {"id": 1, "is_bot": false, "first_name": "Ann"}, "text": QUESTION}})
    };
    let deadline = Instant::now() + Duration::from_secs(30);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "the webhook never listened");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(post_update(port, None, &update(1)), 401);
    assert_eq!(post_update(port, Some("wrong"), &update(2)), 401);
    assert_eq!(post_update(port, Some("s3cret"), &update(3)), 200);
    let sent = t.wait_sent(400, 1, 30);
    assert!(sent[0]["text"].as_str().unwrap().contains("May 2018"));
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(
        t.sent().len(),
        1,
        "only the request with the secret was answered"
    );
    assert_eq!(
        t.calls("setwebhook").len(),
        1,
        "the webhook is registered with Telegram"
    );
}

fn stop(mut bot: RunningBot) -> std::process::ExitStatus {
    std::process::Command::new("kill")
        .args(["-TERM", &bot.child.id().to_string()])
        .status()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Some(status) = bot.child.try_wait().unwrap() {
            return status;
        }
        assert!(
            Instant::now() < deadline,
            "the bot did not stop within 20 s of SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn read_log(p: &TestProject) -> Vec<qabot::querylog::StoredRow> {
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let pool = qabot::querylog::connect(&p.config().database_url())
            .await
            .unwrap();
        qabot::querylog::read_rows(&pool, 0).await.unwrap()
    })
}

/// Load: 1,000 questions from 50 chats. Run with `cargo test --release -- --ignored load --nocapture`.
#[test]
#[ignore]
fn load_a_thousand_questions_from_fifty_chats() {
    let p = TestProject::shipped();
    let t = FakeTelegram::start();
    let bot = start_bot(&p, &t, &[("QABOT_TELEGRAM__QUESTIONS_PER_MINUTE", "0")]);
    let questions = [
        "When was the first ASEAN-China Media Cooperation Forum held?",
        "What does RCEP stand for?",
        "Who is the secretary-general of the China-ASEAN Center?",
        "What is the capital of Australia?",
    ];
    let started = Instant::now();
    let mut asked_at = Vec::new();
    for i in 0..1000 {
        let chat = 1000 + (i % 50) as i64;
        asked_at.push((chat, Instant::now()));
        t.say(chat, chat, questions[i % questions.len()]);
    }
    let deadline = Instant::now() + Duration::from_secs(300);
    while t.sent().len() < 1000 {
        assert!(Instant::now() < deadline, "only {} answers", t.sent().len());
        std::thread::sleep(Duration::from_millis(50));
    }
    let elapsed = started.elapsed();
    let sent = t.sent_times();
    // Match the n-th question of each chat with the n-th answer to that chat.
    let mut latencies = Vec::new();
    for chat in 1000..1050 {
        let asks: Vec<Instant> = asked_at
            .iter()
            .filter(|(c, _)| *c == chat)
            .map(|(_, t)| *t)
            .collect();
        let answers: Vec<Instant> = sent
            .iter()
            .filter(|(_, m)| m["chat_id"] == chat)
            .map(|(t, _)| *t)
            .collect();
        assert_eq!(
            asks.len(),
            answers.len(),
            "chat {chat}: answers lost or doubled"
        );
        latencies.extend(asks.iter().zip(&answers).map(|(a, b)| b.duration_since(*a)));
    }
    latencies.sort();
    println!(
        "load: 1000 questions from 50 chats in {:.1}s: {:.1} answers/s, update-to-sendMessage p50 {:?}, p99 {:?}, none lost",
        elapsed.as_secs_f64(),
        1000.0 / elapsed.as_secs_f64(),
        latencies[latencies.len() / 2],
        latencies[latencies.len() * 99 / 100]
    );
    let status = stop(bot);
    assert!(status.success());
    assert_eq!(read_log(&p).len(), 1000);
}
