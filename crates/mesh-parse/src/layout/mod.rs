//! Pass 2 of lexing: the newline rules of LANGUAGE.md 1.7 and the one-token
//! lookaheads the LR grammar cannot make.
//!
//! - A newline (or `;`) is a statement separator `Sep` only where statements
//!   are: at top level and inside `do ... end` and closure bodies; inside
//!   `()`, `[]`, `{}`, `%{}` and `${}` it is dropped. Runs collapse to one.
//! - A `Sep` is dropped after a token that cannot end a statement (an
//!   operator, `,`, `do`, `->`, `=`, `else` ...) and before a token that
//!   cannot start one (`|>`, `|`, `.`, `end`, `else`, `when`, closing
//!   brackets). So a line starting with `|>` continues the previous
//!   expression.
//! - `else if` on one line becomes `ElseIf` (one `end` closes the chain);
//!   `do |` becomes `DoBar` (a trailing closure or a service handler's state
//!   binding); `fn` not followed by `name(`, `name do`, `name =` or `name<`
//!   becomes `Lambda`; a keyword after `.` is a member name; an atom glued to
//!   a name (`a:b`) splits into `:` and a name; `{` right after a capitalised
//!   name is a struct literal's brace.
//! - Recovery (see [`frames`]): a declaration at the left margin while a
//!   block is open, or the end of the file, closes the open constructs with
//!   synthetic tokens and reports each unclosed one.

mod frames;

pub use frames::{open_frames_at, Frame, FrameEvent, FrameKind, Owner, OwnerKind};

use crate::diagnostic::Diagnostic;
use crate::lexer::{ScanInfo, Scanner, Spanned};
use std::collections::VecDeque;
use crate::span::{FileId, Span};
use crate::token::Tok;
use frames::{declaration_allowed_in, indent_at, missing_close, owner_of, starts_line, SuspectEnd};


/// A construct header (`if cond`, `fn name(...)`) waiting for its `do`.
struct Header {
    owner: Owner,
    span: Span,
    indent: usize,
    depth: usize,
}

/// Keywords whose construct needs a `do` on the same line.
fn needs_do(t: &Tok) -> bool {
    matches!(
        t,
        Tok::If | Tok::ElseIf | Tok::Case | Tok::While | Tok::For | Tok::Receive | Tok::Fn | Tok::Actor | Tok::Service
            | Tok::Struct | Tok::Supervisor | Tok::Interface | Tok::Impl | Tok::Module | Tok::Call | Tok::Cast
            | Tok::Terminate | Tok::Type
    )
}

/// Tokens after which a newline never ends a statement.
fn continues_after(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Do | Tok::DoBar | Tok::Arrow | Tok::FatArrow | Tok::Eq | Tok::Comma | Tok::LParen
            | Tok::LBracket | Tok::LBrace | Tok::StructBrace | Tok::PercentBrace | Tok::InterpOpen | Tok::PipeGt
            | Tok::OrOr | Tok::AndAnd | Tok::Or | Tok::And | Tok::EqEq | Tok::NotEq | Tok::Lt
            | Tok::LtEq | Tok::GtEq | Tok::DotDot | Tok::Diamond | Tok::PlusPlus | Tok::Plus
            | Tok::Minus | Tok::Star | Tok::Slash | Tok::Percent | Tok::Bang | Tok::Not
            | Tok::ColonColon | Tok::Colon | Tok::Dot | Tok::Bar | Tok::Else | Tok::ElseIf
            | Tok::When | Tok::In | Tok::Sep | Tok::Lambda | Tok::Let | Tok::Pub | Tok::If
            | Tok::Case | Tok::While | Tok::For
    )
}

/// What the layout needs to remember of the last token it handed out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Last {
    Nothing,
    Dot,
    FnKeyword,
    LIdent,
    UIdent,
    End,
    /// A token after which a newline never ends a statement.
    Continues,
    Other,
}

impl Last {
    fn of(t: &Tok) -> Last {
        match t {
            Tok::Dot => Last::Dot,
            Tok::Fn => Last::FnKeyword,
            Tok::LIdent(_) => Last::LIdent,
            Tok::UIdent(_) => Last::UIdent,
            Tok::End => Last::End,
            t if continues_after(t) => Last::Continues,
            _ => Last::Other,
        }
    }

    fn continues(self) -> bool {
        matches!(self, Last::Continues | Last::Dot)
    }
}

/// Tokens before which a newline never ends a statement.
fn continues_before(t: &Tok) -> bool {
    matches!(
        t,
        Tok::PipeGt | Tok::Bar | Tok::Dot | Tok::End | Tok::Else | Tok::ElseIf | Tok::When | Tok::RParen
            | Tok::RBracket | Tok::RBrace | Tok::InterpClose
    )
}

