//! The one renderer of [`Diagnostic`]s: codespan-reporting, in colour on a
//! terminal and plain text otherwise or when `NO_COLOR` is set.

use crate::diagnostic::{Diagnostic, Severity};
use crate::source::SourceMap;
use codespan_reporting::diagnostic as cs;
use codespan_reporting::term::{self, termcolor};
use std::io::IsTerminal;

fn to_codespan(d: &Diagnostic, files: &SourceMap) -> cs::Diagnostic<crate::FileId> {
    let severity = match d.severity {
        Severity::Error => cs::Severity::Error,
        Severity::Warning => cs::Severity::Warning,
        Severity::Note => cs::Severity::Note,
    };
    let labels = d
        .labels
        .iter()
        .map(|l| {
            let len = files.text(l.file).len();
            let range = l.span.start as usize..(l.span.end as usize).min(len);
            let style = if l.primary { cs::LabelStyle::Primary } else { cs::LabelStyle::Secondary };
            cs::Label::new(style, l.file, range).with_message(l.message.clone())
        })
        .collect();
    let mut notes = d.notes.clone();
    if let Some(h) = &d.hint {
        notes.push(format!("hint: {h}"));
    }
    cs::Diagnostic::new(severity)
        .with_code(d.code)
        .with_message(d.message.clone())
        .with_labels(labels)
        .with_notes(notes)
}

/// Renders one diagnostic as plain text (no colour). Used by snapshot tests.
pub fn render_plain(d: &Diagnostic, files: &SourceMap) -> String {
    let config = term::Config::default();
    term::emit_into_string(&config, files, &to_codespan(d, files))
        .unwrap_or_else(|e| format!("{}: {} (could not render source: {e})\n", d.code, d.message))
}

/// Renders many diagnostics as plain text, in order.
pub fn render_all_plain(ds: &[Diagnostic], files: &SourceMap) -> String {
    ds.iter().map(|d| render_plain(d, files)).collect()
}

/// Whether stderr should get colour: a terminal, and `NO_COLOR` unset or empty.
pub fn stderr_wants_colour() -> bool {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    !no_color && std::io::stderr().is_terminal()
}

/// Writes diagnostics to stderr, coloured when [`stderr_wants_colour`].
pub fn emit_to_stderr(ds: &[Diagnostic], files: &SourceMap) {
    let choice = if stderr_wants_colour() { termcolor::ColorChoice::Auto } else { termcolor::ColorChoice::Never };
    let stream = termcolor::StandardStream::stderr(choice);
    let mut lock = stream.lock();
    let config = term::Config::default();
    for d in ds {
        if term::emit_to_write_style(&mut lock, &config, files, &to_codespan(d, files)).is_err() {
            eprint!("{}", render_plain(d, files));
        }
    }
}
