//! Turning lalrpop's parse errors into [`Diagnostic`]s a user can act on:
//! the expected tokens in words, and for a missing `end` or closing bracket
//! a secondary label on the construct it should close.

use crate::diagnostic::{codes, Diagnostic};
use crate::layout::{open_frames_at, FrameEvent, FrameKind};
use crate::lexer::Spanned;
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
        "SEP" => "the end of the line".into(),
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
    let has = |k: &str| expected.iter().any(|e| e == k);
    let names_expected = has("LIDENT");
    let only_suffixes = expected.iter().all(|e| matches!(e.as_str(), "\"!\"" | "\"?\""));
    for e in expected {
        if as_expression && (EXPR_STARTERS.contains(&e.as_str()) || is_expression_keyword(e)) {
            continue;
        }
        // Contextual keywords are names where a name is expected; `do |`,
        // `else if`, type suffixes and `after` are noise in a list.
        let noise = match e.as_str() {
            "\"from\"" | "\"as\"" | "\"deriving\"" => names_expected,
            "\"do |\"" => has("\"do\""),
            "\"else if\"" => has("\"else\""),
            "\"!\"" | "\"?\"" => !only_suffixes,
            "\"after\"" | "SEP" | "error" => expected.len() > 1,
            _ => false,
        };
        if noise {
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


/// Everything the error messages may look at.
pub struct SyntaxContext<'a, 's> {
    pub file: FileId,
    pub src: &'a str,
    pub log: &'a [(usize, FrameEvent)],
    /// The tokens the parser read, in order.
    pub tokens: &'a [Spanned<'s>],
}

/// Tokens after which the next line continues the expression: an error on
/// the next line is really "nothing follows this token".
fn dangles(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Arrow | Tok::FatArrow | Tok::Eq | Tok::Comma | Tok::PipeGt | Tok::OrOr | Tok::AndAnd | Tok::Or
            | Tok::And | Tok::EqEq | Tok::NotEq | Tok::Lt | Tok::LtEq | Tok::GtEq | Tok::DotDot | Tok::Diamond
            | Tok::PlusPlus | Tok::Plus | Tok::Minus | Tok::Star | Tok::Slash | Tok::Percent | Tok::Bang | Tok::Not
            | Tok::ColonColon | Tok::Colon | Tok::Dot | Tok::When | Tok::In
    )
}

fn is_declaration(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Fn | Tok::Struct | Tok::Service | Tok::Actor | Tok::Supervisor | Tok::Interface | Tok::Impl | Tok::Import
            | Tok::Module | Tok::Pub | Tok::Type
    )
}

fn closer_for(open: &str) -> &'static str {
    match open {
        "(" => "\")\"",
        "[" => "\"]\"",
        "${" => "\"} of ${\"",
        _ => "\"}\"",
    }
}

impl SyntaxContext<'_, '_> {
    /// Index of the token starting at `pos` (or the first after it).
    fn index_at(&self, pos: usize) -> usize {
        self.tokens.partition_point(|(s, _, _)| *s < pos)
    }