/// Tokens that only start a statement or declaration. Seen directly inside
/// a bracket they mean the bracket was never closed: the layout closes it,
/// so the rest of the file is read with the right newline rules.
fn starts_statement(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Let | Tok::Fn | Tok::Struct | Tok::Service | Tok::Actor | Tok::Supervisor | Tok::Interface
            | Tok::Impl | Tok::Import | Tok::Module | Tok::Pub
    )
}

fn is_fn_name_follower(t: Option<&Tok>) -> bool {
    matches!(t, Some(Tok::LParen | Tok::Do | Tok::Eq | Tok::Lt))
}

struct State<'s> {
    src: &'s str,
    file: FileId,
    /// Laid-out tokens not yet handed to the parser.
    out: VecDeque<Spanned<'s>>,
    /// What kind of token was handed out last, and where it ended.
    last: Last,
    last_end: usize,
    /// The last token wants an operand after it (`=`, `->`, `return` ...):
    /// a `fn` here is a closure, never a declaration.
    wants_operand: bool,
    frames: Vec<Frame>,
    log: Vec<(usize, FrameEvent)>,
    /// Whether to keep the frame log (only error reports need it).
    record: bool,
    pending_sep: Option<(usize, usize)>,
    /// The last newline seen, significant or not.
    last_newline: Option<(usize, usize)>,
    /// The construct keyword seen most recently, waiting for its `do`.
    owner: Option<Owner>,
    suspects: Vec<SuspectEnd>,
    diagnostics: Vec<Diagnostic>,
    synthetic: Vec<usize>,
    quiet: Vec<Span>,
    header: Option<Header>,
    /// The scanner already reported why the file ends early (an unclosed
    /// comment): constructs left open at the end are not reported again.
    quiet_eof: bool,
}

impl<'s> State<'s> {
    fn newline_significant(&self) -> bool {
        !matches!(self.frames.last(), Some(Frame { kind: FrameKind::Bracket, .. }))
    }

    #[inline]
    fn push_out(&mut self, start: usize, tok: Tok<'s>, end: usize) {
        self.last = Last::of(&tok);
        self.wants_operand = matches!(tok, Tok::Eq | Tok::Arrow | Tok::Return | Tok::PipeGt | Tok::Comma | Tok::LParen | Tok::LBracket | Tok::Colon);
        self.last_end = end;
        self.out.push_back((start, tok, end));
    }

    fn log_event(&mut self, at: usize, event: FrameEvent) {
        if self.record {
            self.log.push((at, event));
        }
    }

    fn emit(&mut self, start: usize, tok: Tok<'s>, end: usize, next: Option<&Tok>) {
        if declaration_allowed_in(&tok, OwnerKind::Code).is_some() && starts_line(self.src, start) {
            self.close_before_declaration(start, &tok, next);
        }
        if starts_statement(&tok) && !self.newline_significant() {
            // An unclosed bracket: close it (the parser reports the error).
            while !self.newline_significant() {
                self.pop_to(start, |k| k == FrameKind::Bracket);
            }
            if self.pending_sep.is_none() {
                self.pending_sep = self.last_newline;
            }
        }
        self.last_newline = None;
        if let Some((s, e)) = self.pending_sep.take() {
            // A declaration at the left margin always starts a new line,
            // whatever the previous line ended with.
            let declaration_line = declaration_allowed_in(&tok, OwnerKind::Module).is_some() && starts_line(self.src, start) && indent_at(self.src, start) == 0;
            let keep = match self.last {
                Last::Nothing => false,
                last => declaration_line || (!last.continues() && !continues_before(&tok)),
            } && !(matches!(tok, Tok::Deriving) && self.last == Last::End);
            if keep {
                if self.missing_do(s, start) {
                    // A synthetic `do` replaces the separator.
                } else {
                    self.push_out(s, Tok::Sep, e);
                    self.owner = None;
                }
            }
            self.header = None;
        }
        let owner = owner_of(&tok, Span::new(start, end));
        if let Some(owner) = owner.filter(|_| needs_do(&tok) && !self.in_interface()) {
            self.header = Some(Header { owner, span: Span::new(start, end), indent: indent_at(self.src, start), depth: self.frames.len() });
        } else if matches!(tok, Tok::Do | Tok::DoBar | Tok::Eq) {
            self.header = None;
        }
        if owner.is_some() {
            self.owner = owner;
        }
        self.track(start, &tok, end);
        self.push_out(start, tok, end);
    }

