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
#[derive(Clone, Debug, PartialEq)]
pub struct Owner {
    pub kind: OwnerKind,
    /// `fn area`, `if`, `service Tally`.
    pub label: String,
    pub span: Span,
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
            (Some(o), _) => format!("`{}`", o.label),
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

/// The owner a keyword starts, if it starts one. `next` is the token after
/// it (for the name in `fn area`).
pub fn owner_of(tok: &Tok, next: Option<&Tok>, span: Span) -> Option<Owner> {
    let name = match next {
        Some(Tok::LIdent(n) | Tok::UIdent(n)) => format!(" {n}"),
        _ => String::new(),
    };
    let (kind, label) = match tok {
        Tok::Fn => (OwnerKind::Code, format!("fn{name}")),
        Tok::Lambda => (OwnerKind::Code, "fn".to_string()),
        Tok::If | Tok::ElseIf => (OwnerKind::Code, "if".to_string()),
        Tok::Case => (OwnerKind::Code, "case".to_string()),
        Tok::Receive => (OwnerKind::Code, "receive".to_string()),
        Tok::For => (OwnerKind::Code, "for".to_string()),
        Tok::While => (OwnerKind::Code, "while".to_string()),
        Tok::Actor => (OwnerKind::Code, format!("actor{name}")),
        Tok::Call => (OwnerKind::Code, format!("call{name}")),
        Tok::Cast => (OwnerKind::Code, format!("cast{name}")),
        Tok::Terminate => (OwnerKind::Code, "terminate".to_string()),
        Tok::Service => (OwnerKind::FnContainer, format!("service{name}")),
        Tok::Interface => (OwnerKind::TypeContainer, format!("interface{name}")),
        Tok::Impl => (OwnerKind::TypeContainer, "impl".to_string()),
        Tok::Module => (OwnerKind::Module, format!("module{name}")),
        Tok::Struct => (OwnerKind::Members, format!("struct{name}")),
        Tok::Type => (OwnerKind::Members, format!("type{name}")),
        Tok::Supervisor => (OwnerKind::Members, format!("supervisor{name}")),
        Tok::LIdent("child") => (OwnerKind::Members, format!("child{name}")),
        _ => return None,
    };
    Some(Owner { kind, label, span })
}

/// Declarations that may not appear inside a code block. `None` if `tok`
/// is not one; otherwise whether a block owned by `kind` may contain it.
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
