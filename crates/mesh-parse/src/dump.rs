//! `meshc parse --dump`: the AST as an indented tree, one node per line with
//! its byte span. Parser snapshot tests use the same text.

use crate::ast::*;
use crate::span::Span;
use std::fmt::Write;

pub fn dump_module(m: &SourceModule) -> String {
    let mut p = Printer { out: String::new(), depth: 0 };
    for d in &m.doc {
        p.line(&format!("ModuleDoc {d:?}"), None);
    }
    for item in &m.items {
        p.item(item);
    }
    p.out
}

struct Printer {
    out: String,
    depth: usize,
}

impl Printer {
    fn line(&mut self, text: &str, span: Option<Span>) {
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
        self.out.push_str(text);
        if let Some(s) = span {
            let _ = write!(self.out, " @{s:?}");
        }
        self.out.push('\n');
    }

    fn nest(&mut self, text: &str, span: Option<Span>, f: impl FnOnce(&mut Printer)) {
        self.line(text, span);
        self.depth += 1;
        f(self);
        self.depth -= 1;
    }

    fn item(&mut self, item: &Item) {
        let vis = if item.is_pub() { "pub " } else { "" };
        for d in &item.doc {
            self.line(&format!("Doc {d:?}"), None);
        }
        match &item.kind {
            ItemKind::Fn(f) => self.fn_def(vis, f, item.span),
            ItemKind::Struct(s) => self.nest(&format!("{vis}Struct {}{}", s.name.name, generics(&s.generics)), Some(item.span), |p| {
                for f in &s.fields {
                    p.line(&format!("Field {} :: {}", f.name.name, ty(&f.ty)), Some(f.span));
                }
                for o in &s.options {
                    let text = match &o.option {
                        SchemaOption::Table(t) => format!("table {t:?}"),
                        SchemaOption::PrimaryKey(k) => format!("primary_key :{k}"),
                        SchemaOption::Timestamps(b) => format!("timestamps {b}"),
                        SchemaOption::Relation { kind, name, target } => {
                            let kw = match kind {
                                RelationKind::BelongsTo => "belongs_to",
                                RelationKind::HasMany => "has_many",
                                RelationKind::HasOne => "has_one",
                            };
                            format!("{kw} :{name}, {}", target.dotted())
                        }
                    };
                    p.line(&format!("Option {text}"), Some(o.span));
                }
                p.deriving(&s.deriving);
            }),
            ItemKind::Sum(s) => self.nest(&format!("{vis}Sum {}{}", s.name.name, generics(&s.generics)), Some(item.span), |p| {
                for v in &s.variants {
                    let fields: Vec<String> = v
                        .fields
                        .iter()
                        .map(|f| match &f.name {
                            Some(n) => format!("{} :: {}", n.name, ty(&f.ty)),
                            None => ty(&f.ty),
                        })
                        .collect();
                    p.line(&format!("Variant {}({})", v.name.name, fields.join(", ")), Some(v.span));
                }
                p.deriving(&s.deriving);
            }),
            ItemKind::Alias(a) => self.line(&format!("{vis}Alias {}{} = {}", a.name.name, generics(&a.generics), ty(&a.ty)), Some(item.span)),
            ItemKind::Service(s) => self.nest(&format!("{vis}Service {}", s.name.name), Some(item.span), |p| {
                if let Some(init) = &s.init {
                    p.fn_def("", init, init.clauses[0].span);
                }
                for h in &s.handlers {
                    let reply = h.reply.as_ref().map(|t| format!(" :: {}", ty(t))).unwrap_or_default();
                    p.nest(&format!("{:?} {}{}", h.kind, h.name.name, reply), Some(h.span), |p| {
                        p.params(&h.params);
                        if let Some(s) = &h.state {
                            p.nest("State", None, |p| p.pattern(s));
                        }
                        p.block("Body", &h.body);
                    });
                }
                for f in &s.helpers {
                    p.fn_def("", f, f.clauses[0].span);
                }
            }),
            ItemKind::Actor(a) => self.nest(&format!("{vis}Actor {}", a.name.name), Some(item.span), |p| {
                p.params(&a.params);
                if let Some(r) = &a.ret {
                    p.line(&format!("Returns {}", ty(r)), Some(r.span));
                }
                p.block("Body", &a.body);
                if let Some(t) = &a.terminate {
                    p.block("Terminate", t);
                }
            }),
            ItemKind::Supervisor(s) => self.nest(&format!("{vis}Supervisor {}", s.name.name), Some(item.span), |p| {
                for st in &s.settings {
                    p.nest(&format!("Setting {}", st.key.name), Some(st.span), |p| p.expr(&st.value));
                }
                for c in &s.children {
                    p.nest(&format!("Child {}", c.name.name), Some(c.span), |p| {
                        for st in &c.settings {
                            p.nest(&format!("Setting {}", st.key.name), Some(st.span), |p| p.expr(&st.value));
                        }
                    });
                }
            }),
            ItemKind::Interface(i) => self.nest(&format!("{vis}Interface {}{}", i.name.name, generics(&i.generics)), Some(item.span), |p| {
                for a in &i.assoc_types {
                    p.line(&format!("AssocType {}", a.name.name), Some(a.span));
                }
                for m in &i.methods {
                    p.fn_def("", m, m.clauses[0].span);
                }
            }),
            ItemKind::Impl(i) => self.nest(&format!("{vis}Impl{} {} for {}", generics(&i.generics), ty(&i.interface), ty(&i.for_type)), Some(item.span), |p| {
                for a in &i.assoc_types {
                    p.line(&format!("AssocType {} = {}", a.name.name, ty(&a.ty)), Some(a.span));
                }
                for m in &i.methods {
                    p.fn_def("", m, m.clauses[0].span);
                }
            }),
            ItemKind::Import(path) => self.line(&format!("Import {}", path.dotted()), Some(item.span)),
            ItemKind::FromImport { module, names } => {
                let names: Vec<&str> = names.iter().map(|n| n.name.as_str()).collect();
                self.line(&format!("FromImport {} [{}]", module.dotted(), names.join(", ")), Some(item.span))
            }
            ItemKind::Module { name, items } => self.nest(&format!("{vis}Module {}", name.dotted()), Some(item.span), |p| {
                for i in items {
                    p.item(i);
                }
            }),
            ItemKind::Error => self.line("ErrorItem", Some(item.span)),
        }
    }

