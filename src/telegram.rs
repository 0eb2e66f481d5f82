//! The Telegram frontend (teloxide): questions in private chats and groups,
//! cited answers in HTML, feedback and suggestion buttons, per-user rate
//! limits, Telegram's sending limits and retries.
//!
//! The bot token is never printed: a `Bot`'s `Debug` output holds it, so no
//! bot value is ever formatted.

use std::collections::{HashMap, VecDeque};
use std::future::{Future, IntoFuture};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use teloxide::adaptors::Throttle;
use teloxide::adaptors::throttle::Limits;
use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;
use teloxide::types::{
    ChatAction, InlineKeyboardButton, InlineKeyboardMarkup, Me, MessageId, ParseMode,
    ReplyParameters,
};
use teloxide::utils::command::BotCommands;
use teloxide::{ApiError, RequestError};

use crate::answer::Answer;
use crate::config::{Config, TelegramConfig};
use crate::engine::{Conversation, LiveEngine};
use crate::querylog::{self, Channel, QueryLog};
use crate::{render, review, text};

/// The bot as it sends: throttled to Telegram's limits.
pub type Tg = Throttle<Bot>;
type HandlerResult = Result<(), Box<dyn std::error::Error + Send + Sync>>;

/// Most suggestion lists kept for their buttons.
const SUGGESTION_MEMORY: usize = 10_000;
/// Attempts to deliver one message through 5xx answers and dropped connections.
const DELIVERY_ATTEMPTS: u32 = 6;

/// Commands registered with Telegram; their doc comments are the /help list.
#[derive(BotCommands, Clone, Debug, PartialEq)]
#[command(rename_rule = "lowercase")]
pub enum Command {
    /// Welcome, and example questions.
    Start,
    /// How to ask questions.
    Help,
    /// The documents I answer from.
    Sources,
    /// What I am.
    About,
    /// Ask a question (in groups: /ask your question).
    Ask(String),
    /// Today's figures (admins only).
    Stats,
    /// Re-index the knowledge folder (admins only).
    Reload,
}

/// Reply texts of the Telegram frontend.
pub mod replies {
    pub const NOT_TEXT: &str = "I only understand text questions. Please type your question.";
    pub const RATE_LIMITED: &str =
        "You are asking faster than I can keep up with. Please wait a minute and ask again.";
    pub const NOT_ALLOWED: &str = "Sorry, this bot is not available in this chat.";
    pub const ADMINS_ONLY: &str = "This command is for the bot's admins.";
    pub const FEEDBACK_THANKS: &str = "Thanks for the feedback!";
    pub const SUGGESTION_GONE: &str = "That suggestion has expired; please type your question.";
    pub const ASK_USAGE: &str =
        "Type your question after /ask, for example: /ask what do the documents cover?";
    pub const HELPFUL: &str = "👍 Helpful";
    pub const NOT_HELPFUL: &str = "👎 Not helpful";
}

/// Suggestion lists by row key, and their keys oldest first for eviction.
type Suggestions = (HashMap<String, Vec<String>>, VecDeque<String>);

/// What the handlers share.
pub struct BotState {
    pub live: Arc<LiveEngine>,
    pub log: QueryLog,
    pub settings: TelegramConfig,
    pub database_url: String,
    conversations: Mutex<HashMap<ChatId, Conversation>>,
    suggestions: Mutex<Suggestions>,
    asked: Mutex<HashMap<UserId, VecDeque<Instant>>>,
}

impl BotState {
    pub fn new(live: Arc<LiveEngine>, log: QueryLog, config: &Config) -> BotState {
        BotState {
            live,
            log,
            settings: config.telegram.clone(),
            database_url: config.database_url(),
            conversations: Mutex::new(HashMap::new()),
            suggestions: Mutex::new((HashMap::new(), VecDeque::new())),
            asked: Mutex::new(HashMap::new()),
        }
    }

    /// Whether `user` may ask now; counts the question when so.
    fn allow_question(&self, user: UserId) -> bool {
        let limit = self.settings.questions_per_minute as usize;
        if limit == 0 {
            return true;
        }
        let mut asked = self.asked.lock().unwrap_or_else(|e| e.into_inner());
        let times = asked.entry(user).or_default();
        let now = Instant::now();
        while times
            .front()
            .is_some_and(|t| now.duration_since(*t) > Duration::from_secs(60))
        {
            times.pop_front();
        }
        if times.len() >= limit {
            return false;
        }
        times.push_back(now);
        true
    }

