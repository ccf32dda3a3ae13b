//! Pass 2 of lexing: the newline rules of LANGUAGE.md 1.7 and the one-token
//! lookaheads the LR grammar cannot make.
//!
//! - A newline (or `;`) is a statement separator `Sep` only where statements
//!   are: at top level and inside `do ... end` and closure bodies; inside
//!   `()`, `[]`, `{}`, `%{}` and `${}` it is dropped. Runs collapse to one.
//! - A `Sep` is dropped after a token that cannot end a statement (an
//!   operator, `,`, `do`, `->`, `=`, `else` ...) and before a token that
//!   cannot start one (`|>`, `|`, `.`, `end`, `else`, `when`,
//!   closing brackets). So a line starting with `|>` continues the previous
//!   expression.
//! - `else if` on one line becomes `ElseIf` (one `end` closes the chain);
//!   `do |` becomes `DoBar` (a trailing closure or a service handler's state
//!   binding); `fn` not followed by `name(`, `name do`, `name =` or `name<`
//!   becomes `Lambda`; a keyword after `.` is a member name; an atom glued to
//!   a name (`a:b`) splits into `:` and a name.

use crate::lexer::Spanned;
use crate::span::Span;
use crate::token::Tok;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameKind {
    /// `(`, `[`, `{`, `%{` or `${`.
    Bracket,
    /// `do ... end`.
    Block,
    /// An anonymous `fn ... end`; `body` once its `->` or `do` was seen.
    Lambda { body: bool },
}

/// An open construct: what opened it and where.
#[derive(Clone, Copy, Debug)]
pub struct Frame {
    pub kind: FrameKind,
    pub opener: Span,
}

/// A change to the frame stack, logged so diagnostics can ask what was open
/// at any offset (see [`open_frames_at`]).
#[derive(Clone, Copy, Debug)]
pub enum FrameEvent {
    Push(Frame),
    Pop,
    /// A lambda's body started (its `->`/`do` was seen).
    LambdaBody,
}

pub struct Layout<'s> {
    pub tokens: Vec<Spanned<'s>>,
    /// `(offset of the token that caused it, event)`, in order.
    pub frame_log: Vec<(usize, FrameEvent)>,
}

/// Tokens after which a newline never ends a statement.
fn continues_after(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Do | Tok::DoBar | Tok::Arrow | Tok::FatArrow | Tok::Eq | Tok::Comma | Tok::LParen
            | Tok::LBracket | Tok::LBrace | Tok::PercentBrace | Tok::InterpOpen | Tok::PipeGt
            | Tok::OrOr | Tok::AndAnd | Tok::Or | Tok::And | Tok::EqEq | Tok::NotEq | Tok::Lt
            | Tok::LtEq | Tok::GtEq | Tok::DotDot | Tok::Diamond | Tok::PlusPlus | Tok::Plus
            | Tok::Minus | Tok::Star | Tok::Slash | Tok::Percent | Tok::Bang | Tok::Not
            | Tok::ColonColon | Tok::Colon | Tok::Dot | Tok::Bar | Tok::Else | Tok::ElseIf
            | Tok::When | Tok::In | Tok::Sep | Tok::Lambda | Tok::Let | Tok::Pub | Tok::If
            | Tok::Case | Tok::While | Tok::For
    )
}

/// Tokens before which a newline never ends a statement.
fn continues_before(t: &Tok) -> bool {
    matches!(
        t,
        Tok::PipeGt | Tok::Bar | Tok::Dot | Tok::End | Tok::Else | Tok::ElseIf
            | Tok::When | Tok::RParen | Tok::RBracket | Tok::RBrace | Tok::InterpClose
    )
}

fn is_fn_name_follower(t: Option<&Tok>) -> bool {
    matches!(t, Some(Tok::LParen | Tok::Do | Tok::Eq | Tok::Lt))
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

struct State<'s> {
    out: Vec<Spanned<'s>>,
    frames: Vec<Frame>,
    log: Vec<(usize, FrameEvent)>,
    pending_sep: Option<(usize, usize)>,
    /// The last newline seen, significant or not.
    last_newline: Option<(usize, usize)>,
}

impl<'s> State<'s> {
    fn newline_significant(&self) -> bool {
        !matches!(self.frames.last(), Some(Frame { kind: FrameKind::Bracket, .. }))
    }