    fn deriving(&mut self, d: &Option<Deriving>) {
        if let Some(d) = d {
            let names: Vec<&str> = d.traits.iter().map(|t| t.name.as_str()).collect();
            self.line(&format!("Deriving({})", names.join(", ")), Some(d.span));
        }
    }

    fn fn_def(&mut self, vis: &str, f: &FnDef, span: Span) {
        self.nest(&format!("{vis}Fn {}/{}", f.name.name, f.arity()), Some(span), |p| {
            for c in &f.clauses {
                p.nest(&format!("Clause{}", generics(&c.generics)), Some(c.span), |p| {
                    p.params(&c.params);
                    if let Some(r) = &c.ret {
                        p.line(&format!("Returns {}", ty(r)), Some(r.span));
                    }
                    for w in &c.where_bounds {
                        let b: Vec<String> = w.bounds.iter().map(|b| b.dotted()).collect();
                        p.line(&format!("Where {}: {}", w.name.name, b.join(" + ")), Some(w.span));
                    }
                    if let Some(g) = &c.guard {
                        p.nest("Guard", None, |p| p.expr(g));
                    }
                    match &c.body {
                        Some(FnBody::Block(b)) => p.block("Body", b),
                        Some(FnBody::Expr(e)) => p.nest("ExprBody", None, |p| p.expr(e)),
                        None => p.line("NoBody", None),
                    }
                });
            }
        });
    }

    fn params(&mut self, params: &[Param]) {
        for prm in params {
            let annot = prm.ty.as_ref().map(|t| format!(" :: {}", ty(t))).unwrap_or_default();
            self.nest(&format!("Param{annot}"), Some(prm.span), |p| p.pattern(&prm.pattern));
        }
    }

