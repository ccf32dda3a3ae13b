//! Tokens: the logos-generated raw lexer and the token type the grammar reads.
//!
//! One enum serves both. Variants with a `#[token]`/`#[regex]` attribute come
//! straight from logos; the others (`Sep`, `ElseIf`, `DoBar`, `Lambda`, the
//! string pieces) are made by [`crate::lexer`], which handles strings,
//! interpolation, newlines and a few one-token lookaheads.

use logos::Logos;

/// Why the raw lexer could not make a token.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum LexErrorKind {
    #[default]
    BadCharacter,
    SingleAmpersand,
    BadNumber(String),
    UnterminatedComment,
}

fn parse_int<'a>(lex: &mut logos::Lexer<'a, Tok<'a>>, radix: u32, prefix: usize) -> Result<u64, LexErrorKind> {
    let text = lex.slice();
    let digits: String = text[prefix..].chars().filter(|c| *c != '_').collect();
    let (kind, valid) = match radix {
        16 => ("a hexadecimal", "0-9, a-f and A-F"),
        8 => ("an octal", "0-7"),
        2 => ("a binary", "0 and 1"),
        _ => ("a decimal", "0-9"),
    };
    if digits.is_empty() {
        return Err(LexErrorKind::BadNumber(format!("`{text}` has no digits")));
    }
    if let Some(bad) = digits.chars().find(|c| !c.is_digit(radix)) {
        return Err(LexErrorKind::BadNumber(format!("`{bad}` is not {kind} digit in `{text}` (digits are {valid})")));
    }
    u64::from_str_radix(&digits, radix)
        .map_err(|_| LexErrorKind::BadNumber(format!("`{text}` does not fit in 64 bits")))
}

fn missing_exponent<'a>(lex: &mut logos::Lexer<'a, Tok<'a>>) -> Result<f64, LexErrorKind> {
    Err(LexErrorKind::BadNumber(format!("`{}` has no exponent digits", lex.slice())))
}

fn parse_float<'a>(lex: &mut logos::Lexer<'a, Tok<'a>>) -> Result<f64, LexErrorKind> {
    let text: String = lex.slice().chars().filter(|c| *c != '_').collect();
    text.parse::<f64>()
        .map_err(|_| LexErrorKind::BadNumber(format!("`{}` is not a valid float", lex.slice())))
}

/// Skips a nestable `#= ... =#` comment whose opening `#=` was just matched.
fn block_comment<'a>(lex: &mut logos::Lexer<'a, Tok<'a>>) -> Result<logos::Skip, LexErrorKind> {
    let rest = lex.remainder().as_bytes();
    let mut depth = 1usize;
    let mut i = 0;
    while i < rest.len() {
        if rest[i] == b'#' && rest.get(i + 1) == Some(&b'=') {
            depth += 1;
            i += 2;
        } else if rest[i] == b'=' && rest.get(i + 1) == Some(&b'#') {
            depth -= 1;
            i += 2;
            if depth == 0 {
                lex.bump(i);
                return Ok(logos::Skip);
            }
        } else {
            i += 1;
        }
    }
    lex.bump(rest.len());
    Err(LexErrorKind::UnterminatedComment)
}

