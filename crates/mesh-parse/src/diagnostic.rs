//! The one diagnostic value of the whole compiler, and the codes it carries.
//!
//! Every phase (lexer, parser, module discovery, type checker, code
//! generator) reports problems as [`Diagnostic`]s; [`crate::render`] is the one
//! place that turns them into text.

use crate::span::{FileId, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
    Note,
}

/// A labelled span. The primary label says what is wrong at that spot; the
/// secondary labels point at related places (the `do` a missing `end` should
/// close, the definition a type came from).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub file: FileId,
    pub span: Span,
    pub message: String,
    pub primary: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable code such as `E0100`; see `docs/DIAGNOSTICS.md`.
    pub code: &'static str,
    pub message: String,
    pub labels: Vec<Label>,
    /// Free-form notes, rendered after the source snippet.
    pub notes: Vec<String>,
    /// What the user can do about it.
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            labels: Vec::new(),
            notes: Vec::new(),
            hint: None,
        }
    }

    pub fn warning(code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(code, message) }
    }

    pub fn primary(mut self, file: FileId, span: Span, message: impl Into<String>) -> Self {
        self.labels.push(Label { file, span, message: message.into(), primary: true });
        self
    }

    pub fn secondary(mut self, file: FileId, span: Span, message: impl Into<String>) -> Self {
        self.labels.push(Label { file, span, message: message.into(), primary: false });
        self
    }

    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The position diagnostics are sorted by: file, then offset of the
    /// primary label.
    pub fn sort_key(&self) -> (FileId, u32) {
        self.labels
            .iter()
            .find(|l| l.primary)
            .or(self.labels.first())
            .map(|l| (l.file, l.span.start))
            .unwrap_or_default()
    }
}

/// Diagnostic codes of the front end. Type-checker codes (E0012, E0017,
/// E0018, E0022, E0036-E0041) are fixed by LANGUAGE.md section 6.6 and live
/// in mesh-typeck.
pub mod codes {
    /// A token the grammar does not allow here.
    pub const UNEXPECTED_TOKEN: &str = "E0100";
    /// The file ended inside an open construct.
    pub const UNEXPECTED_EOF: &str = "E0101";
    /// A string literal without its closing quote.
    pub const UNTERMINATED_STRING: &str = "E0102";
    /// A `#=` block comment without its `=#`.
    pub const UNTERMINATED_COMMENT: &str = "E0103";
    /// A malformed or out-of-range number literal.
    pub const BAD_NUMBER: &str = "E0104";
    /// A character that starts no token.
    pub const BAD_CHARACTER: &str = "E0105";
    /// A reserved keyword (`alias cond trait trap with`) used.
    pub const RESERVED_KEYWORD: &str = "E0106";
    /// An expression in a pattern position that is not a pattern.
    pub const BAD_PATTERN: &str = "E0107";
    /// An unknown struct option, supervisor setting or child setting.
    pub const BAD_SETTING: &str = "E0108";
    /// A construct in a place it cannot appear (a body-less fn outside an
    /// interface, `terminate` outside an actor, ...).
    pub const MISPLACED: &str = "E0109";
    /// Too many syntax errors; the rest of the file was not reported.
    pub const TOO_MANY_ERRORS: &str = "E0110";
    /// A file or folder name that does not make a module name.
    pub const BAD_MODULE_PATH: &str = "E0111";
    /// A file that could not be read.
    pub const IO: &str = "E0112";
    /// A pattern-only form (`|`, `::`, `as`) used as an expression.
    pub const PATTERN_AS_EXPR: &str = "E0113";
}
