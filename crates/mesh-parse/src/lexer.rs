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

/// The scanner's findings besides tokens.
#[derive(Default)]
pub struct ScanInfo {
    /// Plain `"` strings that span several lines (opening quote to closing
    /// quote): if a syntax error follows, the quote may be missing.
    pub multiline_strings: Vec<Span>,
    /// Stretches (an unclosed `${` to the end of its line) where only the
    /// first syntax error is worth reporting.
    pub noisy: Vec<Span>,
    /// The file ended inside a comment or triple-quoted string (reported):
    /// constructs left open at the end are not reported again.
    pub eof_in_literal: bool,
    pub docs: Vec<DocComment>,
    pub diagnostics: Vec<Diagnostic>,
}

/// An open `${` inside a string literal.
struct Interp {
    /// The `${` itself.
    open: Span,
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

/// Pass 1 as a stream: source text to raw tokens (with `Newline`/`Semi`, no
/// comments). Tokens are produced on demand, so no token vector is built.
pub struct Scanner<'s> {
    file: FileId,
    src: &'s str,
    lex: logos::Lexer<'s, Tok<'s>>,
    /// Tokens made by one step and not yet handed out.
    pending: std::collections::VecDeque<Spanned<'s>>,
    interps: Vec<Interp>,
    done: bool,
    pub out: ScanInfo,
}

impl<'s> Iterator for Scanner<'s> {
    type Item = Spanned<'s>;

    fn next(&mut self) -> Option<Spanned<'s>> {
        loop {
            if let Some(t) = self.pending.pop_front() {
                return Some(t);
            }
            if self.done {
                return None;
            }
            // Fast path: most logos tokens are handed out as they are.
            if self.interps.is_empty() {
                let before = self.lex.span().end;
                let _ = before;
                match self.lex.next() {
                    Some(Ok(tok)) if Self::plain(&tok) => {
                        let r = self.lex.span();
                        return Some((r.start, tok, r.end));
                    }
                    Some(res) => self.step_with(res),
                    None => self.finish(),
                }
                continue;
            }
            self.step();
        }
    }
}

/// Pass 1, all at once: the tokens and the findings.
pub fn scan(file: FileId, src: &str) -> (Vec<Spanned<'_>>, ScanInfo) {
    let mut s = Scanner::new(file, src);
    let tokens = s.by_ref().collect();
    (tokens, s.out)
}

