//! The lexer: logos tokens plus the hand-written parts logos cannot express.
//!
//! Two passes over a file:
//! 1. [`scan`]: runs the logos lexer, skips comments (keeping doc comments),
//!    reads string literals and `${...}` interpolation (tracking brace depth
//!    so `}` closes the right thing), and reports lexical errors.
//! 2. [`crate::layout`]: newline rules and one-token lookaheads.

use crate::diagnostic::{codes, Diagnostic};
use crate::span::{FileId, Span};
use crate::token::{LexErrorKind, Tok};
use logos::Logos;

/// A token with its byte range, as lalrpop's external lexer interface wants.
pub type Spanned<'s> = (usize, Tok<'s>, usize);

/// A `##` or `##!` comment, attached to items after parsing.
#[derive(Clone, Debug, PartialEq)]
pub struct DocComment {
    pub span: Span,
    /// The text after `##`/`##!` and one optional space.
    pub text: String,
    /// `##!`: documents the module itself.
    pub module: bool,
}

pub struct Scanned<'s> {
    pub tokens: Vec<Spanned<'s>>,
    pub docs: Vec<DocComment>,
    pub diagnostics: Vec<Diagnostic>,
}

/// An open `${` inside a string literal.
struct Interp {
    triple: bool,
    /// `{` / `%{` opened inside the interpolation and not yet closed.
    depth: u32,
    /// Where the string literal began.
    quote: Span,
}

/// How a stretch of string text ended.
enum StrStop {
    /// The closing quote; the offset just past it.
    Closed(usize),
    /// `${`; the offset just past it.
    Interp(usize),
    /// End of file.
    Eof,
}

struct Scanner<'s> {
    file: FileId,
    src: &'s str,
    out: Scanned<'s>,
    interps: Vec<Interp>,
}

/// Pass 1: source text to raw tokens (with `Newline`/`Semi`, no comments).
pub fn scan(file: FileId, src: &str) -> Scanned<'_> {
    let mut s = Scanner {
        file,
        src,
        out: Scanned { tokens: Vec::with_capacity(src.len() / 4), docs: Vec::new(), diagnostics: Vec::new() },
        interps: Vec::new(),
    };
    s.run();
    s.out
}

impl<'s> Scanner<'s> {
    fn push(&mut self, start: usize, tok: Tok<'s>, end: usize) {
        self.out.tokens.push((start, tok, end));
    }

    fn error(&mut self, code: &'static str, span: Span, message: String, label: &str, hint: &str) {
        self.out
            .diagnostics
            .push(Diagnostic::error(code, message).primary(self.file, span, label).hint(hint));
    }

    fn run(&mut self) {
        let mut lex = Tok::lexer(self.src);
        while let Some(res) = lex.next() {
            let r = lex.span();
            match res {
                Ok(Tok::Quote) => self.string(&mut lex, r.start, false),
                Ok(Tok::TripleQuote) => self.string(&mut lex, r.start, true),
                Ok(Tok::LineComment(text)) => self.comment(r.start, text),
                Ok(Tok::Ampersand) => self.lex_error(LexErrorKind::SingleAmpersand, Span::new(r.start, r.end)),
                Ok(tok @ (Tok::LBrace | Tok::PercentBrace)) => {
                    if let Some(i) = self.interps.last_mut() {
                        i.depth += 1;
                    }
                    self.push(r.start, tok, r.end);
                }
                Ok(Tok::RBrace) => match self.interps.last_mut() {
                    Some(i) if i.depth == 0 => {
                        let i = self.interps.pop().expect("checked above");
                        self.push(r.start, Tok::InterpClose, r.end);
                        self.string_rest(&mut lex, i.quote, i.triple);
                    }
                    Some(i) => {
                        i.depth -= 1;
                        self.push(r.start, Tok::RBrace, r.end);
                    }
                    None => self.push(r.start, Tok::RBrace, r.end),
                },
                Ok(tok) => self.push(r.start, tok, r.end),
                Err(kind) => self.lex_error(kind, Span::new(r.start, r.end)),
            }
        }
        if let Some(i) = self.interps.pop() {
            self.error(
                codes::UNTERMINATED_STRING,
                i.quote,
                "unterminated string interpolation".into(),
                "this string has a `${` that is never closed",
                "close the interpolation with `}` and the string with `\"`",
            );
            let end = self.src.len();
            self.push(end, Tok::InterpClose, end);
            self.push(end, Tok::StrEnd, end);
        }
    }