#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(error = LexErrorKind)]
#[logos(skip r"[ \t\f]+")]
pub enum Tok<'s> {
    // ---- trivia the wrapper consumes -------------------------------------
    #[token("\n")]
    #[token("\r\n")]
    Newline,
    #[token(";")]
    Semi,
    /// `# ...`, `## ...` (doc) and `##! ...` (module doc) line comments.
    #[regex(r"#([^=\n][^\n]*)?", allow_greedy = true)]
    LineComment(&'s str),
    #[token("#=", block_comment)]
    BlockComment,
    #[token("\"")]
    Quote,
    #[token("\"\"\"")]
    TripleQuote,
    #[token("&")]
    Ampersand,

    // ---- keywords ---------------------------------------------------------
    #[token("actor")]
    Actor,
    #[token("after")]
    After,
    #[token("and")]
    And,
    #[token("break")]
    Break,
    #[token("call")]
    Call,
    #[token("case")]
    #[token("match")]
    Case,
    #[token("cast")]
    Cast,
    #[token("continue")]
    Continue,
    #[token("do")]
    Do,
    #[token("else")]
    Else,
    #[token("end")]
    End,
    #[token("false")]
    False,
    /// `fn` / `def` starting a named function (the wrapper turns the others
    /// into [`Tok::Lambda`]).
    #[token("fn")]
    #[token("def")]
    Fn,
    #[token("for")]
    For,
    #[token("if")]
    If,
    #[token("impl")]
    Impl,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("interface")]
    Interface,
    #[token("let")]
    Let,
    #[token("module")]
    Module,
    #[token("nil")]
    Nil,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pub")]
    Pub,
    #[token("receive")]
    Receive,
    #[token("return")]
    Return,
    #[token("service")]
    Service,
    #[token("struct")]
    Struct,
    #[token("supervisor")]
    Supervisor,
    #[token("terminate")]
    Terminate,
    #[token("true")]
    True,
    #[token("type")]
    Type,
    #[token("when")]
    When,
    #[token("where")]
    Where,
    #[token("while")]
    While,
    /// Reserved and unused: `alias cond trait trap with`.
    #[token("alias", |l| l.slice())]
    #[token("cond", |l| l.slice())]
    #[token("trait", |l| l.slice())]
    #[token("trap", |l| l.slice())]
    #[token("with", |l| l.slice())]
    Reserved(&'s str),
    // Contextual keywords that the grammar needs to see; elsewhere they are
    // ordinary identifiers (the grammar's `LowerName` accepts them).
    #[token("from")]
    From,
    #[token("as")]
    As,
    #[token("deriving")]
    Deriving,

    // ---- names and literals ---------------------------------------------
    #[regex(r"[a-z_][A-Za-z0-9_]*", |l| l.slice())]
    LIdent(&'s str),
    #[regex(r"[A-Z][A-Za-z0-9_]*", |l| l.slice())]
    UIdent(&'s str),
    #[token("_", priority = 10)]
    Underscore,
    #[regex(r"[0-9][0-9_]*", |l| parse_int(l, 10, 0))]
    #[regex(r"0[xX][0-9A-Za-z_]*", |l| parse_int(l, 16, 2))]
    #[regex(r"0[oO][0-9A-Za-z_]*", |l| parse_int(l, 8, 2))]
    #[regex(r"0[bB][0-9A-Za-z_]*", |l| parse_int(l, 2, 2))]
    Int(u64),
    #[regex(r"[0-9][0-9_]*\.[0-9][0-9_]*([eE][+-]?[0-9_]+)?", parse_float)]
    #[regex(r"[0-9][0-9_]*[eE][+-]?[0-9_]+", parse_float)]
    #[regex(r"[0-9][0-9_]*(\.[0-9][0-9_]*)?[eE][+-]?", missing_exponent)]
    Float(f64),
    #[regex(r":[a-z_][A-Za-z0-9_]*", |l| &l.slice()[1..])]
    Atom(&'s str),

    // ---- operators and punctuation ---------------------------------------
    #[token("|>")]
    PipeGt,
    #[token("||")]
    OrOr,
    #[token("&&")]
    AndAnd,
    #[token("==")]
    EqEq,
    #[token("!=")]
    NotEq,
    #[token("<")]
    Lt,
    #[token(">")]
    Gt,
    #[token("<=")]
    LtEq,
    #[token(">=")]
    GtEq,
    #[token("..")]
    DotDot,
    #[token("<>")]
    Diamond,
    #[token("++")]
    PlusPlus,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("%")]
    Percent,
    #[token("!")]
    Bang,
    #[token("?")]
    Question,
    #[token("::")]
    ColonColon,
    #[token(":")]
    Colon,
    #[token("->")]
    Arrow,
    #[token("=>")]
    FatArrow,
    #[token("=")]
    Eq,
    #[token("|")]
    Bar,
    #[token(".")]
    Dot,
    #[token(",")]
    Comma,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token("%{")]
    PercentBrace,

    // ---- made by the wrapper, never by logos -----------------------------
    /// A statement separator: a significant newline or `;` (runs collapse).
    Sep,
    /// `else if` on one line: chains with a single `end`.
    ElseIf,
    /// `{` right after a capitalised name: a struct literal or pattern.
    StructBrace,
    /// `do` directly followed by `|params|`: a trailing closure or a
    /// service handler's state binding.
    DoBar,
    /// `fn`/`def` starting an anonymous function.
    Lambda,
    /// A string literal without interpolation, escapes processed.
    Str(String),
    /// Start of an interpolated string; then `StrText`, `InterpOpen` ...
    /// `InterpClose` pieces; then `StrEnd`.
    StrStart,
    StrText(String),
    InterpOpen,
    InterpClose,
    StrEnd,
}

impl Tok<'_> {
    /// How the token reads in a diagnostic.
    pub fn describe(&self) -> String {
        match self {
            Tok::LIdent(s) | Tok::UIdent(s) => format!("identifier `{s}`"),
            Tok::Int(n) => format!("number `{n}`"),
            Tok::Float(f) => format!("number `{f}`"),
            Tok::Atom(a) => format!("atom `:{a}`"),
            Tok::Str(_) | Tok::StrStart => "string literal".to_string(),
            Tok::StrText(_) | Tok::StrEnd => "string text".to_string(),
            Tok::Sep | Tok::Newline => "end of line".to_string(),
            Tok::InterpClose => "`}` ending the interpolation".to_string(),
            Tok::Reserved(s) => format!("reserved keyword `{s}`"),
            other => format!("`{}`", other.text()),
        }
    }

    /// The source spelling of fixed tokens (`?` for the ones with payloads).
    pub fn text(&self) -> &'static str {
        match self {
            Tok::Newline => "\\n",
            Tok::Semi => ";",
            Tok::Actor => "actor",
            Tok::After => "after",
            Tok::And => "and",
            Tok::Break => "break",
            Tok::Call => "call",
            Tok::Case => "case",
            Tok::Cast => "cast",
            Tok::Continue => "continue",
            Tok::Do | Tok::DoBar => "do",
            Tok::Else => "else",
            Tok::ElseIf => "else if",
            Tok::End => "end",
            Tok::False => "false",
            Tok::Fn | Tok::Lambda => "fn",
            Tok::For => "for",
            Tok::If => "if",
            Tok::Impl => "impl",
            Tok::Import => "import",
            Tok::In => "in",
            Tok::Interface => "interface",
            Tok::Let => "let",
            Tok::Module => "module",
            Tok::Nil => "nil",
            Tok::Not => "not",
            Tok::Or => "or",
            Tok::Pub => "pub",
            Tok::Receive => "receive",
            Tok::Return => "return",
            Tok::Service => "service",
            Tok::Struct => "struct",
            Tok::Supervisor => "supervisor",
            Tok::Terminate => "terminate",
            Tok::True => "true",
            Tok::Type => "type",
            Tok::When => "when",
            Tok::Where => "where",
            Tok::While => "while",
            Tok::From => "from",
            Tok::As => "as",
            Tok::Deriving => "deriving",
            Tok::Underscore => "_",
            Tok::PipeGt => "|>",
            Tok::OrOr => "||",
            Tok::AndAnd => "&&",
            Tok::EqEq => "==",
            Tok::NotEq => "!=",
            Tok::Lt => "<",
            Tok::Gt => ">",
            Tok::LtEq => "<=",
            Tok::GtEq => ">=",
            Tok::DotDot => "..",
            Tok::Diamond => "<>",
            Tok::PlusPlus => "++",
            Tok::Plus => "+",
            Tok::Minus => "-",
            Tok::Star => "*",
            Tok::Slash => "/",
            Tok::Percent => "%",
            Tok::Bang => "!",
            Tok::Question => "?",
            Tok::ColonColon => "::",
            Tok::Colon => ":",
            Tok::Arrow => "->",
            Tok::FatArrow => "=>",
            Tok::Eq => "=",
            Tok::Bar => "|",
            Tok::Dot => ".",
            Tok::Comma => ",",
            Tok::LParen => "(",
            Tok::RParen => ")",
            Tok::LBracket => "[",
            Tok::RBracket => "]",
            Tok::LBrace | Tok::StructBrace => "{",
            Tok::RBrace => "}",
            Tok::PercentBrace => "%{",
            Tok::Quote | Tok::StrStart | Tok::StrEnd => "\"",
            Tok::TripleQuote => "\"\"\"",
            Tok::Ampersand => "&",
            Tok::InterpOpen => "${",
            Tok::InterpClose => "}",
            _ => "?",
        }
    }

    /// Keywords that become plain member names after `.`
    /// (`Node.self()`, `Query.where(...)`, `Ws.send(...)`).
    pub fn keyword_text(&self) -> Option<&'static str> {
        match self {
            Tok::Actor | Tok::After | Tok::And | Tok::Break | Tok::Call | Tok::Case | Tok::Cast
            | Tok::Continue | Tok::Do | Tok::Else | Tok::End | Tok::False | Tok::Fn | Tok::For
            | Tok::If | Tok::Impl | Tok::Import | Tok::In | Tok::Interface | Tok::Let | Tok::Module
            | Tok::Nil | Tok::Not | Tok::Or | Tok::Pub | Tok::Receive | Tok::Return | Tok::Service
            | Tok::Struct | Tok::Supervisor | Tok::Terminate | Tok::True | Tok::Type | Tok::When
            | Tok::Where | Tok::While | Tok::From | Tok::As | Tok::Deriving => Some(self.text()),
            _ => None,
        }
    }
}