    fn chat_allowed(&self, chat: ChatId) -> bool {
        self.settings.allowed_chats.is_empty() || self.settings.allowed_chats.contains(&chat.0)
    }

    fn is_admin(&self, user: Option<&teloxide::types::User>) -> bool {
        user.is_some_and(|u| self.settings.admins.contains(&u.id.0))
    }

    fn remember_suggestions(&self, key: &str, list: &[String]) {
        let mut guard = self.suggestions.lock().unwrap_or_else(|e| e.into_inner());
        let (map, order) = &mut *guard;
        map.insert(key.to_string(), list.to_vec());
        order.push_back(key.to_string());
        while order.len() > SUGGESTION_MEMORY {
            if let Some(old) = order.pop_front() {
                map.remove(&old);
            }
        }
    }

    fn suggestion(&self, key: &str, i: usize) -> Option<String> {
        let guard = self.suggestions.lock().unwrap_or_else(|e| e.into_inner());
        guard.0.get(key).and_then(|l| l.get(i)).cloned()
    }
}

/// The handler tree: commands, text questions, other messages, button presses.
pub fn schema() -> UpdateHandler<Box<dyn std::error::Error + Send + Sync + 'static>> {
    let messages = Update::filter_message()
        .filter(|msg: Message| !msg.from.as_ref().is_some_and(|u| u.is_bot))
        .branch(teloxide::filter_command::<Command, _>().endpoint(on_command))
        .branch(dptree::endpoint(on_message));
    dptree::entry()
        .branch(messages)
        .branch(Update::filter_callback_query().endpoint(on_button))
}

/// Builds the bot for `config`: token from its environment variable, API address
/// from config or `TELOXIDE_API_URL`. Errors never contain the token.
pub fn bot(config: &TelegramConfig) -> anyhow::Result<Bot> {
    let token = std::env::var(&config.token_env)
        .ok()
        .filter(|t| !t.trim().is_empty())
        .ok_or_else(|| {
            anyhow::anyhow!(
                "no Telegram token: set {} (get one from @BotFather)",
                config.token_env
            )
        })?;
    let mut bot = Bot::new(token.trim());
    let api = if config.api_url.is_empty() {
        std::env::var("TELOXIDE_API_URL").unwrap_or_default()
    } else {
        config.api_url.clone()
    };
    if !api.is_empty() {
        let url = parse_url(&api)?;
        bot = bot.set_api_url(url);
    }
    Ok(bot)
}

fn parse_url(s: &str) -> anyhow::Result<url::Url> {
    url::Url::parse(s).map_err(|e| anyhow::anyhow!("invalid Bot API address {s}: {e}"))
}

/// The API address a bot talks to, for messages (never the token).
pub fn api_address(bot: &Bot) -> String {
    bot.api_url().to_string()
}

/// Checks the token with getMe: a refused token is an error; network faults are
/// retried with backoff (reported each time) until `give_up` resolves.
pub async fn connect(bot: &Bot, give_up: impl Future<Output = ()>) -> anyhow::Result<Me> {
    tokio::pin!(give_up);
    let mut delay = Duration::from_secs(1);
    loop {
        match bot.get_me().await {
            Ok(me) => return Ok(me),
            Err(RequestError::Api(ApiError::InvalidToken)) => {
                anyhow::bail!("Telegram refused the bot token: check it with @BotFather")
            }
            Err(e) => {
                eprintln!(
                    "cannot reach the Telegram Bot API at {} ({e}); retrying in {}s",
                    api_address(bot),
                    delay.as_secs()
                );
                tokio::select! {
                    _ = tokio::time::sleep(delay) => {}
                    _ = &mut give_up => anyhow::bail!("stopped before the Bot API could be reached"),
                }
                delay = (delay * 2).min(Duration::from_secs(60));
            }
        }
    }
}

