//! Types as text for messages and `--dump-types`: imported types are
//! module-qualified (`Geometry.Point`), built-in sugar is spelled out
//! (`Option<Int>`, `Result<Int, String>`), and unsolved variables read `_`.

use crate::defs::{ModuleId, Program};
use crate::ty::{Ty, TyCon};

pub fn show(prog: &Program, ty: &Ty, from: Option<ModuleId>) -> String {
    let mut s = String::new();
    write_ty(prog, ty, from, &mut s);
    s
}

fn list(prog: &Program, tys: &[Ty], from: Option<ModuleId>, out: &mut String) {
    for (i, t) in tys.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_ty(prog, t, from, out);
    }
}

fn write_ty(prog: &Program, ty: &Ty, from: Option<ModuleId>, out: &mut String) {
    match ty {
        Ty::Var(_) => out.push('_'),
        Ty::Param(p) => out.push_str(&prog.param_name(*p)),
        Ty::Error => out.push_str("<error>"),
        Ty::Tuple(ts) if ts.is_empty() => out.push_str("()"),
        Ty::Tuple(ts) => {
            out.push('(');
            list(prog, ts, from, out);
            out.push(')');
        }
        Ty::Fun(ps, r) => {
            out.push_str("Fun(");
            list(prog, ps, from, out);
            out.push_str(") -> ");
            write_ty(prog, r, from, out);
        }
        Ty::Con(c, args) => {
            let name = match c {
                TyCon::Int => "Int".to_string(),
                TyCon::Float => "Float".to_string(),
                TyCon::Bool => "Bool".to_string(),
                TyCon::String => "String".to_string(),
                TyCon::Unit => "()".to_string(),
                TyCon::Atom => "Atom".to_string(),
                TyCon::List => "List".to_string(),
                TyCon::Map => "Map".to_string(),
                TyCon::Set => "Set".to_string(),
                TyCon::Queue => "Queue".to_string(),
                TyCon::Range => "Range".to_string(),
                TyCon::Iter => "Iter".to_string(),
                TyCon::Pid => "Pid".to_string(),
                TyCon::Dyn => "_".to_string(),
                TyCon::Opaque(o) => o.name().to_string(),
                TyCon::Adt(d) => prog.qualified_name(*d, from),
            };
            out.push_str(&name);
            let untyped_pid = *c == TyCon::Pid && matches!(args.first(), Some(Ty::Con(TyCon::Dyn, _)));
            if !args.is_empty() && !untyped_pid {
                out.push('<');
                list(prog, args, from, out);
                out.push('>');
            }
        }
    }
}