    fn last(&self) -> Option<&Tok<'s>> {
        self.out.last().map(|(_, t, _)| t)
    }

    fn emit(&mut self, start: usize, tok: Tok<'s>, end: usize) {
        if starts_statement(&tok) && !self.newline_significant() {
            // An unclosed bracket: close it (the parser reports the error).
            self.pop_to(start, |k| k == FrameKind::Bracket);
            while !self.newline_significant() {
                self.pop_to(start, |k| k == FrameKind::Bracket);
            }
            if self.pending_sep.is_none() {
                self.pending_sep = self.last_newline;
            }
        }
        self.last_newline = None;
        if let Some((s, e)) = self.pending_sep.take() {
            let keep = match self.last() {
                None => false,
                Some(last) => !continues_after(last) && !continues_before(&tok),
            } && !(tok == Tok::Deriving && self.last() == Some(&Tok::End));
            if keep {
                self.out.push((s, Tok::Sep, e));
            }
        }
        self.track(start, &tok, end);
        self.out.push((start, tok, end));
    }

    fn push_frame(&mut self, kind: FrameKind, start: usize, end: usize) {
        let f = Frame { kind, opener: Span::new(start, end) };
        self.frames.push(f);
        self.log.push((start, FrameEvent::Push(f)));
    }

    /// Pops frames down to and including the nearest one `want` accepts.
    fn pop_to(&mut self, start: usize, want: fn(FrameKind) -> bool) {
        if let Some(pos) = self.frames.iter().rposition(|f| want(f.kind)) {
            while self.frames.len() > pos {
                self.frames.pop();
                self.log.push((start, FrameEvent::Pop));
            }
        }
    }

    fn track(&mut self, start: usize, tok: &Tok, end: usize) {
        match tok {
            Tok::LParen | Tok::LBracket | Tok::LBrace | Tok::PercentBrace | Tok::InterpOpen => {
                self.push_frame(FrameKind::Bracket, start, end)
            }
            Tok::RParen | Tok::RBracket | Tok::RBrace | Tok::InterpClose => {
                self.pop_to(start, |k| k == FrameKind::Bracket)
            }
            Tok::Lambda => self.push_frame(FrameKind::Lambda { body: false }, start, end),
            Tok::Do | Tok::DoBar | Tok::Arrow => {
                if let Some(f) = self.frames.last_mut() {
                    if f.kind == (FrameKind::Lambda { body: false }) {
                        f.kind = FrameKind::Lambda { body: true };
                        self.log.push((start, FrameEvent::LambdaBody));
                        return;
                    }
                }
                if *tok != Tok::Arrow {
                    self.push_frame(FrameKind::Block, start, end);
                }
            }
            Tok::End => self.pop_to(start, |k| k != FrameKind::Bracket),
            // `else if` shares the chain's single `end`: the previous `do`
            // block is closed here and the `if`'s own `do` opens the next.
            Tok::ElseIf => self.pop_to(start, |k| k == FrameKind::Block),
            _ => {}
        }
    }
}

/// Pass 2: raw tokens (from [`crate::lexer::scan`]) to the grammar's tokens.
pub fn layout<'s>(src: &'s str, raw: Vec<Spanned<'s>>) -> Layout<'s> {
    let mut st = State { out: Vec::with_capacity(raw.len()), frames: Vec::new(), log: Vec::new(), pending_sep: None, last_newline: None };
    let mut i = 0;
    while i < raw.len() {
        let (start, tok, end) = raw[i].clone();
        let next = raw.get(i + 1).map(|(_, t, _)| t);
        i += 1;
        match tok {
            Tok::Newline | Tok::Semi => {
                st.last_newline = Some((start, end));
                if st.newline_significant() && st.pending_sep.is_none() {
                    st.pending_sep = Some((start, end));
                }
            }
            _ if st.last() == Some(&Tok::Dot) && tok.keyword_text().is_some() => {
                st.emit(start, Tok::LIdent(&src[start..end]), end);
            }
            Tok::Atom(name)
                if matches!(st.out.last(), Some((_, Tok::LIdent(_) | Tok::UIdent(_), e)) if *e == start) =>
            {
                st.emit(start, Tok::Colon, start + 1);
                st.emit(start + 1, Tok::LIdent(name), end);
            }
            Tok::Fn => {
                let named = matches!(next, Some(Tok::LIdent(_) | Tok::From | Tok::As | Tok::Deriving))
                    && is_fn_name_follower(raw.get(i + 1).map(|(_, t, _)| t));
                st.emit(start, if named { Tok::Fn } else { Tok::Lambda }, end);
            }
            Tok::Do if next == Some(&Tok::Bar) => st.emit(start, Tok::DoBar, end),
            Tok::Else if next == Some(&Tok::If) => {
                let if_end = raw[i].2;
                i += 1;
                st.emit(start, Tok::ElseIf, if_end);
            }
            tok => st.emit(start, tok, end),
        }
    }
    Layout { tokens: st.out, frame_log: st.log }
}

/// The frames open just before byte offset `pos`, innermost last.
pub fn open_frames_at(log: &[(usize, FrameEvent)], pos: usize) -> Vec<Frame> {
    let mut frames: Vec<Frame> = Vec::new();
    for (at, ev) in log {
        if *at >= pos {
            break;
        }
        match ev {
            FrameEvent::Push(f) => frames.push(*f),
            FrameEvent::Pop => {
                frames.pop();
            }
            FrameEvent::LambdaBody => {
                if let Some(f) = frames.last_mut() {
                    f.kind = FrameKind::Lambda { body: true };
                }
            }
        }
    }
    frames
}