    fn in_interface(&self) -> bool {
        self.frames.last().and_then(|f| f.owner.as_ref()).is_some_and(|o| o.keyword == "interface")
    }

    /// A construct header whose line ended without `do`, followed by a line
    /// indented deeper: report it and insert the `do` (at `eol`).
    fn missing_do(&mut self, eol: usize, next_start: usize) -> bool {
        let Some(h) = &self.header else { return false };
        if h.depth != self.frames.len() || indent_at(self.src, next_start) <= h.indent {
            return false;
        }
        let label = h.owner.label(self.src);
        let d = Diagnostic::error(crate::diagnostic::codes::UNEXPECTED_TOKEN, format!("missing `do` after the `{label}` header"))
            .primary(self.file, Span::new(eol, eol), "expected `do` at the end of this line")
            .secondary(self.file, h.span, format!("this `{label}` needs `do ... end` around its body"))
            .hint(format!("write `do` at the end of the `{label}` line"));
        self.diagnostics.push(d);
        self.header = None;
        self.synthetic.push(eol);
        self.track(eol, &Tok::Do, eol);
        self.push_out(eol, Tok::Do, eol);
        true
    }

    /// A declaration keyword at the start of a line: close the blocks it
    /// cannot be inside, unless it is indented deeper than the block (then it
    /// is meant to be nested, and the parser reports that).
    fn close_before_declaration(&mut self, start: usize, tok: &Tok, next: Option<&Tok>) {
        let col = indent_at(self.src, start);
        let mut n = 0;
        for f in self.frames.iter().rev() {
            match f.kind {
                FrameKind::Bracket => n += 1,
                _ => {
                    let kind = f.owner.as_ref().map(|o| o.kind).unwrap_or(OwnerKind::Code);
                    if declaration_allowed_in(tok, kind) == Some(true) || col > f.indent {
                        break;
                    }
                    n += 1;
                }
            }
        }
        if !self.frames[self.frames.len() - n..].iter().any(|f| f.kind != FrameKind::Bracket) {
            return; // only brackets: the parser's message is better
        }
        let keyword = self.src.get(start..start + tok.text().len()).unwrap_or("the declaration");
        let _ = next;
        let label = match owner_of(tok, Span::new(start, start + keyword.len())) {
            Some(o) if o.keyword == keyword => format!("`{}` starts here", o.label(self.src)),
            _ => format!("`{keyword}` starts here"),
        };
        self.close_frames(n, Span::new(start, start), &label);
        if self.pending_sep.is_none() {
            self.pending_sep = self.last_newline;
        }
    }

    /// Closes the innermost `n` frames at `at` with synthetic tokens,
    /// reporting each.
    fn close_frames(&mut self, n: usize, at: Span, why: &str) {
        for _ in 0..n {
            let Some(f) = self.frames.last().cloned() else { return };
            let (d, quiet) = missing_close(self.file, self.src, &f, &self.suspects, at, why);
            if !self.quiet_eof || at.start as usize != self.src.len() {
                self.diagnostics.push(d);
            }
            self.quiet.extend(quiet);
            let closer = match (f.kind, self.src.get(f.opener.range())) {
                (FrameKind::Bracket, Some("(")) => Tok::RParen,
                (FrameKind::Bracket, Some("[")) => Tok::RBracket,
                (FrameKind::Bracket, Some("${")) => Tok::InterpClose,
                (FrameKind::Bracket, _) => Tok::RBrace,
                _ => Tok::End,
            };
            let pos = at.start as usize;
            self.synthetic.push(pos);
            self.pending_sep = None;
            self.track(pos, &closer, pos);
            self.push_out(pos, closer, pos);
        }
    }

    fn push_frame(&mut self, kind: FrameKind, start: usize, end: usize, owner: Option<Owner>, saved: Option<Owner>) {
        let anchor = owner.as_ref().map(|o| o.span.start as usize).unwrap_or(start);
        // Brackets never need their indentation (only blocks are blamed).
        let indent = if kind == FrameKind::Bracket { 0 } else { indent_at(self.src, anchor) };
        let f = Frame::new(kind, Span::new(start, end), owner, indent, saved);
        if self.record {
            self.log.push((start, FrameEvent::Push(f.clone())));
        }
        self.frames.push(f);
    }

    /// Pops frames down to and including the nearest one `want` accepts;
    /// returns the last frame popped.
    fn pop_to(&mut self, start: usize, want: fn(FrameKind) -> bool) -> Option<Frame> {
        let pos = self.frames.iter().rposition(|f| want(f.kind))?;
        let mut last = None;
        while self.frames.len() > pos {
            last = self.frames.pop();
            self.log_event(start, FrameEvent::Pop);
        }
        last
    }