/// Runs the bot until SIGINT or SIGTERM; then finishes the answers in flight and flushes the log.
pub async fn run(config: &Config, live: Arc<LiveEngine>, log: QueryLog) -> anyhow::Result<()> {
    let bot = bot(&config.telegram)?;
    let me = connect(&bot, crate::commands::shutdown_signal()).await?;
    tracing::info!(username = me.username(), "connected to Telegram");
    if let Err(e) = bot.set_my_commands(Command::bot_commands()).await {
        tracing::warn!(error = %e, "could not register the commands");
    }
    let throttled = bot.clone().throttle(Limits::default());
    let state = Arc::new(BotState::new(live, log.clone(), config));
    let mut dispatcher = Dispatcher::builder(throttled.clone(), schema())
        .dependencies(dptree::deps![state])
        .default_handler(|_| async {})
        .build();
    let token = dispatcher.shutdown_token();
    tokio::spawn(async move {
        crate::commands::shutdown_signal().await;
        tracing::info!("stopping: finishing the answers in flight");
        if let Ok(done) = token.shutdown() {
            done.await;
        }
    });
    if config.telegram.webhook_url.is_empty() {
        if let Err(e) = bot.delete_webhook().await {
            tracing::warn!(error = %e, "could not delete the webhook");
        }
        let listener = teloxide::update_listeners::Polling::builder(throttled)
            .timeout(Duration::from_secs(25))
            .build();
        dispatcher
            .dispatch_with_listener(
                listener,
                LoggingErrorHandler::with_custom_text("error from the update listener"),
            )
            .await;
    } else {
        let secret = std::env::var(&config.telegram.webhook_secret_env)
            .ok()
            .filter(|s| !s.is_empty())
            .ok_or_else(|| {
                anyhow::anyhow!(
                    "webhook mode needs a secret token in {}",
                    config.telegram.webhook_secret_env
                )
            })?;
        let address = config.telegram.webhook_listen.parse().map_err(|e| {
            anyhow::anyhow!(
                "telegram.webhook_listen {}: {e}",
                config.telegram.webhook_listen
            )
        })?;
        let url = parse_url(&config.telegram.webhook_url)?;
        let options =
            teloxide::update_listeners::webhooks::Options::new(address, url).secret_token(secret);
        let listener = teloxide::update_listeners::webhooks::axum(throttled, options).await?;
        dispatcher
            .dispatch_with_listener(
                listener,
                LoggingErrorHandler::with_custom_text("error from the webhook"),
            )
            .await;
    }
    log.close().await;
    Ok(())
}

/// Sends with retries: waits out 429s, retries 5xx answers and dropped connections with backoff.
async fn deliver<T, F, Fut>(what: &str, mut send: F) -> Option<T>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, RequestError>>,
{
    let mut delay = Duration::from_millis(300);
    for attempt in 1..=DELIVERY_ATTEMPTS {
        match send().await {
            Ok(v) => return Some(v),
            Err(RequestError::RetryAfter(s)) => tokio::time::sleep(s.duration()).await,
            Err(
                e @ (RequestError::Network(_)
                | RequestError::InvalidJson { .. }
                | RequestError::Api(ApiError::Unknown(_))),
            ) if attempt < DELIVERY_ATTEMPTS => {
                tracing::warn!(error = %e, attempt, "{what} failed; retrying");
                tokio::time::sleep(delay).await;
                delay = (delay * 2).min(Duration::from_secs(10));
            }
            Err(e) => {
                tracing::error!(error = %e, "{what} failed; giving up");
                return None;
            }
        }
    }
    None
}

async fn say(
    bot: &Tg,
    chat: ChatId,
    html: String,
    reply_to: Option<MessageId>,
    markup: Option<InlineKeyboardMarkup>,
) -> Option<Message> {
    deliver("sending a message", || {
        let mut req = bot
            .send_message(chat, html.clone())
            .parse_mode(ParseMode::Html);
        if let Some(id) = reply_to {
            req = req.reply_parameters(ReplyParameters::new(id).allow_sending_without_reply());
        }
        if let Some(m) = &markup {
            req = req.reply_markup(m.clone());
        }
        async move { req.await }
    })
    .await
}

async fn say_text(bot: &Tg, chat: ChatId, plain: &str, reply_to: Option<MessageId>) {
    say(bot, chat, render::escape_html(plain), reply_to, None).await;
}

fn feedback_buttons(key: &str) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new([[
        InlineKeyboardButton::callback(replies::HELPFUL, format!("fb:y:{key}")),
        InlineKeyboardButton::callback(replies::NOT_HELPFUL, format!("fb:n:{key}")),
    ]])
}

fn suggestion_buttons(key: &str, suggestions: &[String]) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(suggestions.iter().enumerate().map(|(i, s)| {
        [InlineKeyboardButton::callback(
            s.chars().take(60).collect::<String>(),
            format!("sg:{i}:{key}"),
        )]
    }))
}