    fn lex_error(&mut self, kind: LexErrorKind, span: Span) {
        match kind {
            LexErrorKind::BadCharacter => {
                let ch = self.src[span.range()].chars().next().unwrap_or('?');
                self.error(
                    codes::BAD_CHARACTER,
                    span,
                    format!("unexpected character `{}`", ch.escape_debug()),
                    "no token starts with this character",
                    "remove it; names use ASCII letters, digits and `_`",
                );
            }
            LexErrorKind::SingleAmpersand => self.error(
                codes::BAD_CHARACTER,
                span,
                "a single `&` is not an operator".into(),
                "single `&`",
                "use `&&` or `and` for logical and",
            ),
            LexErrorKind::BadNumber(msg) => {
                self.error(codes::BAD_NUMBER, span, format!("invalid number literal: {msg}"), "invalid number", "integers are 64-bit: decimal, 0x.., 0o.. or 0b.., with optional `_` separators")
            }
            LexErrorKind::UnterminatedComment => self.error(
                codes::UNTERMINATED_COMMENT,
                Span::new(span.start as usize, span.start as usize + 2),
                "unterminated block comment".into(),
                "this `#=` comment is never closed",
                "close it with `=#` (block comments nest)",
            ),
        }
    }

    fn comment(&mut self, start: usize, text: &str) {
        if let Some(rest) = text.strip_prefix("##") {
            let (module, rest) = match rest.strip_prefix('!') {
                Some(r) => (true, r),
                None => (false, rest),
            };
            let rest = rest.strip_prefix(' ').unwrap_or(rest).trim_end_matches('\r');
            self.out.docs.push(DocComment { span: Span::new(start, start + text.len()), text: rest.to_string(), module });
        }
    }

    /// A string literal whose opening quote was just lexed.
    fn string(&mut self, lex: &mut logos::Lexer<'s, Tok<'s>>, start: usize, triple: bool) {
        let quote = Span::new(start, lex.span().end);
        let body_start = lex.span().end;
        let (text, stop) = self.string_text(body_start, triple);
        match stop {
            StrStop::Closed(end) => {
                lex.bump(end - body_start);
                self.push(start, Tok::Str(text), end);
            }
            StrStop::Interp(after) => {
                lex.bump(after - body_start);
                self.push(quote.start as usize, Tok::StrStart, quote.end as usize);
                if !text.is_empty() {
                    self.push(body_start, Tok::StrText(text), after - 2);
                }
                self.push(after - 2, Tok::InterpOpen, after);
                self.interps.push(Interp { triple, depth: 0, quote });
            }
            StrStop::Eof => {
                let end = self.src.len();
                lex.bump(end - body_start);
                self.unterminated(quote);
                self.push(start, Tok::Str(text), end);
            }
        }
    }

    /// The text after an interpolation's closing `}`.
    fn string_rest(&mut self, lex: &mut logos::Lexer<'s, Tok<'s>>, quote: Span, triple: bool) {
        let body_start = lex.span().end;
        let (text, stop) = self.string_text(body_start, triple);
        let close_len = if triple { 3 } else { 1 };
        match stop {
            StrStop::Closed(end) => {
                lex.bump(end - body_start);
                if !text.is_empty() {
                    self.push(body_start, Tok::StrText(text), end - close_len);
                }
                self.push(end - close_len, Tok::StrEnd, end);
            }
            StrStop::Interp(after) => {
                lex.bump(after - body_start);
                if !text.is_empty() {
                    self.push(body_start, Tok::StrText(text), after - 2);
                }
                self.push(after - 2, Tok::InterpOpen, after);
                self.interps.push(Interp { triple, depth: 0, quote });
            }
            StrStop::Eof => {
                let end = self.src.len();
                lex.bump(end - body_start);
                self.unterminated(quote);
                if !text.is_empty() {
                    self.push(body_start, Tok::StrText(text), end);
                }
                self.push(end, Tok::StrEnd, end);
            }
        }
    }

    fn unterminated(&mut self, quote: Span) {
        self.error(
            codes::UNTERMINATED_STRING,
            quote,
            "unterminated string".into(),
            "this string is never closed",
            "add the closing quote",
        );
    }

    /// Reads string text from `from` up to the closing quote, `${` or EOF,
    /// processing escapes.
    fn string_text(&self, from: usize, triple: bool) -> (String, StrStop) {
        let bytes = self.src.as_bytes();
        let mut text = String::new();
        let mut i = from;
        let mut run = from; // start of the current run of plain text
        while i < bytes.len() {
            match bytes[i] {
                b'"' if !triple => {
                    text.push_str(&self.src[run..i]);
                    return (text, StrStop::Closed(i + 1));
                }
                b'"' if bytes[i..].starts_with(b"\"\"\"") => {
                    text.push_str(&self.src[run..i]);
                    return (text, StrStop::Closed(i + 3));
                }
                b'$' if bytes.get(i + 1) == Some(&b'{') => {
                    text.push_str(&self.src[run..i]);
                    return (text, StrStop::Interp(i + 2));
                }
                b'\\' => {
                    text.push_str(&self.src[run..i]);
                    let Some(c) = self.src[i + 1..].chars().next() else {
                        return (text, StrStop::Eof);
                    };
                    text.push(match c {
                        'n' => '\n',
                        't' => '\t',
                        'r' => '\r',
                        '0' => '\0',
                        other => other,
                    });
                    i += 1 + c.len_utf8();
                    run = i;
                }
                _ => i += 1,
            }
        }
        text.push_str(&self.src[run..]);
        (text, StrStop::Eof)
    }
}