    #[inline]
    fn track(&mut self, start: usize, tok: &Tok, end: usize) {
        match tok {
            Tok::LParen | Tok::LBracket | Tok::LBrace | Tok::StructBrace | Tok::PercentBrace | Tok::InterpOpen => {
                let saved = self.owner.take();
                self.push_frame(FrameKind::Bracket, start, end, None, saved);
            }
            Tok::RParen | Tok::RBracket | Tok::RBrace | Tok::InterpClose => {
                // Blocks still open inside the bracket lost their `end`.
                if let Some(pos) = self.frames.iter().rposition(|f| f.kind == FrameKind::Bracket) {
                    let above = self.frames.len() - pos - 1;
                    if above > 0 {
                        let why = format!("`{}` closes the enclosing bracket here", tok.text());
                        self.close_frames(above, Span::new(start, start), &why);
                    }
                }
                if let Some(mut f) = self.pop_to(start, |k| k == FrameKind::Bracket) {
                    self.owner = f.take_saved_owner();
                }
            }
            Tok::Lambda => {
                let owner = self.owner.take();
                self.push_frame(FrameKind::Lambda { body: false }, start, end, owner, None);
            }
            Tok::Do | Tok::DoBar | Tok::Arrow => {
                if let Some(f) = self.frames.last_mut() {
                    if f.kind == (FrameKind::Lambda { body: false }) {
                        f.kind = FrameKind::Lambda { body: true };
                        self.log_event(start, FrameEvent::LambdaBody);
                        return;
                    }
                }
                if *tok != Tok::Arrow {
                    let owner = self.owner.take();
                    self.push_frame(FrameKind::Block, start, end, owner, None);
                }
            }
            Tok::End => self.close_with_end(start, end),
            // `else if` shares the chain's single `end`: the previous `do`
            // block is closed here and the `if`'s own `do` opens the next.
            Tok::ElseIf => {
                self.pop_to(start, |k| k == FrameKind::Block);
            }
            _ => {}
        }
    }

    fn close_with_end(&mut self, start: usize, end: usize) {
        let Some(closed) = self.pop_to(start, |k| k != FrameKind::Bracket) else { return };
        if !starts_line(self.src, start) {
            return;
        }
        let col = indent_at(self.src, start);
        if col == closed.indent {
            return;
        }
        if let Some(outer) = self.frames.iter().rev().find(|f| f.kind != FrameKind::Bracket && f.indent == col) {
            let lines_up_with_label = outer.describe(self.src);
            self.suspects.push(SuspectEnd { closed, end: Span::new(start, end), lines_up_with: outer.opener, lines_up_with_label });
        }
    }
}

/// Pass 2 as a stream over the scanner: yields the grammar's tokens on
/// demand. After the stream ends, [`Layout::finish`] gives the findings.
pub struct Layout<'s> {
    st: State<'s>,
    input: Scanner<'s>,
    /// Raw tokens read ahead (at most two).
    look: VecDeque<Spanned<'s>>,
    finished: bool,
}

/// What the layout found, available once the token stream is exhausted.
#[derive(Default)]
pub struct LayoutInfo {
    /// `(offset of the token that caused it, event)`, in order; only when
    /// recording was asked for (error reports re-run the layout to get it).
    pub frame_log: Vec<(usize, FrameEvent)>,
    /// Unclosed constructs found (and closed) by the layout.
    pub diagnostics: Vec<Diagnostic>,
    /// Offsets of the zero-width tokens the layout inserted; parser errors
    /// at them are consequences of a problem already reported.
    pub synthetic: Vec<usize>,
    /// Stretches inside a construct that lost its `end`: parse errors there
    /// are consequences of the missing `end`.
    pub quiet: Vec<Span>,
}

impl<'s> Layout<'s> {
    pub fn new(file: FileId, src: &'s str, record: bool) -> Layout<'s> {
        let st = State {
            src,
            file,
            out: VecDeque::with_capacity(8),
            last: Last::Nothing,
            last_end: 0,
            wants_operand: false,
            frames: Vec::new(),
            log: Vec::new(),
            record,
            pending_sep: None,
            last_newline: None,
            owner: None,
            suspects: Vec::new(),
            diagnostics: Vec::new(),
            synthetic: Vec::new(),
            quiet: Vec::new(),
            header: None,
            quiet_eof: false,
        };
        Layout { st, input: Scanner::new(file, src), look: VecDeque::with_capacity(4), finished: false }
    }

    /// The scanner's findings and the layout's (call after the stream ended).
    pub fn finish(self) -> (ScanInfo, LayoutInfo) {
        let st = self.st;
        (self.input.out, LayoutInfo { frame_log: st.log, diagnostics: st.diagnostics, synthetic: st.synthetic, quiet: st.quiet })
    }

    fn fill(&mut self, n: usize) {
        while self.look.len() < n {
            match self.input.next() {
                Some(t) => self.look.push_back(t),
                None => break,
            }
        }
    }

    fn peek(&self, i: usize) -> Option<&Tok<'s>> {
        self.look.get(i).map(|(_, t, _)| t)
    }

