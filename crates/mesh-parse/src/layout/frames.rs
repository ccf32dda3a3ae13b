//! The stack of open constructs (brackets, `do ... end` blocks, closures),
//! what owns each block (`fn area`, `if`, `service Tally`), and recovery from
//! a missing `end`: when a declaration starts at the left margin while a
//! block is open, or the file ends, the blocks are closed with synthetic
//! tokens and one clear diagnostic each, blaming (by indentation) the
//! construct that most likely lost its `end`.

use crate::diagnostic::{codes, Diagnostic};
use crate::span::{FileId, Span};
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

/// What kind of construct owns a block: decides where declarations may
/// appear inside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OwnerKind {
    /// `fn`, `if`, `case`, closures... (statements inside).
    Code,
    /// `service`, `interface`, `impl`: `fn` (and `type` in the last two) allowed inside.
    FnContainer,
    /// `interface` or `impl`: `type` allowed too.
    TypeContainer,
    /// `module Name do`: any declaration allowed inside.
    Module,
    /// `struct`, `type X do`, `supervisor`, `child`: members, no declarations.
    Members,
}

/// The keyword (and name) that started the construct a block belongs to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Owner {
    pub kind: OwnerKind,
    pub keyword: &'static str,
    /// Whether the keyword is followed by the construct's name.
    pub named: bool,
    pub span: Span,
}

impl Owner {
    /// `fn area`, `if`, `service Tally` (the name read from the source
    /// after the keyword, so nothing is allocated until a message needs it).
    pub fn label(&self, src: &str) -> String {
        if !self.named {
            return self.keyword.to_string();
        }
        let rest = src.get(self.span.end as usize..).unwrap_or("");
        let rest = rest.trim_start_matches([' ', '\t']);
        let name: &str = &rest[..rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(rest.len())];
        if name.is_empty() {
            self.keyword.to_string()
        } else {
            format!("{} {name}", self.keyword)
        }
    }
}

/// An open construct.
#[derive(Clone, Debug)]
pub struct Frame {
    pub kind: FrameKind,
    /// The opening token (`(`, `do`, `fn`).
    pub opener: Span,
    pub owner: Option<Owner>,
    /// Indentation (0-based column of the first non-blank character) of the
    /// line where the construct starts.
    pub indent: usize,
    /// For brackets: the owner pending outside the bracket, restored on close.
    saved_owner: Option<Owner>,
}

impl Frame {
    /// How the construct reads in a message: "`fn area`", "`(`".
    pub fn describe(&self, src: &str) -> String {
        match (&self.owner, self.kind) {
            (Some(o), _) => format!("`{}`", o.label(src)),
            (None, FrameKind::Lambda { .. }) => "closure `fn`".to_string(),
            (None, _) => format!("`{}`", src.get(self.opener.range()).unwrap_or("?")),
        }
    }

    /// Where to point at the construct: its owner keyword, else its opener.
    pub fn anchor(&self) -> Span {
        self.owner.as_ref().map(|o| o.span).unwrap_or(self.opener)
    }
}

/// A change to the frame stack, logged so diagnostics can ask what was open
/// at any offset (see [`open_frames_at`]).
#[derive(Clone, Debug)]
pub enum FrameEvent {
    Push(Frame),
    Pop,
    /// A lambda's body started (its `->`/`do` was seen).
    LambdaBody,
}

/// An `end` that closed a block but is indented like an enclosing one: if
/// that enclosing block turns out unclosed, the inner one lost its `end`.
#[derive(Clone, Debug)]
pub struct SuspectEnd {
    pub closed: Frame,
    pub end: Span,
    /// The opener of the enclosing frame the `end` lines up with.
    pub lines_up_with: Span,
    /// How that enclosing frame reads ("`fn area`").
    pub lines_up_with_label: String,
}

/// Indentation of the line containing `pos`.
pub fn indent_at(src: &str, pos: usize) -> usize {
    let line_start = src[..pos.min(src.len())].rfind('\n').map(|i| i + 1).unwrap_or(0);
    src[line_start..].chars().take_while(|c| *c == ' ' || *c == '\t').count()
}

/// Whether the token at `pos` is the first on its line.
pub fn starts_line(src: &str, pos: usize) -> bool {
    let line_start = src[..pos.min(src.len())].rfind('\n').map(|i| i + 1).unwrap_or(0);
    src[line_start..pos].chars().all(|c| c == ' ' || c == '\t')
}