    fn block(&mut self, label: &str, b: &Block) {
        self.nest(label, Some(b.span), |p| {
            for s in &b.stmts {
                p.stmt(s);
            }
        });
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Let(l) => {
                let annot = l.ty.as_ref().map(|t| format!(" :: {}", ty(t))).unwrap_or_default();
                self.nest(&format!("Let{annot}"), Some(s.span), |p| {
                    p.pattern(&l.pattern);
                    p.expr(&l.value);
                })
            }
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Error => self.line("ErrorStmt", Some(s.span)),
        }
    }

    fn arms(&mut self, arms: &[Arm]) {
        for a in arms {
            self.nest("Arm", Some(a.span), |p| {
                p.pattern(&a.pattern);
                if let Some(g) = &a.guard {
                    p.nest("Guard", None, |p| p.expr(g));
                }
                p.block("Body", &a.body);
            });
        }
    }

    fn closure(&mut self, c: &Closure) {
        self.nest(&format!("Closure {:?}", c.form), Some(c.span), |p| {
            for cl in &c.clauses {
                p.nest(if cl.parens { "Clause (parens)" } else { "Clause" }, Some(cl.span), |p| {
                    p.params(&cl.params);
                    if let Some(g) = &cl.guard {
                        p.nest("Guard", None, |p| p.expr(g));
                    }
                    p.block("Body", &cl.body);
                });
            }
        });
    }

    fn expr(&mut self, e: &Expr) {
        let sp = Some(e.span);
        match &e.kind {
            ExprKind::Lit(l) => self.line(&lit(l), sp),
            ExprKind::Interpolated(parts) => self.nest("Interpolated", sp, |p| {
                for part in parts {
                    match part {
                        StrPart::Text(t) => p.line(&format!("Text {t:?}"), None),
                        StrPart::Interp(e) => p.nest("Interp", None, |p| p.expr(e)),
                    }
                }
            }),
            ExprKind::Var(n) => self.line(&format!("Var {}", n.name), sp),
            ExprKind::Path(path) => self.line(&format!("Path {}", path.dotted()), sp),
            ExprKind::Wildcard => self.line("Wildcard", sp),
            ExprKind::Alias(e, n) => self.nest(&format!("Alias {}", n.name), sp, |p| p.expr(e)),
            ExprKind::OrPattern(alts) => self.nest("OrPattern", sp, |p| alts.iter().for_each(|a| p.expr(a))),
            ExprKind::ConsPattern(h, t) => self.nest("ConsPattern", sp, |p| {
                p.expr(h);
                p.expr(t);
            }),
            ExprKind::Field(b, n) => self.nest(&format!("Field .{}", n.name), sp, |p| p.expr(b)),
            ExprKind::Call { callee, args, trailing } => self.nest("Call", sp, |p| {
                p.expr(callee);
                for a in args {
                    match a {
                        Arg::Positional(e) => p.expr(e),
                        Arg::Keyword(n, e) => p.nest(&format!("Keyword {}", n.name), None, |p| p.expr(e)),
                    }
                }
                if let Some(t) = trailing {
                    p.closure(t);
                }
            }),
            ExprKind::Index(a, i) => self.nest("Index", sp, |p| {
                p.expr(a);
                p.expr(i);
            }),
            ExprKind::Try(x) => self.nest("Try", sp, |p| p.expr(x)),
            ExprKind::Unary(op, x) => self.nest(&format!("Unary {op:?}"), sp, |p| p.expr(x)),
            ExprKind::Binary(op, a, b) => self.nest(&format!("Binary {}", op.symbol()), sp, |p| {
                p.expr(a);
                p.expr(b);
            }),
            ExprKind::Pipe(a, b) => self.nest("Pipe", sp, |p| {
                p.expr(a);
                p.expr(b);
            }),
            ExprKind::Tuple(es) => self.nest("Tuple", sp, |p| es.iter().for_each(|e| p.expr(e))),
            ExprKind::List(es) => self.nest("List", sp, |p| es.iter().for_each(|e| p.expr(e))),
            ExprKind::Map(entries) => self.nest("Map", sp, |p| {
                for (k, v) in entries {
                    p.nest("Entry", None, |p| {
                        p.expr(k);
                        p.expr(v);
                    });
                }
            }),
            ExprKind::StructLit(lit) => self.nest(&format!("StructLit {}", lit.path.dotted()), sp, |p| {
                for f in &lit.fields {
                    p.nest(&format!("FieldInit {}", f.name.name), None, |p| p.expr(&f.value));
                }
            }),
            ExprKind::StructUpdate { base, fields } => self.nest("StructUpdate", sp, |p| {
                p.expr(base);
                for f in fields {
                    p.nest(&format!("FieldInit {}", f.name.name), None, |p| p.expr(&f.value));
                }
            }),
            ExprKind::If(i) => self.nest("If", sp, |p| {
                p.expr(&i.cond);
                p.block("Then", &i.then);
                match &i.els {
                    Some(Else::Block(b)) => p.block("Else", b),
                    Some(Else::If(e)) => p.nest("ElseIf", None, |p| p.expr(e)),
                    None => {}
                }
            }),
            ExprKind::Case { scrutinee, arms } => self.nest("Case", sp, |p| {
                p.expr(scrutinee);
                p.arms(arms);
            }),
            ExprKind::Receive { arms, after } => self.nest("Receive", sp, |p| {
                p.arms(arms);
                if let Some(a) = after {
                    p.nest("After", Some(a.span), |p| {
                        p.expr(&a.timeout);
                        p.block("Body", &a.body);
                    });
                }
            }),
            ExprKind::Closure(c) => self.closure(c),
            ExprKind::For(f) => self.nest("For", sp, |p| {
                p.pattern(&f.pattern);
                p.expr(&f.iter);
                if let Some(w) = &f.filter {
                    p.nest("When", None, |p| p.expr(w));
                }
                p.block("Body", &f.body);
            }),
            ExprKind::While { cond, body } => self.nest("While", sp, |p| {
                p.expr(cond);
                p.block("Body", body);
            }),
            ExprKind::Break => self.line("Break", sp),
            ExprKind::Continue => self.line("Continue", sp),
            ExprKind::Return(v) => self.nest("Return", sp, |p| {
                if let Some(v) = v {
                    p.expr(v);
                }
            }),
            ExprKind::Error => self.line("ErrorExpr", sp),
        }
    }

    fn pattern(&mut self, pat: &Pattern) {
        let sp = Some(pat.span);
        match &pat.kind {
            PatternKind::Wildcard => self.line("PWild", sp),
            PatternKind::Bind(n) => self.line(&format!("PBind {}", n.name), sp),
            PatternKind::Lit(l) => self.line(&format!("P{}", lit(l)), sp),
            PatternKind::Tuple(ps) => self.nest("PTuple", sp, |p| ps.iter().for_each(|x| p.pattern(x))),
            PatternKind::List(ps) => self.nest("PList", sp, |p| ps.iter().for_each(|x| p.pattern(x))),
            PatternKind::Ctor { path, args, parens } => {
                let label = format!("PCtor {}{}", path.dotted(), if *parens { "()" } else { "" });
                self.nest(&label, sp, |p| args.iter().for_each(|x| p.pattern(x)))
            }
            PatternKind::Struct { path, fields } => self.nest(&format!("PStruct {}", path.dotted()), sp, |p| {
                for f in fields {
                    match &f.pattern {
                        Some(x) => p.nest(&format!("PField {}", f.name.name), None, |p| p.pattern(x)),
                        None => p.line(&format!("PField {} (shorthand)", f.name.name), None),
                    }
                }
            }),
            PatternKind::Or(ps) => self.nest("POr", sp, |p| ps.iter().for_each(|x| p.pattern(x))),
            PatternKind::Cons(h, t) => self.nest("PCons", sp, |p| {
                p.pattern(h);
                p.pattern(t);
            }),
            PatternKind::As(x, n) => self.nest(&format!("PAs {}", n.name), sp, |p| p.pattern(x)),
            PatternKind::MapEntry(k, v) => self.nest("PMapEntry", sp, |p| {
                p.pattern(k);
                p.pattern(v);
            }),
            PatternKind::Error => self.line("PError", sp),
        }
    }
}

