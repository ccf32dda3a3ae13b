//! The parser driver: scan, lay out, run the lalrpop grammar with error
//! recovery, then tidy the tree (merge multi-clause functions, attach doc
//! comments) and collect every diagnostic of the file.

use crate::ast::*;
use crate::diagnostic::{codes, Diagnostic};
use crate::errors::SyntaxContext;
use crate::lexer::DocComment;
use crate::span::{FileId, Span};
use crate::syntax::{Ctx, Never};
use crate::{grammar, layout};

/// At most this many syntax errors are reported per file.
pub const MAX_ERRORS_PER_FILE: usize = 50;

pub struct ParsedFile {
    pub module: SourceModule,
    /// Errors and warnings, sorted by position.
    pub diagnostics: Vec<Diagnostic>,
}

impl ParsedFile {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(|d| d.is_error())
    }
}

/// Parses one file. Never panics; every problem is a diagnostic.
pub fn parse_file(file: FileId, src: &str) -> ParsedFile {
    // Scanner and layout run as a stream feeding the parser: no token
    // vectors are built on the way to a tree.
    let mut ctx = Ctx { file, recovered: Vec::new(), diags: Vec::new(), unnegated_min: Vec::new() };
    let mut stream = layout::Layout::new(file, src, false);
    let result = grammar::ModuleParser::new().parse(&mut ctx, stream.by_ref().map(Ok::<_, Never>));
    // If the parser stopped early, drain the stream so the scanner and the
    // layout report on the whole file.
    stream.by_ref().for_each(drop);
    let (scanned, laid) = stream.finish();
    let mut diagnostics = scanned.diagnostics;
    let multiline_strings = scanned.multiline_strings;
    // Unclosed constructs inside the rest of a line after an unclosed `${`
    // are consequences of it.
    let in_noisy = |d: &Diagnostic| {
        let at = d.sort_key().1;
        scanned.noisy.iter().any(|s| s.start < at && at <= s.end)
    };
    diagnostics.extend(laid.diagnostics.iter().filter(|d| !in_noisy(d)).cloned());
    // Where parse errors are consequences of a problem reported already:
    // lines with a bad character, the rest of a line after an unclosed
    // `${` (first error kept), and the inside of a construct that lost its
    // `end`.
    let bad_char_lines: Vec<(usize, usize)> = diagnostics
        .iter()
        .filter(|d| d.code == codes::BAD_CHARACTER)
        .filter_map(|d| d.labels.first())
        .map(|l| line_bounds(src, l.span.start as usize))
        .collect();
    let mut quiet: Vec<(Span, bool)> = scanned.noisy.iter().map(|s| (*s, true)).collect();
    quiet.extend(laid.quiet.iter().map(|s| (*s, false)));
    let synthetic = &laid.synthetic;
    // Error messages look at the tokens around an error and at what was
    // open there: only when there are errors, lay the file out again,
    // recording.
    let errored = !ctx.recovered.is_empty() || result.is_err();
    let (tokens, _, recorded) = if errored { layout::layout_all(file, src) } else { (Vec::new(), Default::default(), Default::default()) };
    let sx = SyntaxContext { file, src, log: &recorded.frame_log, tokens: &tokens };

    let mut last_error_at: Option<usize> = None;
    let mut syntax: Vec<Diagnostic> = Vec::new();
    let mut push_syntax = |d: Diagnostic, syntax: &mut Vec<Diagnostic>| {
        // One error per position: recovery often re-reports the same token.
        // Errors at tokens the layout inserted follow from a problem it
        // already reported.
        let at = d.sort_key().1 as usize;
        let at_synthetic = d.labels.first().is_some_and(|l| l.span.is_empty() && synthetic.contains(&at));
        let on_bad_line = bad_char_lines.iter().any(|(a, b)| *a <= at && at <= *b);
        let in_quiet = quiet.iter_mut().any(|(span, keep_first)| {
            let inside = span.start as usize <= at && at <= span.end as usize;
            if inside && *keep_first {
                *keep_first = false;
                return false;
            }
            inside
        });
        if last_error_at != Some(at) && !at_synthetic && !on_bad_line && !in_quiet {
            last_error_at = Some(at);
            syntax.push(d);
        }
    };
    for r in &ctx.recovered {
        push_syntax(sx.diagnose(&r.error), &mut syntax);
    }
    let items = match result {
        Ok(items) => items,
        Err(e) => {
            push_syntax(sx.diagnose(&e), &mut syntax);
            Vec::new()
        }
    };
    note_multiline_strings(file, &mut syntax, &multiline_strings);
    diagnostics.extend(syntax);
    diagnostics.extend(ctx.diags);
    for span in ctx.unnegated_min {
        diagnostics.push(
            Diagnostic::error(codes::BAD_NUMBER, "integer literal out of range")
                .primary(file, span, "does not fit in a 64-bit signed integer")
                .hint("Int is i64: the largest value is 9223372036854775807"),
        );
    }
    diagnostics.sort_by_key(|d| d.sort_key());
    if diagnostics.iter().filter(|d| d.is_error()).count() > MAX_ERRORS_PER_FILE {
        let mut kept: Vec<Diagnostic> = diagnostics.into_iter().filter(|d| d.is_error()).take(MAX_ERRORS_PER_FILE).collect();
        kept.push(
            Diagnostic::error(codes::TOO_MANY_ERRORS, format!("too many errors in this file; only the first {MAX_ERRORS_PER_FILE} are shown"))
                .primary(file, Span::new(src.len(), src.len()), "stopped reporting here")
                .hint("fix the errors above and run again"),
        );
        diagnostics = kept;
    }

    let (module_docs, item_docs): (Vec<DocComment>, Vec<DocComment>) = scanned.docs.into_iter().partition(|d| d.module);
    let mut items = merge_items(items);
    missing_bodies(file, &items, &mut diagnostics);
    needless_pub(file, &items, &mut diagnostics);
    attach_docs(&mut items, &item_docs);
    ParsedFile {
        module: SourceModule { items, doc: module_docs.into_iter().map(|d| d.text).collect(), span: Span::new(0, src.len()) },
        diagnostics,
    }
}

