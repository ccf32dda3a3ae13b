//! Turning lalrpop's parse errors into [`Diagnostic`]s a user can act on:
//! the expected tokens in words, and for a missing `end` or closing bracket
//! a secondary label on the construct it should close.

use crate::diagnostic::{codes, Diagnostic};
use crate::layout::{open_frames_at, FrameEvent, FrameKind};
use crate::span::{FileId, Span};
use crate::syntax::Never;
use crate::token::Tok;
use lalrpop_util::ParseError;

/// Terminals that can start an expression; when most of them are expected
/// the message says "an expression" instead of listing them.
const EXPR_STARTERS: &[&str] = &[
    "INT", "FLOAT", "STR", "LIDENT", "UIDENT", "\"(\"", "\"[\"", "\"%{\"", "\"if\"", "\"case\"", "\"-\"",
];

fn describe_terminal(t: &str) -> String {
    match t {
        "LIDENT" => "a name".into(),
        "UIDENT" => "a capitalised name".into(),
        "INT" | "FLOAT" => "a number".into(),
        "STR" | "\"\\\"\"" => "a string".into(),
        "ATOM" => "an atom".into(),
        "SEP" => "a new line".into(),
        "STRTEXT" => "string text".into(),
        "\"fn (anonymous)\"" => "`fn`".into(),
        "\"closing \\\"\"" => "`\"`".into(),
        "\"} of ${\"" => "`}`".into(),
        "\"do |\"" => "`do |`".into(),
        other => {
            let inner = other.trim_matches('"').replace("\\\"", "\"");
            format!("`{inner}`")
        }
    }
}

/// "`end`", "`)` or `,`", "an expression, `)` or `,`".
pub fn describe_expected(expected: &[String]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let starters = expected.iter().filter(|e| EXPR_STARTERS.contains(&e.as_str())).count();
    let as_expression = starters >= 6;
    if as_expression {
        parts.push("an expression".into());
    }
    let as_item = expected.iter().filter(|e| ITEM_STARTERS.contains(&e.as_str())).count() >= 6;
    if as_item {
        parts.push("a declaration (`fn`, `struct`, `type`, `service`, `actor`, `import`, ...)".into());
    }
    for e in expected {
        if as_expression && (EXPR_STARTERS.contains(&e.as_str()) || is_expression_keyword(e)) {
            continue;
        }
        if as_item && ITEM_STARTERS.contains(&e.as_str()) {
            continue;
        }
        let d = describe_terminal(e);
        if !parts.contains(&d) {
            parts.push(d);
        }
    }
    if parts.len() > 8 {
        parts.truncate(8);
        parts.push("...".into());
    }
    match parts.len() {
        0 => "something else".into(),
        1 => parts.remove(0),
        _ => {
            let last = parts.pop().expect("len >= 2");
            format!("{} or {}", parts.join(", "), last)
        }
    }
}

/// Terminals that start a declaration; listed as "a declaration".
const ITEM_STARTERS: &[&str] = &[
    "\"fn\"", "\"struct\"", "\"type\"", "\"service\"", "\"actor\"", "\"supervisor\"", "\"interface\"",
    "\"impl\"", "\"import\"", "\"from\"", "\"module\"", "\"pub\"",
];

fn is_expression_keyword(e: &str) -> bool {
    matches!(
        e,
        "\"receive\"" | "\"while\"" | "\"for\"" | "\"break\"" | "\"continue\"" | "\"true\"" | "\"false\"" | "\"nil\""
            | "\"fn (anonymous)\"" | "\"not\"" | "\"!\"" | "\"_\"" | "ATOM" | "\"\\\"\"" | "\"from\"" | "\"as\""
            | "\"deriving\"" | "\"return\""
    )
}

fn opener_text(src: &str, span: Span) -> &str {
    src.get(span.range()).unwrap_or("?")
}

/// Whether `found` suggests a `do` block was left open (rather than a slip
/// inside it): the file ended, a declaration starts, or a bracket closes.
fn ends_block(found: Option<&Tok>) -> bool {
    matches!(
        found,
        None | Some(
            Tok::Fn | Tok::Struct | Tok::Service | Tok::Actor | Tok::Supervisor | Tok::Interface | Tok::Impl
                | Tok::Import | Tok::Module | Tok::Pub | Tok::Type | Tok::RParen | Tok::RBracket | Tok::RBrace
        )
    )
}

