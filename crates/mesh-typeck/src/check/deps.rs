//! Which bodies refer to which: a syntactic walk of every body collecting
//! the top-level functions, actors and services it names, so bodies are
//! inferred callees first (strongly connected groups together).

use crate::defs::{DefId, DefKind, ModuleId, Program};
use mesh_parse::ast::*;

pub struct DepWalker<'p> {
    pub prog: &'p Program,
    pub module: ModuleId,
    pub out: Vec<DefId>,
}

impl DepWalker<'_> {
    fn name(&mut self, n: mesh_parse::Name) {
        if let Some(d) = self.prog.lookup_value(self.module, n) {
            self.out.push(d);
        }
    }

    fn member(&mut self, path: &Path, member: mesh_parse::Name) {
        let segs = &path.segments;
        let first = segs[0].name;
        let m = self.prog.module(self.module);
        if let Some(target) = m.module_aliases.get(&first).copied().or_else(|| self.prog.find_module(&segs.iter().map(|s| s.name).collect::<Vec<_>>())) {
            if let Some(d) = self.prog.module(target).values.get(&member) {
                self.out.push(*d);
            }
            // `import Store.Stock` then `Stock.start()`: the service (or
            // type) the module is named after.
            let namesake = segs[segs.len() - 1].name;
            if let Some(t) = self.prog.module(target).types.get(&namesake) {
                if matches!(self.prog.def(*t).kind, DefKind::Service(_)) {
                    self.out.push(*t);
                }
            }
            return;
        }
        if let Some(t) = self.prog.lookup_type(self.module, first) {
            if matches!(self.prog.def(t).kind, DefKind::Service(_)) {
                self.out.push(t);
            }
        }
    }

    pub fn block(&mut self, b: &Block) {
        for s in &b.stmts {
            match &s.kind {
                StmtKind::Let(l) => self.expr(&l.value),
                StmtKind::Expr(e) => self.expr(e),
                StmtKind::Error => {}
            }
        }
    }

    pub fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Var(n) => self.name(n.name),
            ExprKind::Path(p) => {
                if let Some(t) = self.prog.lookup_type(self.module, p.segments[0].name) {
                    if matches!(self.prog.def(t).kind, DefKind::Service(_)) {
                        self.out.push(t);
                    }
                }
            }
            ExprKind::Field(base, n) => match &base.kind {
                ExprKind::Path(p) => self.member(p, n.name),
                _ => self.expr(base),
            },
            ExprKind::Call { callee, args, trailing } => {
                self.expr(callee);
                for a in args {
                    match a {
                        Arg::Positional(x) | Arg::Keyword(_, x) => self.expr(x),
                    }
                }
                if let Some(c) = trailing {
                    self.closure(c);
                }
            }
            ExprKind::Interpolated(parts) => {
                for p in parts {
                    if let StrPart::Interp(x) = p {
                        self.expr(x);
                    }
                }
            }
            ExprKind::Index(a, b) | ExprKind::Binary(_, a, b) | ExprKind::Pipe(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::Try(a) | ExprKind::Unary(_, a) => self.expr(a),
            ExprKind::Tuple(es) | ExprKind::List(es) => es.iter().for_each(|x| self.expr(x)),
            ExprKind::Map(entries) => entries.iter().for_each(|(k, v)| {
                self.expr(k);
                self.expr(v);
            }),
            ExprKind::StructLit(l) => l.fields.iter().for_each(|f| self.expr(&f.value)),
            ExprKind::StructUpdate { base, fields } => {
                self.expr(base);
                fields.iter().for_each(|f| self.expr(&f.value));
            }
            ExprKind::If(i) => {
                self.expr(&i.cond);
                self.block(&i.then);
                match &i.els {
                    Some(Else::Block(b)) => self.block(b),
                    Some(Else::If(x)) => self.expr(x),
                    None => {}
                }
            }
            ExprKind::Case { scrutinee, arms } => {
                self.expr(scrutinee);
                self.arms(arms);
            }
            ExprKind::Receive { arms, after } => {
                self.arms(arms);
                if let Some(a) = after {
                    self.expr(&a.timeout);
                    self.block(&a.body);
                }
            }
            ExprKind::Closure(c) => self.closure(c),
            ExprKind::For(f) => {
                self.expr(&f.iter);
                if let Some(w) = &f.filter {
                    self.expr(w);
                }
                self.block(&f.body);
            }
            ExprKind::While { cond, body } => {
                self.expr(cond);
                self.block(body);
            }
            ExprKind::Return(Some(x)) | ExprKind::Alias(x, _) => self.expr(x),
            ExprKind::OrPattern(xs) => xs.iter().for_each(|x| self.expr(x)),
            ExprKind::ConsPattern(h, t) => {
                self.expr(h);
                self.expr(t);
            }
            ExprKind::Lit(_) | ExprKind::Wildcard | ExprKind::Break | ExprKind::Continue | ExprKind::Return(None) | ExprKind::Error => {}
        }
    }

    fn arms(&mut self, arms: &[Arm]) {
        for a in arms {
            if let Some(g) = &a.guard {
                self.expr(g);
            }
            self.block(&a.body);
        }
    }

    fn closure(&mut self, c: &Closure) {
        for cl in &c.clauses {
            if let Some(g) = &cl.guard {
                self.expr(g);
            }
            self.block(&cl.body);
        }
    }
}

/// Tarjan's strongly connected components; each component comes after the
/// ones it depends on.
pub fn components(n: usize, edges: &[Vec<usize>]) -> Vec<Vec<usize>> {
    struct St<'e> {
        edges: &'e [Vec<usize>],
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on_stack: Vec<bool>,
        stack: Vec<usize>,
        next: usize,
        out: Vec<Vec<usize>>,
    }
    fn visit(s: &mut St, v: usize) {
        s.index[v] = Some(s.next);
        s.low[v] = s.next;
        s.next += 1;
        s.stack.push(v);
        s.on_stack[v] = true;
        for &w in &s.edges[v] {
            match s.index[w] {
                None => {
                    visit(s, w);
                    s.low[v] = s.low[v].min(s.low[w]);
                }
                Some(iw) if s.on_stack[w] => s.low[v] = s.low[v].min(iw),
                _ => {}
            }
        }
        if Some(s.low[v]) == s.index[v] {
            let mut comp = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack[w] = false;
                comp.push(w);
                if w == v {
                    break;
                }
            }
            s.out.push(comp);
        }
    }
    let mut s = St { edges, index: vec![None; n], low: vec![0; n], on_stack: vec![false; n], stack: Vec::new(), next: 0, out: Vec::new() };
    for v in 0..n {
        if s.index[v].is_none() {
            visit(&mut s, v);
        }
    }
    s.out
}

#[cfg(test)]
mod tests {
    use super::components;

    #[test]
    fn dependencies_come_first() {
        // 0 -> 1 -> 2 -> 1, 3 alone.
        let edges = vec![vec![1], vec![2], vec![1], vec![]];
        let comps = components(4, &edges);
        let pos = |x: usize| comps.iter().position(|c| c.contains(&x)).unwrap();
        assert!(pos(1) < pos(0));
        assert_eq!(pos(1), pos(2));
        assert_eq!(comps.len(), 3);
    }
}