    /// Lays out one raw token (queuing what it makes), or closes everything
    /// at the end of the file.
    fn advance(&mut self) {
        let first = match self.look.pop_front() {
            Some(t) => Some(t),
            None => self.input.next(),
        };
        let Some((start, tok, end)) = first else {
            self.st.quiet_eof = self.input.out.eof_in_literal;
            let src = self.st.src;
            let eof = Span::new(src.len(), src.len());
            let n = self.st.frames.len();
            self.st.close_frames(n, eof, "the file ends here");
            self.finished = true;
            return;
        };
        let src = self.st.src;
        // Only `fn`, `do` and `else` look ahead (at most two tokens).
        if matches!(tok, Tok::Fn | Tok::Do | Tok::Else) {
            self.fill(2);
        }
        if matches!(tok, Tok::Else) && matches!(self.peek(0), Some(Tok::If)) {
            let (_, _, if_end) = self.look.pop_front().expect("peeked above");
            self.st.emit(start, Tok::ElseIf, if_end, self.look.front().map(|(_, t, _)| t));
            return;
        }
        let next = self.look.front().map(|(_, t, _)| t);
        let after_name = self.look.get(1).map(|(_, t, _)| t);
        let st = &mut self.st;
        match tok {
            Tok::Newline | Tok::Semi => {
                st.last_newline = Some((start, end));
                if st.newline_significant() && st.pending_sep.is_none() {
                    st.pending_sep = Some((start, end));
                }
            }
            // `Query.where(...)`, and the standard library's `fn where(...)`:
            // the member-name keywords are names after `.` and after `fn`.
            Tok::Where | Tok::Cast if st.last == Last::FnKeyword && matches!(next, Some(Tok::LParen)) => {
                st.emit(start, Tok::LIdent(&src[start..end]), end, next);
            }
            _ if st.last == Last::Dot && tok.keyword_text().is_some() => {
                st.emit(start, Tok::LIdent(&src[start..end]), end, next);
            }
            Tok::Atom(name) if matches!(st.last, Last::LIdent | Last::UIdent) && st.last_end == start => {
                st.emit(start, Tok::Colon, start + 1, None);
                st.emit(start + 1, Tok::LIdent(name), end, next);
            }
            Tok::Fn => {
                // At the left of a declaration context a `fn` is always a
                // declaration, even a broken one (`fn (x) do`).
                let in_declarations = st.frames.last().is_none_or(|f| {
                    f.kind == FrameKind::Block && f.owner.as_ref().is_some_and(|o| o.kind != OwnerKind::Code && o.kind != OwnerKind::Members)
                });
                // Inside brackets or after `=` a `fn` is a closure: `fn x do
                // ... end` there takes the parameter `x`.
                let expression = st.wants_operand || (!st.newline_significant() && !starts_line(src, start));
                let named = (!expression && matches!(next, Some(Tok::LIdent(_) | Tok::From | Tok::As | Tok::Deriving)) && is_fn_name_follower(after_name))
                    || (in_declarations && starts_line(src, start));
                st.emit(start, if named { Tok::Fn } else { Tok::Lambda }, end, next);
            }
            Tok::Do if matches!(next, Some(Tok::Bar)) => st.emit(start, Tok::DoBar, end, next),
            Tok::LBrace if st.last == Last::UIdent => st.emit(start, Tok::StructBrace, end, next),
            tok => st.emit(start, tok, end, next),
        }
    }
}

impl<'s> Iterator for Layout<'s> {
    type Item = Spanned<'s>;

    fn next(&mut self) -> Option<Spanned<'s>> {
        loop {
            if let Some(t) = self.st.out.pop_front() {
                return Some(t);
            }
            if self.finished {
                return None;
            }
            self.advance();
        }
    }
}

/// Passes 1 and 2 all at once, recording the frame log: what error reports
/// and tests look at.
pub fn layout_all(file: FileId, src: &str) -> (Vec<Spanned<'_>>, ScanInfo, LayoutInfo) {
    let mut l = Layout::new(file, src, true);
    let tokens: Vec<Spanned> = l.by_ref().collect();
    let (scan, info) = l.finish();
    (tokens, scan, info)
}