    fn previous(&self, pos: usize) -> Option<&Spanned<'_>> {
        let i = self.index_at(pos);
        if i == 0 {
            None
        } else {
            self.tokens.get(i - 1)
        }
    }

    fn on_new_line(&self, prev_end: usize, pos: usize) -> bool {
        self.src.get(prev_end..pos).is_some_and(|gap| gap.contains('\n'))
    }

    pub fn diagnose(&self, err: &ParseError<usize, Tok<'_>, Never>) -> Diagnostic {
        match err {
            ParseError::UnrecognizedToken { token: (l, tok, r), expected } => self.unexpected(*l, tok, *r, expected),
            ParseError::UnrecognizedEof { location, expected } => {
                let at = Span::new((*location).min(self.src.len()), (*location).min(self.src.len()));
                Diagnostic::error(codes::UNEXPECTED_EOF, "unexpected end of file")
                    .primary(self.file, at, format!("expected {}", describe_expected(expected)))
                    .hint("the file ends in the middle of a construct; finish it")
            }
            ParseError::ExtraToken { token: (l, tok, r) } => Diagnostic::error(codes::UNEXPECTED_TOKEN, format!("unexpected {}", tok.describe()))
                .primary(self.file, Span::new(*l, *r), "nothing more was expected here")
                .hint("remove it"),
            ParseError::InvalidToken { location } => Diagnostic::error(codes::BAD_CHARACTER, "invalid token")
                .primary(self.file, Span::new(*location, *location), "here")
                .hint("remove it"),
            ParseError::User { error } => match *error {},
        }
    }

    fn unexpected(&self, l: usize, tok: &Tok, r: usize, expected: &[String]) -> Diagnostic {
        let file = self.file;
        let has = |k: &str| expected.iter().any(|e| e == k);
        let expected_text = describe_expected(expected);
        let prev = self.previous(l);
        let new_line = prev.is_some_and(|(_, _, pe)| self.on_new_line(*pe, l));
        let frames = open_frames_at(self.log, l);
        let innermost_bracket = frames.iter().rev().find(|f| f.kind == FrameKind::Bracket);

        // A closer with nothing open to close.
        if let Tok::RParen | Tok::RBracket | Tok::RBrace = tok {
            if innermost_bracket.is_none() {
                return Diagnostic::error(codes::UNEXPECTED_TOKEN, format!("unmatched `{}`", tok.text()))
                    .primary(file, Span::new(l, r), "no bracket is open here")
                    .hint("remove it");
            }
        }
        let in_arms = frames.iter().rev().find(|f| f.kind != FrameKind::Bracket).and_then(|f| f.owner.as_ref()).is_some_and(|o| o.keyword == "case" || o.keyword == "receive");
        // `->` where the previous line ended with `->`: an arm without a body.
        if let Tok::Arrow = tok {
            let line_first = self.tokens[..self.index_at(l)].iter().rposition(|(s, _, _)| self.on_new_line(*s, l)).map(|i| i + 1);
            if let Some(i) = line_first.filter(|i| *i > 0) {
                if let Some((ps, Tok::Arrow, pe)) = self.tokens.get(i - 1) {
                    return Diagnostic::error(codes::UNEXPECTED_TOKEN, "an arm has no body")
                        .primary(file, Span::new(*ps, *pe), "nothing follows this `->`")
                        .secondary(file, Span::new(l, r), "the next arm starts here")
                        .hint("write the arm's body after `->` (`()` for nothing)");
                }
            }
            if in_arms && prev.is_none_or(|(_, p, _)| matches!(p, Tok::Sep | Tok::Do)) {
                return Diagnostic::error(codes::BAD_PATTERN, "missing pattern before `->`")
                    .primary(file, Span::new(l, r), "expected a pattern before this")
                    .hint("an arm is `pattern -> body`; use `_ -> body` to match anything");
            }
        }
        if let (Tok::ColonColon, Some((_, Tok::End, _))) = (tok, prev) {
            return Diagnostic::error(codes::UNEXPECTED_TOKEN, "`end` is a keyword and cannot be used as a name")
                .primary(file, Span::new(l, r), "`end` closed the block just before")
                .hint("rename the field");
        }
        // A bracket left open at the end of a line, or before a declaration.
        if let Some(b) = innermost_bracket.filter(|_| new_line || is_declaration(tok) || matches!(tok, Tok::End | Tok::Sep)) {
            let open = self.src.get(b.opener.range()).unwrap_or("(");
            let close = closer_for(open);
            if has(close) && frames.last().is_some_and(|f| f.kind == FrameKind::Bracket) {
                let closer = describe_terminal(close);
                return Diagnostic::error(codes::UNEXPECTED_TOKEN, format!("expected {closer} to close the `{open}` opened here, found {}", tok.describe()))
                    .primary(file, Span::new(l, r), format!("expected {closer} before this"))
                    .secondary(file, b.opener, format!("this `{open}` is not closed"))
                    .hint(format!("add {closer} to close the `{open}`"));
            }
        }
        // The previous line ended with a token that needs more after it,
        // and this line (indented no deeper) reads as a new statement.
        let line_first = self.tokens[..self.index_at(l)].iter().rposition(|(s, _, _)| self.on_new_line(*s, l)).map_or(0, |i| i + 1);
        let prev_line_last = line_first.checked_sub(1).and_then(|i| self.tokens.get(i));
        let same_or_less_indent = prev_line_last.is_some_and(|(ps, _, _)| indent(self.src, l) <= indent(self.src, *ps));
        if let Some((_, p, pe)) = prev_line_last.filter(|_| new_line || same_or_less_indent) {
            if dangles(p) && !matches!(tok, Tok::Sep) {
                let at = Span::new(*pe, *pe);
                let what = match p {
                    Tok::ColonColon | Tok::Arrow => "a type",
                    Tok::Dot => "a name",
                    Tok::Comma => "another item",
                    _ => "an expression",
                };
                return Diagnostic::error(codes::UNEXPECTED_TOKEN, format!("nothing follows `{}` on its line", p.text()))
                    .primary(file, at, format!("expected {what} after `{}`", p.text()))
                    .secondary(file, Span::new(l, r), "the next line is read as the continuation")
                    .hint(dangling_hint(p, expected));
            }
        }
        // `pattern value` in a `case`: the `->` is missing.
        if in_arms && has("\"->\"") && has("\"when\"") && !matches!(tok, Tok::Sep) {
            return Diagnostic::error(codes::UNEXPECTED_TOKEN, format!("expected `->` after the pattern, found {}", tok.describe()))
                .primary(file, Span::new(l, r), "expected `->` before this")
                .hint("an arm is `pattern -> body`");
        }
        // `strategy one_for_one`: a setting without its `:`.
        if let (Tok::Sep, Some(i)) = (tok, self.index_at(l).checked_sub(2)) {
            if let (Some((_, Tok::LIdent(key), _)), Some((_, Tok::LIdent(_), _))) = (self.tokens.get(i), self.tokens.get(i + 1)) {
                if has("\"do\"") && *key != "child" {
                    return Diagnostic::error(codes::UNEXPECTED_TOKEN, format!("expected `:` after `{key}`"))
                        .primary(file, Span::new(self.tokens[i].2, self.tokens[i].2), "expected `:` here")
                        .hint(format!("settings are written `{key}: value`; a child is `child name do ... end`"));
                }
            }
        }
        // An operator with nothing after it on the same line.
        if let Some((_, p, pe)) = prev.filter(|_| !new_line) {
            if dangles(p) && !matches!(p, Tok::Comma | Tok::Colon | Tok::Dot | Tok::Arrow | Tok::ColonColon) && !starts_expression(tok) && !matches!(tok, Tok::Minus | Tok::Bang | Tok::Not) {
                return Diagnostic::error(codes::UNEXPECTED_TOKEN, format!("`{}` is missing its right operand", p.text()))
                    .primary(file, Span::new(*pe, *pe), format!("expected an expression after `{}`", p.text()))
                    .hint(format!("add the operand after `{}` or remove it", p.text()));
            }
        }
        if let (Tok::InterpClose, Some((_, Tok::InterpOpen, _))) = (tok, prev) {
            return Diagnostic::error(codes::UNEXPECTED_TOKEN, "empty interpolation `${}`")
                .primary(file, Span::new(l, r), "expected an expression inside `${...}`")
                .hint("put an expression inside, or write `\\${` for a literal `${`");
        }
        // The line ended too early.
        if let Tok::Sep = tok {
            let at = Span::new(l, l);
            let after = prev.map(|(ps, _, pe)| format!(" after `{}`", self.src.get(*ps..*pe).unwrap_or("?"))).unwrap_or_default();
            let (message, hint) = if has("\"=\"") && prev.is_some_and(|(_, p, _)| matches!(p, Tok::LIdent(_) | Tok::RParen | Tok::Underscore | Tok::Gt | Tok::UIdent(_))) && !has("\"do\"") {
                ("`let` needs a value".to_string(), "write `let name = value`".to_string())
            } else {
                (format!("unexpected end of line{after}"), match prev {
                    Some((_, p, _)) if matches!(p, Tok::ColonColon | Tok::Arrow) => "write a type such as `Int`, `String` or `List<Int>`".to_string(),
                    _ if has("\"do\"") => "the block is missing its `do`".to_string(),
                    Some((_, Tok::Import, _)) => "name at least one item: `from Mod import name`".to_string(),
                    _ => format!("add {expected_text} on this line"),
                })
            };
            return Diagnostic::error(codes::UNEXPECTED_TOKEN, message)
                .primary(file, at, format!("expected {expected_text}"))
                .hint(hint);
        }
        // A missing comma between elements on one line.
        if has("\",\"") && starts_expression(tok) && innermost_bracket.is_some() {
            return Diagnostic::error(codes::UNEXPECTED_TOKEN, format!("expected `,` or a closing bracket, found {}", tok.describe()))
                .primary(file, Span::new(l, r), "expected `,` before this")
                .hint(format!("add a `,` before {}", tok.describe()));
        }
        let (message, label) = match (tok, prev) {
            (Tok::End, _) if !has("\"end\"") && !expected_text.starts_with("an expression") => {
                ("unexpected `end`: nothing to close here".to_string(), "no open `do` block".to_string())
            }
            (Tok::Else | Tok::ElseIf, _) if !has("\"else\"") => ("`else` without a matching `if`".to_string(), "not inside an `if`".to_string()),
            (_, Some((_, Tok::ColonColon | Tok::Arrow, _))) if has("UIDENT") && !starts_expression(tok) || matches!(prev, Some((_, Tok::ColonColon, _))) && has("UIDENT") => {
                (format!("expected a type, found {}", tok.describe()), "expected a type here".to_string())
            }
            _ => (format!("unexpected {}", tok.describe()), format!("expected {expected_text}")),
        };
        let hint = if label == "expected a type here" {
            "write a type such as `Int`, `String` or `List<Int>`".to_string()
        } else if expected_text == "the end of the line" {
            format!("remove {}; nothing more is expected on this line", tok.describe())
        } else {
            hint_for(tok, expected, &expected_text)
        };
        Diagnostic::error(codes::UNEXPECTED_TOKEN, message).primary(file, Span::new(l, r), label).hint(hint)
    }
}