/// The welcome: what qabot knows and three example questions.
pub fn welcome(state: &BotState) -> String {
    let engine = state.live.get();
    format!("{}\n\n{}", text::GREETING, engine.help_text())
}

async fn on_command(bot: Tg, msg: Message, cmd: Command, state: Arc<BotState>) -> HandlerResult {
    let chat = msg.chat.id;
    if !state.chat_allowed(chat) {
        say_text(&bot, chat, replies::NOT_ALLOWED, None).await;
        return Ok(());
    }
    let engine = state.live.get();
    match cmd {
        Command::Start => say_text(&bot, chat, &welcome(&state), None).await,
        Command::Help => {
            let help = format!("{}\n\n{}", engine.help_text(), Command::descriptions());
            say_text(&bot, chat, &help, None).await
        }
        Command::Sources => say_text(&bot, chat, &engine.sources_text(), None).await,
        Command::About => say_text(&bot, chat, text::ABOUT, None).await,
        Command::Ask(q) if q.trim().is_empty() => {
            say_text(&bot, chat, replies::ASK_USAGE, None).await
        }
        Command::Ask(q) => answer_question(&bot, &state, &msg, &q).await,
        Command::Stats if state.is_admin(msg.from.as_ref()) => {
            let stats = stats_text(&state).await;
            say_text(&bot, chat, &stats, None).await
        }
        Command::Reload if state.is_admin(msg.from.as_ref()) => {
            let live = state.live.clone();
            let outcome = tokio::task::spawn_blocking(move || live.reload()).await;
            let reply = match outcome {
                Ok(Ok(Some(r))) => crate::commands::index_summary(&r),
                Ok(Ok(None)) => "The index is already up to date.".to_string(),
                Ok(Err(e)) => format!("Reload failed: {e}"),
                Err(e) => format!("Reload failed: {e}"),
            };
            say_text(&bot, chat, &reply, None).await
        }
        Command::Stats | Command::Reload => say_text(&bot, chat, replies::ADMINS_ONLY, None).await,
    }
    Ok(())
}

/// Whether a group message is addressed to the bot: a mention or a reply to it.
fn addressed(msg: &Message, me: &Me) -> Option<String> {
    let text = msg.text()?;
    if msg.chat.is_private() {
        return Some(text.to_string());
    }
    let replied_to_bot = msg
        .reply_to_message()
        .and_then(|m| m.from.as_ref())
        .is_some_and(|u| u.id == me.id);
    let mention = me
        .username
        .as_deref()
        .map(|u| format!("@{u}").to_lowercase());
    let mentioned = mention
        .as_ref()
        .is_some_and(|m| text.to_lowercase().contains(m.as_str()));
    if !(replied_to_bot || mentioned) {
        return None;
    }
    let mut question = text.to_string();
    if let Some(m) = mention
        && let Some(at) = question.to_lowercase().find(&m)
    {
        question.replace_range(at..at + m.len(), "");
    }
    Some(question.trim().to_string())
}

async fn on_message(bot: Tg, msg: Message, me: Me, state: Arc<BotState>) -> HandlerResult {
    match addressed(&msg, &me) {
        // An unknown command in a private chat: show what the known ones are.
        Some(q) if q.starts_with('/') && msg.chat.is_private() => {
            let help = format!(
                "{}\n\n{}",
                state.live.get().help_text(),
                Command::descriptions()
            );
            say_text(&bot, msg.chat.id, &help, None).await;
        }
        Some(q) if q.starts_with('/') => {}
        Some(q) => {
            if !state.chat_allowed(msg.chat.id) {
                say_text(&bot, msg.chat.id, replies::NOT_ALLOWED, None).await;
            } else {
                answer_question(&bot, &state, &msg, &q).await;
            }
        }
        None if msg.chat.is_private() && msg.text().is_none() => {
            say_text(&bot, msg.chat.id, replies::NOT_TEXT, None).await;
        }
        None => {}
    }
    Ok(())
}

