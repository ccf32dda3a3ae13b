//! The parser driver: scan, lay out, run the lalrpop grammar with error
//! recovery, then tidy the tree (merge multi-clause functions, attach doc
//! comments) and collect every diagnostic of the file.

use crate::ast::*;
use crate::diagnostic::{codes, Diagnostic};
use crate::errors::syntax_error;
use crate::lexer::{scan, DocComment};
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
    let scanned = scan(file, src);
    let mut diagnostics = scanned.diagnostics;
    let laid = layout::layout(src, scanned.tokens);
    let mut ctx = Ctx { file, recovered: Vec::new(), diags: Vec::new(), unnegated_min: Vec::new() };
    let tokens = laid.tokens.into_iter().map(Ok::<_, Never>);
    let result = grammar::ModuleParser::new().parse(&mut ctx, tokens);

    let mut last_error_at: Option<usize> = None;
    let mut syntax: Vec<Diagnostic> = Vec::new();
    let mut push_syntax = |d: Diagnostic, syntax: &mut Vec<Diagnostic>| {
        // One error per position: recovery often re-reports the same token.
        let at = d.sort_key().1 as usize;
        if last_error_at != Some(at) {
            last_error_at = Some(at);
            syntax.push(d);
        }
    };
    for r in &ctx.recovered {
        push_syntax(syntax_error(file, src, &laid.frame_log, &r.error), &mut syntax);
    }
    let items = match result {
        Ok(items) => items,
        Err(e) => {
            push_syntax(syntax_error(file, src, &laid.frame_log, &e), &mut syntax);
            Vec::new()
        }
    };
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
    attach_docs(&mut items, &item_docs);
    ParsedFile {
        module: SourceModule { items, doc: module_docs.into_iter().map(|d| d.text).collect(), span: Span::new(0, src.len()) },
        diagnostics,
    }
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