/// What `expected` says about a closer, and the frame it would close.
fn closing_hint(src: &str, log: &[(usize, FrameEvent)], pos: usize, expected: &[String], found: Option<&Tok>) -> Option<(String, Span, String)> {
    let frames = open_frames_at(log, pos);
    let wants_end = expected.iter().any(|e| e == "\"end\"");
    let closer = |k: &str| expected.iter().any(|e| e == k);
    let innermost = frames.last()?;
    match innermost.kind {
        FrameKind::Block | FrameKind::Lambda { .. } if wants_end && ends_block(found) => {
            let what = match innermost.kind {
                FrameKind::Lambda { .. } => "`fn`".to_string(),
                _ => format!("`{}`", opener_text(src, innermost.opener).trim_end_matches(|c: char| c == '|' || c == ' ')),
            };
            Some(("`end`".into(), innermost.opener, what))
        }
        FrameKind::Bracket => {
            let open = opener_text(src, innermost.opener);
            let close = match open {
                "(" => "\")\"",
                "[" => "\"]\"",
                "${" => "\"} of ${\"",
                _ => "\"}\"",
            };
            if closer(close) {
                Some((describe_terminal(close), innermost.opener, format!("`{open}`")))
            } else {
                None
            }
        }
        _ => None,
    }
}

pub fn syntax_error(file: FileId, src: &str, log: &[(usize, FrameEvent)], err: &ParseError<usize, Tok<'_>, Never>) -> Diagnostic {
    match err {
        ParseError::UnrecognizedToken { token: (l, tok, r), expected } => {
            let span = Span::new(*l, *r);
            if let Tok::Reserved(word) = tok {
                return Diagnostic::error(codes::RESERVED_KEYWORD, format!("`{word}` is a reserved keyword"))
                    .primary(file, span, "reserved for future use")
                    .hint(format!("choose another name; `{word}` cannot be used"));
            }
            let found = tok.describe();
            if let Some((closer, opener, what)) = closing_hint(src, log, *l, expected, Some(tok)) {
                return Diagnostic::error(codes::UNEXPECTED_TOKEN, format!("expected {closer} to close the {what} opened here, found {found}"))
                    .primary(file, span, format!("expected {closer} before this"))
                    .secondary(file, opener, format!("this {what} is not closed"))
                    .hint(format!("add {closer} to close the {what}, or remove {found}"));
            }
            let expected_text = describe_expected(expected);
            Diagnostic::error(codes::UNEXPECTED_TOKEN, format!("unexpected {found}"))
                .primary(file, span, format!("expected {expected_text}"))
                .hint(hint_for(tok, expected))
        }
        ParseError::UnrecognizedEof { location, expected } => {
            let at = Span::new((*location).min(src.len()), (*location).min(src.len()));
            if let Some((closer, opener, what)) = closing_hint(src, log, *location + 1, expected, None) {
                return Diagnostic::error(codes::UNEXPECTED_EOF, format!("expected {closer} to close the {what} opened here, found the end of the file"))
                    .primary(file, at, format!("expected {closer}"))
                    .secondary(file, opener, format!("this {what} is not closed"))
                    .hint(format!("add {closer} to close the {what}"));
            }
            Diagnostic::error(codes::UNEXPECTED_EOF, "unexpected end of file")
                .primary(file, at, format!("expected {}", describe_expected(expected)))
                .hint("the file ends in the middle of a construct; finish it")
        }
        ParseError::ExtraToken { token: (l, tok, r) } => Diagnostic::error(codes::UNEXPECTED_TOKEN, format!("unexpected {}", tok.describe()))
            .primary(file, Span::new(*l, *r), "nothing more was expected here")
            .hint("remove it"),
        ParseError::InvalidToken { location } => Diagnostic::error(codes::BAD_CHARACTER, "invalid token")
            .primary(file, Span::new(*location, *location), "here")
            .hint("remove it"),
        ParseError::User { error } => match *error {},
    }
}

/// A hint for common slips.
fn hint_for(tok: &Tok, expected: &[String]) -> String {
    let has = |k: &str| expected.iter().any(|e| e == k);
    match tok {
        Tok::Sep if has("\"do\"") => "the block is missing its `do`".into(),
        Tok::Sep => "the line ends too early; continue the expression on the same line or inside brackets".into(),
        Tok::LBrace if has("\"do\"") => "blocks are written `do ... end`, not `{ ... }`".into(),
        Tok::Eq if has("\"==\"") => "`=` only appears in `let`; use `==` to compare".into(),
        Tok::Fn => "a named function can only be defined at the top level of a module, service, interface or impl; use `fn(x) -> ... end` for a closure".into(),
        Tok::Do if has("\"->\"") => "a `case` arm is `pattern -> body`".into(),
        Tok::End if describe_expected(expected).starts_with("an expression") => "the expression before this `end` is incomplete".into(),
        Tok::End => "this `end` has no construct to close; remove it or check the `do` above".into(),
        Tok::FatArrow if has("\"->\"") => "arms use `->`; `=>` is only for map entries".into(),
        _ => "check the syntax just before this point".into(),
    }
}