async fn answer_question(bot: &Tg, state: &BotState, msg: &Message, question: &str) {
    let chat = msg.chat.id;
    let reply_to = (!msg.chat.is_private()).then_some(msg.id);
    if let Some(user) = &msg.from
        && !state.allow_question(user.id)
    {
        say_text(bot, chat, replies::RATE_LIMITED, reply_to).await;
        return;
    }
    let _ = bot.send_chat_action(chat, ChatAction::Typing).await;
    let answer = {
        let engine = state.live.get();
        let mut conversations = state
            .conversations
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        engine.answer(question, conversations.entry(chat).or_default())
    };
    let user = msg
        .from
        .as_ref()
        .map(|u| state.log.hasher.id(&u.id.0.to_string()));
    let key = state.log.record(querylog::row_for(
        &answer,
        Channel::Telegram,
        Some(state.log.hasher.id(&chat.0.to_string())),
        user,
    ));
    send_answer(bot, state, chat, &answer, &key, reply_to).await;
}

async fn send_answer(
    bot: &Tg,
    state: &BotState,
    chat: ChatId,
    answer: &Answer,
    key: &str,
    reply_to: Option<MessageId>,
) {
    let messages = render::html(answer);
    let markup = if answer.answered() {
        Some(feedback_buttons(key))
    } else if !answer.suggestions.is_empty() {
        state.remember_suggestions(key, &answer.suggestions);
        Some(suggestion_buttons(key, &answer.suggestions))
    } else {
        None
    };
    let last = messages.len().saturating_sub(1);
    for (i, html) in messages.into_iter().enumerate() {
        let reply = if i == 0 { reply_to } else { None };
        let buttons = if i == last { markup.clone() } else { None };
        say(bot, chat, html, reply, buttons).await;
    }
}

async fn on_button(bot: Tg, q: CallbackQuery, state: Arc<BotState>) -> HandlerResult {
    let data = q.data.clone().unwrap_or_default();
    let mut parts = data.splitn(3, ':');
    let (kind, arg, key) = (parts.next(), parts.next(), parts.next().unwrap_or(""));
    match (kind, arg) {
        (Some("fb"), Some(vote)) => {
            let helpful = vote == "y";
            state.log.feedback(key, helpful, None);
            deliver("answering a button press", || {
                bot.answer_callback_query(q.id.clone())
                    .text(replies::FEEDBACK_THANKS)
                    .into_future()
            })
            .await;
            if let Some(m) = q.regular_message() {
                let chosen = if helpful {
                    replies::HELPFUL
                } else {
                    replies::NOT_HELPFUL
                };
                let markup = InlineKeyboardMarkup::new([[InlineKeyboardButton::callback(
                    format!("{chosen} ✓"),
                    "done",
                )]]);
                deliver("updating the buttons", || {
                    bot.edit_message_reply_markup(m.chat.id, m.id)
                        .reply_markup(markup.clone())
                        .into_future()
                })
                .await;
            }
        }
        (Some("sg"), Some(i)) => {
            deliver("answering a button press", || {
                bot.answer_callback_query(q.id.clone()).into_future()
            })
            .await;
            let suggestion = i.parse().ok().and_then(|i| state.suggestion(key, i));
            if let Some(m) = q.regular_message() {
                match suggestion {
                    Some(s) => {
                        let mut asked = m.clone();
                        asked.from = Some(q.from.clone());
                        answer_question(&bot, &state, &asked, &s).await;
                    }
                    None => say_text(&bot, m.chat.id, replies::SUGGESTION_GONE, None).await,
                }
            }
        }
        _ => {
            deliver("answering a button press", || {
                bot.answer_callback_query(q.id.clone()).into_future()
            })
            .await;
        }
    }
    Ok(())
}

/// Today's figures, from the query log.
async fn stats_text(state: &BotState) -> String {
    let since = querylog::now_ms() - querylog::now_ms().rem_euclid(86_400_000);
    let rows = match querylog::connect(&state.database_url).await {
        Ok(pool) => querylog::read_rows(&pool, since).await,
        Err(e) => Err(e),
    };
    match rows {
        Ok(rows) => {
            let r = review::review(&state.live.get(), &rows, "today");
            let mut out = format!(
                "Today: {} questions, {} answered, {} declined ({:.0}% answered). Latency p50 {} us, p95 {} us.",
                r.questions,
                r.answered,
                r.declined,
                r.answered_rate * 100.0,
                r.latency_p50_us,
                r.latency_p95_us
            );
            for g in r.declined_groups.iter().take(3) {
                out.push_str(&format!("\nDeclined {}x: {}", g.count, g.question));
            }
            out
        }
        Err(e) => format!("The query log cannot be read: {e}"),
    }
}