/// A string spanning lines followed by a syntax error is most likely a
/// missing closing quote: say so on the first error after it.
fn note_multiline_strings(file: FileId, syntax: &mut [Diagnostic], strings: &[Span]) {
    for s in strings {
        if let Some(d) = syntax.iter_mut().find(|d| d.sort_key().1 >= s.end) {
            d.labels.push(crate::Label { file, span: Span::new(s.start as usize, s.start as usize + 1), message: "this string continues onto the next line".into(), primary: false });
            d.notes.push("strings may span lines: is the closing `\"` of this string missing?".into());
        }
    }
}

/// Functions outside interfaces need a body (`do ... end` or `= expr`).
fn missing_bodies(file: FileId, items: &[Item], out: &mut Vec<Diagnostic>) {
    let mut nested: Vec<&[Item]> = Vec::new();
    let mut check = |f: &FnDef| {
        for c in &f.clauses {
            if c.body.is_none() {
                out.push(
                    Diagnostic::error(codes::MISPLACED, format!("`fn {}` has no body", f.name.name))
                        .primary(file, f.name.span, "this function has no `do ... end` or `= expr`")
                        .hint("only interface methods may be declared without a body; add `do ... end`"),
                );
            }
        }
    };
    for item in items {
        match &item.kind {
            ItemKind::Fn(f) => check(f),
            ItemKind::Service(s) => s.init.iter().chain(&s.helpers).for_each(&mut check),
            ItemKind::Impl(i) => i.methods.iter().for_each(&mut check),
            ItemKind::Module { items, .. } => nested.push(items),
            _ => {}
        }
    }
    for items in nested {
        missing_bodies(file, items, out);
    }
}

/// Services and actors are always exported; `pub` on them is accepted with
/// a warning (LANGUAGE.md 2.2).
fn needless_pub(file: FileId, items: &[Item], out: &mut Vec<Diagnostic>) {
    for item in items {
        let what = match &item.kind {
            ItemKind::Service(_) => "services",
            ItemKind::Actor(_) => "actors",
            ItemKind::Module { items, .. } => {
                needless_pub(file, items, out);
                continue;
            }
            _ => continue,
        };
        if let Some(span) = item.pub_span {
            out.push(
                Diagnostic::warning(codes::MISPLACED, format!("`pub` is not needed: {what} are always exported"))
                    .primary(file, span, "this `pub` has no effect")
                    .hint("remove `pub`"),
            );
        }
    }
}

/// Byte range of the line containing `pos`.
fn line_bounds(src: &str, pos: usize) -> (usize, usize) {
    let pos = pos.min(src.len());
    let start = src[..pos].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let end = src[pos..].find('\n').map(|i| pos + i).unwrap_or(src.len());
    (start, end)
}

fn same_fn(a: &FnDef, b: &FnDef) -> bool {
    a.name.name == b.name.name && a.arity() == b.arity()
}

/// Merges consecutive clauses of the same function (same name and arity).
pub fn merge_fns(fns: Vec<FnDef>) -> Vec<FnDef> {
    let mut out: Vec<FnDef> = Vec::with_capacity(fns.len());
    for f in fns {
        match out.last_mut() {
            Some(prev) if same_fn(prev, &f) => prev.clauses.extend(f.clauses),
            _ => out.push(f),
        }
    }
    out
}

/// Merges consecutive top-level function clauses, recursively into inline
/// modules.
fn merge_items(items: Vec<Item>) -> Vec<Item> {
    let mut out: Vec<Item> = Vec::with_capacity(items.len());
    for mut item in items {
        if let ItemKind::Module { items: inner, name } = item.kind {
            item.kind = ItemKind::Module { items: merge_items(inner), name };
        }
        if let (Some(prev), ItemKind::Fn(f)) = (out.last_mut(), &item.kind) {
            if let ItemKind::Fn(pf) = &mut prev.kind {
                if same_fn(pf, f) && prev.pub_span.is_some() == item.pub_span.is_some() {
                    let ItemKind::Fn(f) = item.kind else { unreachable!("matched above") };
                    pf.clauses.extend(f.clauses);
                    prev.span = prev.span.to(item.span);
                    continue;
                }
            }
        }
        out.push(item);
    }
    out
}

/// Gives each item the `##` comments between the previous item and itself.
fn attach_docs(items: &mut [Item], docs: &[DocComment]) {
    let mut next = 0;
    let mut prev_end = 0u32;
    for item in items.iter_mut() {
        while next < docs.len() && docs[next].span.start < item.span.start {
            if docs[next].span.start >= prev_end {
                item.doc.push(docs[next].text.clone());
            }
            next += 1;
        }
        if let ItemKind::Module { items: inner, .. } = &mut item.kind {
            let inside: Vec<DocComment> =
                docs.iter().filter(|d| d.span.start > item.span.start && d.span.end <= item.span.end).cloned().collect();
            attach_docs(inner, &inside);
        }
        prev_end = item.span.end;
    }
}