impl<'s> Scanner<'s> {
    pub fn new(file: FileId, src: &'s str) -> Scanner<'s> {
        Scanner {
            file,
            src,
            lex: Tok::lexer(src),
            pending: std::collections::VecDeque::with_capacity(8),
            interps: Vec::new(),
            done: false,
            out: ScanInfo::default(),
        }
    }

    fn push(&mut self, start: usize, tok: Tok<'s>, end: usize) {
        self.pending.push_back((start, tok, end));
    }

    fn error(&mut self, code: &'static str, span: Span, message: String, label: &str, hint: &str) {
        // Several bad characters in a row are one error.
        if code == codes::BAD_CHARACTER {
            if let Some(last) = self.out.diagnostics.last_mut() {
                if last.code == codes::BAD_CHARACTER && last.labels[0].span.end == span.start && last.message.starts_with("unexpected character") {
                    last.labels[0].span.end = span.end;
                    return;
                }
            }
        }
        self.out
            .diagnostics
            .push(Diagnostic::error(code, message).primary(self.file, span, label).hint(hint));
    }

    /// Tokens handed out unchanged (outside interpolations).
    fn plain(tok: &Tok) -> bool {
        !matches!(
            tok,
            Tok::Quote | Tok::TripleQuote | Tok::LineComment(_) | Tok::Ampersand | Tok::Reserved(_) | Tok::LBrace
                | Tok::PercentBrace | Tok::RBrace
        )
    }

    fn finish(&mut self) {
        self.unclosed_interpolations(self.src.len());
        self.done = true;
    }

    /// Reads one logos token and queues what it makes.
    fn step(&mut self) {
        match self.lex.next() {
            Some(res) => self.step_with(res),
            None => self.finish(),
        }
    }

    fn step_with(&mut self, res: Result<Tok<'s>, LexErrorKind>) {
        let r = self.lex.span();
        {
            match res {
                Ok(Tok::Quote) => self.string(r.start, false),
                Ok(Tok::TripleQuote) => self.string(r.start, true),
                Ok(Tok::LineComment(text)) => self.comment(r.start, text),
                Ok(Tok::Ampersand) => {
                    self.lex_error(LexErrorKind::SingleAmpersand, Span::new(r.start, r.end));
                    // Read it as `&&` so the rest of the expression parses.
                    self.push(r.start, Tok::AndAnd, r.end);
                }
                Ok(Tok::Reserved(word)) => {
                    self.error(
                        codes::RESERVED_KEYWORD,
                        Span::new(r.start, r.end),
                        format!("`{word}` is a reserved keyword"),
                        "reserved for future use",
                        &format!("choose another name; `{word}` cannot be used as a name"),
                    );
                    // Read it as a name so the rest of the file is checked.
                    self.push(r.start, Tok::LIdent(word), r.end);
                }
                Ok(Tok::Newline) if !self.interps.is_empty() => {
                    self.unclosed_interpolations(r.start);
                    self.push(r.start, Tok::Newline, r.end);
                }
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
                        self.string_rest(i.quote, i.triple);
                    }
                    Some(i) => {
                        i.depth -= 1;
                        self.push(r.start, Tok::RBrace, r.end);
                    }
                    None => self.push(r.start, Tok::RBrace, r.end),
                },
                Ok(tok) => self.push(r.start, tok, r.end),
                Err(kind @ LexErrorKind::BadNumber(_)) => {
                    self.lex_error(kind, Span::new(r.start, r.end));
                    // A placeholder number keeps the expression parseable.
                    self.push(r.start, Tok::Int(0), r.end);
                }
                Err(kind) => self.lex_error(kind, Span::new(r.start, r.end)),
            }
        }
    }

    /// Closes every open `${` at `at` (a newline or the end of the file):
    /// an interpolation does not continue past the end of its line.
    fn unclosed_interpolations(&mut self, at: usize) {
        if let Some(first) = self.interps.first() {
            let open = first.open;
            // Lexical errors after the `${` on this line are consequences.
            self.out.diagnostics.retain(|d| !d.labels.first().is_some_and(|l| l.span.start > open.start && (l.span.start as usize) <= at));
            self.out.noisy.push(Span::new(open.start as usize, at));
            self.error(
                codes::UNTERMINATED_STRING,
                open,
                "unclosed `${` in a string".into(),
                "this interpolation is not closed before the end of the line",
                "close it with `}` and the string with `\"` (write `\\${` for a literal `${`)",
            );
        }
        while self.interps.pop().is_some() {
            self.push(at, Tok::InterpClose, at);
            self.push(at, Tok::StrEnd, at);
        }
    }

    fn lex_error(&mut self, kind: LexErrorKind, span: Span) {
        match kind {
            LexErrorKind::BadCharacter => {
                let ch = self.src[span.range()].chars().next().unwrap_or('?');
                let hint = match ch {
                    '`' => "backticks are not used in Mesh; strings use double quotes".to_string(),
                    '$' => "`$` only means something inside a string, as `${expr}`".to_string(),
                    '@' => "Mesh has no attributes; use a function (`fn timeout() = 5000`) for a constant".to_string(),
                    '~' => "Mesh has no bitwise operators".to_string(),
                    '\'' => "strings use double quotes: \"text\"".to_string(),
                    '^' => "Mesh has no bitwise operators; use `Math.pow` for powers".to_string(),
                    c if c.is_alphabetic() => "names use ASCII letters, digits and `_`".to_string(),
                    _ => "remove this character".to_string(),
                };
                let shown = if ch == '`' { "'`'".to_string() } else { format!("`{}`", ch.escape_debug()) };
                self.error(codes::BAD_CHARACTER, span, format!("unexpected character {shown}"), "no token starts with this character", &hint);
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
            LexErrorKind::UnterminatedComment => {
                self.out.eof_in_literal = true;
                self.error(
                codes::UNTERMINATED_COMMENT,
                Span::new(span.start as usize, span.start as usize + 2),
                "unterminated block comment".into(),
                "this `#=` comment is never closed",
                "close it with `=#` (block comments nest)",
            )
            }
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
    fn string(&mut self, start: usize, triple: bool) {
        let quote = Span::new(start, self.lex.span().end);
        let body_start = self.lex.span().end;
        let (text, mut stop) = self.string_text(body_start, triple);
        // Inside `${...}` a string does not run past the end of its line:
        // a missing quote there must not swallow the following lines.
        if !self.interps.is_empty() {
            let line_end = self.src[body_start..].find('\n').map(|i| body_start + i).unwrap_or(self.src.len());
            match stop {
                StrStop::Closed(e) | StrStop::Interp(e) if e > line_end => stop = StrStop::Eof,
                _ => {}
            }
        }
        match stop {
            StrStop::Closed(end) => {
                self.lex.bump(end - body_start);
                if !triple && self.src[start..end].contains('\n') {
                    self.out.multiline_strings.push(Span::new(start, end));
                }
                self.push(start, Tok::Str(text), end);
            }
            StrStop::Interp(after) => {
                self.lex.bump(after - body_start);
                self.push(quote.start as usize, Tok::StrStart, quote.end as usize);
                if !text.is_empty() {
                    self.push(body_start, Tok::StrText(text), after - 2);
                }
                self.push(after - 2, Tok::InterpOpen, after);
                self.interps.push(Interp { open: Span::new(after - 2, after), triple, depth: 0, quote });
            }
            StrStop::Eof => {
                // Most likely the closing quote is missing on this line:
                // end the string at the end of its first line and go on.
                // (A triple-quoted string is multi-line by nature: it runs
                // to the end of the file.)
                let end = if triple { self.src.len() } else { self.src[body_start..].find('\n').map(|i| body_start + i).unwrap_or(self.src.len()) };
                if triple {
                    self.out.eof_in_literal = true;
                }
                let end = if self.src[..end].ends_with('\r') { end - 1 } else { end };
                self.lex.bump(end - body_start);
                self.unterminated(quote, end);
                let (text, _) = self.string_text_until(body_start, end);
                self.push(start, Tok::Str(text), end);
            }
        }
    }

    /// The text after an interpolation's closing `}`.
    fn string_rest(&mut self, quote: Span, triple: bool) {
        let body_start = self.lex.span().end;
        let (text, stop) = self.string_text(body_start, triple);
        let close_len = if triple { 3 } else { 1 };
        match stop {
            StrStop::Closed(end) => {
                self.lex.bump(end - body_start);
                if !text.is_empty() {
                    self.push(body_start, Tok::StrText(text), end - close_len);
                }
                self.push(end - close_len, Tok::StrEnd, end);
            }
            StrStop::Interp(after) => {
                self.lex.bump(after - body_start);
                if !text.is_empty() {
                    self.push(body_start, Tok::StrText(text), after - 2);
                }
                self.push(after - 2, Tok::InterpOpen, after);
                self.interps.push(Interp { open: Span::new(after - 2, after), triple, depth: 0, quote });
            }
            StrStop::Eof => {
                let end = self.src[body_start..].find('\n').map(|i| body_start + i).unwrap_or(self.src.len());
                self.lex.bump(end - body_start);
                self.unterminated(quote, end);
                let (text, _) = self.string_text_until(body_start, end);
                if !text.is_empty() {
                    self.push(body_start, Tok::StrText(text), end);
                }
                self.push(end, Tok::StrEnd, end);
            }
        }
    }

    fn unterminated(&mut self, quote: Span, line_end: usize) {
        let triple = quote.len() == 3;
        let diag = crate::Diagnostic::error(codes::UNTERMINATED_STRING, "unterminated string")
            .primary(self.file, quote, "this string is never closed")
            .secondary(self.file, Span::new(line_end, line_end), "read as ending here")
            .hint(if triple { "add the closing `\"\"\"`" } else { "add the closing `\"` (strings may span lines, so the quote can be on a later line)" });
        self.out.diagnostics.push(diag);
    }

    /// String text between `from` and `to` (escapes processed), ignoring
    /// quotes and interpolations: used to recover an unterminated string.
    fn string_text_until(&self, from: usize, to: usize) -> (String, ()) {
        let part = &self.src[from..to];
        let mut text = String::with_capacity(part.len());
        let mut chars = part.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                if let Some(e) = chars.next() {
                    text.push(match e {
                        'n' => '\n',
                        't' => '\t',
                        'r' => '\r',
                        '0' => '\0',
                        other => other,
                    });
                }
            } else {
                text.push(c);
            }
        }
        (text, ())
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