/// The owner a keyword starts, if it starts one.
#[inline]
pub fn owner_of(tok: &Tok, span: Span) -> Option<Owner> {
    let (kind, keyword, named) = match tok {
        Tok::Fn => (OwnerKind::Code, "fn", true),
        Tok::Lambda => (OwnerKind::Code, "fn", false),
        Tok::If | Tok::ElseIf => (OwnerKind::Code, "if", false),
        Tok::Case => (OwnerKind::Code, "case", false),
        Tok::Receive => (OwnerKind::Code, "receive", false),
        Tok::For => (OwnerKind::Code, "for", false),
        Tok::While => (OwnerKind::Code, "while", false),
        Tok::Actor => (OwnerKind::Code, "actor", true),
        Tok::Call => (OwnerKind::Code, "call", true),
        Tok::Cast => (OwnerKind::Code, "cast", true),
        Tok::Terminate => (OwnerKind::Code, "terminate", false),
        Tok::Service => (OwnerKind::FnContainer, "service", true),
        Tok::Interface => (OwnerKind::TypeContainer, "interface", true),
        Tok::Impl => (OwnerKind::TypeContainer, "impl", false),
        Tok::Module => (OwnerKind::Module, "module", true),
        Tok::Struct => (OwnerKind::Members, "struct", true),
        Tok::Type => (OwnerKind::Members, "type", true),
        Tok::Supervisor => (OwnerKind::Members, "supervisor", true),
        Tok::LIdent("child") => (OwnerKind::Members, "child", true),
        _ => return None,
    };
    // `else if` spans both words: the owner is the `if`.
    let span = if matches!(tok, Tok::ElseIf) { Span::new(span.end as usize - 2, span.end as usize) } else { span };
    Some(Owner { kind, keyword, named, span })
}

/// Declarations that may not appear inside a code block. `None` if `tok`
/// is not one; otherwise whether a block owned by `kind` may contain it.
#[inline]
pub fn declaration_allowed_in(tok: &Tok, kind: OwnerKind) -> Option<bool> {
    match tok {
        Tok::Fn => Some(matches!(kind, OwnerKind::FnContainer | OwnerKind::TypeContainer | OwnerKind::Module)),
        Tok::Type => Some(matches!(kind, OwnerKind::TypeContainer | OwnerKind::Module)),
        Tok::Struct | Tok::Service | Tok::Actor | Tok::Supervisor | Tok::Interface | Tok::Impl | Tok::Import
        | Tok::Module | Tok::Pub => Some(kind == OwnerKind::Module),
        _ => None,
    }
}

/// The diagnostic for a frame closed because a declaration started or the
/// file ended, blaming an inner construct when an `end` lined up wrongly
/// (following the chain: an `if` whose `end` closed it lines up with a
/// `case` whose `end` lines up with the `fn`). Also returns the stretch of
/// source inside the blamed construct, where parse errors are consequences.
pub fn missing_close(file: FileId, src: &str, frame: &Frame, suspects: &[SuspectEnd], at: Span, why: &str) -> (Diagnostic, Option<Span>) {
    if frame.kind == FrameKind::Bracket {
        let open = src.get(frame.opener.range()).unwrap_or("(");
        let close = match open {
            "(" => ")",
            "[" => "]",
            _ => "}",
        };
        let d = Diagnostic::error(codes::UNEXPECTED_EOF, format!("unclosed `{open}`"))
            .primary(file, frame.opener, format!("this `{open}` is not closed"))
            .secondary(file, at, why.to_string())
            .hint(format!("add `{close}` to close it"));
        return (d, None);
    }
    let mut culprit: Option<&SuspectEnd> = None;
    let mut target = frame.opener;
    while let Some(s) = suspects.iter().rev().find(|s| s.lines_up_with == target) {
        culprit = Some(s);
        target = s.closed.opener;
        if culprit.is_some_and(|c| c.closed.opener == frame.opener) {
            break;
        }
    }
    if let Some(s) = culprit {
        let inner = s.closed.describe(src);
        let d = Diagnostic::error(codes::UNEXPECTED_EOF, format!("{inner} is missing its `end`"))
            .primary(file, s.closed.anchor(), format!("this {inner} is not closed"))
            .secondary(file, s.end, format!("this `end` lines up with {}, so it probably closes that", s.lines_up_with_label))
            .secondary(file, at, why.to_string())
            .hint(format!("add `end` to close the {inner}"));
        return (d, Some(Span::new(s.closed.opener.end as usize, s.end.start as usize)));
    }
    let what = frame.describe(src);
    let d = Diagnostic::error(codes::UNEXPECTED_EOF, format!("{what} is missing its `end`"))
        .primary(file, frame.anchor(), format!("this {what} is not closed"))
        .secondary(file, at, why.to_string())
        .hint(format!("add `end` to close the {what}"));
    (d, None)
}

/// The frames open just before byte offset `pos`, innermost last.
pub fn open_frames_at(log: &[(usize, FrameEvent)], pos: usize) -> Vec<Frame> {
    let mut frames: Vec<Frame> = Vec::new();
    for (at, ev) in log {
        if *at >= pos {
            break;
        }
        match ev {
            FrameEvent::Push(f) => frames.push(f.clone()),
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

impl Frame {
    pub fn new(kind: FrameKind, opener: Span, owner: Option<Owner>, indent: usize, saved_owner: Option<Owner>) -> Frame {
        Frame { kind, opener, owner, indent, saved_owner }
    }

    pub fn take_saved_owner(&mut self) -> Option<Owner> {
        self.saved_owner.take()
    }
}