fn lit(l: &Literal) -> String {
    match l {
        Literal::Int(n) => format!("Int {n}"),
        Literal::Float(f) => format!("Float {f:?}"),
        Literal::Str(s) => format!("Str {s:?}"),
        Literal::Bool(b) => format!("Bool {b}"),
        Literal::Unit => "Unit".into(),
        Literal::Atom(a) => format!("Atom :{a}"),
    }
}

fn generics(g: &[GenericParam]) -> String {
    if g.is_empty() {
        return String::new();
    }
    let parts: Vec<String> = g
        .iter()
        .map(|p| {
            if p.bounds.is_empty() {
                p.name.name.to_string()
            } else {
                let b: Vec<String> = p.bounds.iter().map(|b| b.dotted()).collect();
                format!("{}: {}", p.name.name, b.join(" + "))
            }
        })
        .collect();
    format!("<{}>", parts.join(", "))
}

/// A type as source-like text.
pub fn ty(t: &TypeExpr) -> String {
    match &t.kind {
        TypeKind::Named { path, args } if args.is_empty() => path.dotted(),
        TypeKind::Named { path, args } => {
            format!("{}<{}>", path.dotted(), args.iter().map(ty).collect::<Vec<_>>().join(", "))
        }
        TypeKind::Unit => "()".into(),
        TypeKind::Tuple(ts) => format!("({})", ts.iter().map(ty).collect::<Vec<_>>().join(", ")),
        TypeKind::Fun { params, ret } => {
            format!("Fun({}) -> {}", params.iter().map(ty).collect::<Vec<_>>().join(", "), ty(ret))
        }
        TypeKind::Option(t) => format!("{}?", ty(t)),
        TypeKind::Result(a, b) => format!("{}!{}", ty(a), ty(b)),
        TypeKind::Error => "<error>".into(),
    }
}