/// Indentation of the line containing `pos`.
fn indent(src: &str, pos: usize) -> usize {
    let start = src[..pos.min(src.len())].rfind('\n').map_or(0, |i| i + 1);
    src[start..].chars().take_while(|c| *c == ' ' || *c == '\t').count()
}

/// Whether a token can start an expression (used to spot missing commas).
fn starts_expression(t: &Tok) -> bool {
    matches!(
        t,
        Tok::LIdent(_) | Tok::UIdent(_) | Tok::Int(_) | Tok::Float(_) | Tok::Str(_) | Tok::StrStart | Tok::Atom(_)
            | Tok::True | Tok::False | Tok::Nil | Tok::LParen | Tok::LBracket | Tok::PercentBrace | Tok::Lambda
    )
}

fn dangling_hint(p: &Tok, expected: &[String]) -> String {
    let _ = expected;
    match p {
        Tok::ColonColon | Tok::Arrow => "write the type on the same line: `name :: Type`".into(),
        Tok::Eq => "write the value on the same line as `=`".into(),
        Tok::Dot => "write the member name right after `.`".into(),
        Tok::Comma => "remove the trailing `,` or add the next item".into(),
        _ => format!("`{}` needs an operand on the same line", p.text()),
    }
}

/// A hint for common slips.
fn hint_for(tok: &Tok, expected: &[String], expected_text: &str) -> String {
    let has = |k: &str| expected.iter().any(|e| e == k);
    match tok {
        Tok::LBrace if has("\"do\"") => "blocks are written `do ... end`, not `{ ... }`".into(),
        Tok::Eq if has("\"do\"") || has("\"->\"") || has("\"==\"") => "`=` only appears in `let`; use `==` to compare".into(),
        Tok::Do if has("\"->\"") => "a `case` arm is `pattern -> body`".into(),
        Tok::End if expected_text.starts_with("an expression") => "the expression before this `end` is incomplete".into(),
        Tok::End => "remove this `end`, or check the `do` blocks above".into(),
        Tok::FatArrow if has("\"->\"") => "arms use `->`; `=>` is only for map entries".into(),
        Tok::Colon if has("\"=>\"") => "map entries use `=>`: `%{\"key\" => value}`".into(),
        Tok::Colon if has("\"::\"") => "struct fields are declared `name :: Type`".into(),
        _ if has("\"::\"") && has("ATOM") => "struct members are fields (`name :: Type`) or schema options (`table \"t\"`, `primary_key :id`, `timestamps true`, `belongs_to :x, T`)".into(),
        _ if has("UIDENT") && !has("LIDENT") && !has("\"(\"") && matches!(tok, Tok::Int(_) | Tok::Float(_) | Tok::Str(_)) => "a capitalised name is expected here".into(),
        Tok::Pub => "`pub` is only allowed on top-level declarations".into(),
        Tok::Else | Tok::ElseIf => "an `else` must follow the body of an `if ... do`".into(),
        Tok::Arrow => "`->` belongs in a `case` arm (`pattern -> body`) or a closure (`fn x -> body end`); is a `do` missing above?".into(),
        Tok::Bar if has("\"end\"") => "`|` is not an operator in expressions; or-patterns go in `case` arms, and boolean or is `||` or `or`".into(),
        Tok::LIdent(_) if has("UIDENT") && !has("LIDENT") => "this name must be capitalised here (modules, types, variants and handlers are capitalised)".into(),
        Tok::LParen if has("UIDENT") && !has("LIDENT") => "a name is missing before `(`".into(),
        _ => format!("remove {} or add {expected_text} before it", tok.describe()),
    }
}
