//! `meshc check --dump-types`: the signature of every top-level definition
//! of the user's modules, one per line.

use crate::defs::{DefKind, ModuleKind, Program, Scheme};
use crate::display::show;
use crate::ty::Ty;

fn scheme_text(prog: &Program, s: &Scheme, from: crate::ModuleId) -> String {
    let mut out = String::new();
    if !s.params.is_empty() {
        let ps: Vec<String> = s
            .params
            .iter()
            .map(|p| {
                let bounds: Vec<String> = s.bounds.iter().filter(|(q, _)| q == p).map(|(_, i)| prog.def(*i).name.to_string()).collect();
                if bounds.is_empty() {
                    prog.param_name(*p)
                } else {
                    format!("{}: {}", prog.param_name(*p), bounds.join(" + "))
                }
            })
            .collect();
        out.push_str(&format!("<{}>", ps.join(", ")));
    }
    match &s.ty {
        Ty::Fun(params, ret) => {
            let ps: Vec<String> = params.iter().map(|t| show(prog, t, Some(from))).collect();
            out.push_str(&format!("({}) -> {}", ps.join(", "), show(prog, ret, Some(from))));
        }
        t => out.push_str(&format!(" :: {}", show(prog, t, Some(from)))),
    }
    out
}

pub fn dump_types(prog: &Program) -> String {
    let mut out = String::new();
    for (mi, m) in prog.modules.iter().enumerate() {
        if m.kind != ModuleKind::User {
            continue;
        }
        let module = crate::ModuleId(mi as u32);
        out.push_str(&format!("module {}\n", m.dotted()));
        let mut names: Vec<_> = m.values.iter().chain(m.types.iter()).map(|(n, d)| (*n, *d)).collect();
        names.sort_by_key(|(n, d)| (prog.def(*d).span.start, *n));
        for (name, d) in names {
            let def = prog.def(d);
            let vis = if def.is_pub { "pub " } else { "" };
            let line = match &def.kind {
                DefKind::Fn(f) => match &f.scheme {
                    Some(s) => format!("{vis}fn {name}{}", scheme_text(prog, s, module)),
                    None => format!("{vis}fn {name} (not checked)"),
                },
                DefKind::Actor(a) => match &a.ty {
                    Some(t) => format!("actor {name} :: {} receives {}", show(prog, t, Some(module)), show(prog, &a.message, Some(module))),
                    None => format!("actor {name}"),
                },
                DefKind::Struct(s) => {
                    let fields: Vec<String> = s.fields.iter().map(|f| format!("{} :: {}", f.name, show(prog, &f.ty, Some(module)))).collect();
                    format!("{vis}struct {name} {{ {} }}", fields.join(", "))
                }
                DefKind::Sum(s) => {
                    let vs: Vec<String> = s
                        .variants
                        .iter()
                        .map(|v| if v.fields.is_empty() { v.name.to_string() } else { format!("{}({})", v.name, v.fields.iter().map(|t| show(prog, t, Some(module))).collect::<Vec<_>>().join(", ")) })
                        .collect();
                    format!("{vis}type {name} = {}", vs.join(" | "))
                }
                DefKind::Alias(a) => format!("{vis}type {name} = {}", show(prog, &a.ty, Some(module))),
                DefKind::Service(s) => {
                    let mut parts = vec![format!("service {name} state {}", show(prog, &s.state, Some(module)))];
                    for h in &s.handlers {
                        let ps: Vec<String> = h.params.iter().map(|t| show(prog, t, Some(module))).collect();
                        let kind = if h.is_call { "call" } else { "cast" };
                        parts.push(format!("  {kind} {}.{}({}) -> {}", name, h.client_name, ps.join(", "), show(prog, &h.reply, Some(module))));
                    }
                    parts.join("\n")
                }
                DefKind::Supervisor => format!("supervisor {name}"),
                DefKind::Interface(_) => format!("{vis}interface {name}"),
                _ => continue,
            };
            out.push_str("  ");
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}
