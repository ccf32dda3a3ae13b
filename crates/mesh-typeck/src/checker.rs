//! The checker's state shared by all passes: the program being built, the
//! syntax trees by module, diagnostics, and the counter of type parameters.

use crate::defs::{DefId, ModuleId, Program};
use crate::display::show;
use crate::ty::{ParamId, Ty};
use mesh_parse::ast::Item;
use mesh_parse::{Diagnostic, FileId, Name, Span};

pub struct Checker<'a> {
    pub prog: Program,
    /// The items of each module (inline modules are modules of their own).
    pub items: Vec<&'a [Item]>,
    pub diags: Vec<Diagnostic>,
    next_param: u32,
    /// Impl items awaiting collection: their placeholder definition and place.
    pub impl_items: Vec<(DefId, crate::defs::AstRef)>,
    /// The definition made for each top-level item.
    pub item_defs: rustc_hash::FxHashMap<(ModuleId, u32), DefId>,
    /// Definitions already reported as broken (an impl method that does not
    /// match its interface, a name imported from a missing module): their
    /// uses have the error type, so they do not report again.
    pub poisoned: rustc_hash::FxHashSet<DefId>,
}

impl<'a> Checker<'a> {
    pub fn new() -> Checker<'a> {
        Checker { prog: Program::default(), items: Vec::new(), diags: Vec::new(), next_param: 0, impl_items: Vec::new(), item_defs: Default::default(), poisoned: Default::default() }
    }

    pub fn file(&self, module: ModuleId) -> FileId {
        self.prog.module(module).file.unwrap_or_default()
    }

    pub fn fresh_param(&mut self, name: Name) -> ParamId {
        self.next_param += 1;
        let p = ParamId(self.next_param);
        self.prog.param_names.insert(p, name);
        p
    }


    pub fn error(&mut self, module: ModuleId, code: &'static str, span: Span, message: impl Into<String>, label: impl Into<String>, hint: impl Into<String>) {
        let file = self.file(module);
        self.diags.push(Diagnostic::error(code, message).primary(file, span, label).hint(hint));
    }

    pub fn show(&self, ty: &Ty, from: ModuleId) -> String {
        show(&self.prog, ty, Some(from))
    }

    pub fn def_span(&self, d: DefId) -> (FileId, Span) {
        let def = self.prog.def(d);
        (self.file(def.module), def.span)
    }
}

impl Default for Checker<'_> {
    fn default() -> Self {
        Checker::new()
    }
}
