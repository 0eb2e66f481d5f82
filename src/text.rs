//! Reply texts, in one place, so every frontend says the same and tests assert against them.

pub const GREETING: &str = "Hello! I answer questions from my documents and quote the passages I use. Ask me anything about them, or type /help.";
pub const THANKS: &str = "You're welcome! Ask me anything else about my documents.";
pub const GOODBYE: &str = "Goodbye! Come back with more questions any time.";
pub const ABOUT: &str = "I am qabot: I answer questions from a folder of documents, quote the passages I used and name their sources. When the documents do not hold the answer, I say so instead of guessing.";
pub const HELP_INTRO: &str = "Ask me a question in plain words and I will answer from my documents, quoting the passages I used with their sources. When the documents do not say, I tell you so.";
pub const HELP_COMMANDS_CONSOLE: &str = "Commands: /sources lists the documents, /good or /bad [reason] rates the last answer, /help shows this, /quit leaves.";
pub const HELP_EXAMPLES: &str = "For example, you can ask:";
pub const SOURCES_INTRO: &str = "I know these documents:";
pub const NO_SOURCES: &str = "I have no documents yet: add files to the knowledge folder.";
pub const OUT_OF_SCOPE: &str = "That is outside what my documents cover, so I cannot answer it. Ask me about the documents instead (/sources lists them).";
pub const DECLINE: &str = "My documents do not say, so I cannot answer that.";
pub const DECLINE_SUGGEST: &str = "The closest topics I know about:";
pub const EMPTY: &str =
    "Please type a question in words, for example one about the documents listed by /sources.";
pub const CLARIFY: &str = "I found two possible answers. Which one did you mean?";
/// A document's source or date, from its metadata: `{title}` and `{value}` are filled in.
pub const FROM_SOURCE: &str = "“{title}” comes from {value}.";
pub const DATED: &str = "“{title}” is dated {value}.";
pub const NO_SOURCE: &str = "“{title}” does not say who published it.";
pub const NO_DATE: &str = "“{title}” does not say when it was published.";
pub const DISAGREE: &str = "The documents give different answers:";
pub const FEEDBACK_THANKS: &str = "Thanks, your rating is recorded.";
pub const FEEDBACK_NOTHING: &str = "There is no answer to rate yet: ask a question first.";
