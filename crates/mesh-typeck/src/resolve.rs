//! Name lookup: which definition a name means in a module, following
//! LANGUAGE.md 2.2 (imports qualified by the last segment, `from ... import`,
//! the leniency that importing a module shows its pub types, user modules
//! before standard modules of the same name, the prelude last).

use crate::defs::{DefId, DefKind, ModuleId, Program};
use mesh_parse::Name;

impl Program {
    pub fn find_module(&self, path: &[Name]) -> Option<ModuleId> {
        self.module_paths.get(path).copied()
    }

    fn prelude(&self) -> Option<ModuleId> {
        self.known.prelude
    }

    /// A type (struct, sum, alias, interface, service, supervisor) visible
    /// by bare name in `module`.
    pub fn lookup_type(&self, module: ModuleId, name: Name) -> Option<DefId> {
        let m = self.module(module);
        if let Some(d) = m.types.get(&name) {
            return Some(*d);
        }
        if let Some(d) = m.imported_types.get(&name) {
            return Some(*d);
        }
        for src in &m.type_sources {
            if let Some(d) = self.module(*src).types.get(&name) {
                if self.def(*d).is_pub && matches!(self.def(*d).kind, DefKind::Struct(_) | DefKind::Sum(_) | DefKind::Alias(_) | DefKind::Pending) {
                    return Some(*d);
                }
            }
        }
        self.prelude().and_then(|p| self.module(p).types.get(&name).copied())
    }

    /// A function or actor visible by bare name in `module`.
    pub fn lookup_value(&self, module: ModuleId, name: Name) -> Option<DefId> {
        let m = self.module(module);
        m.values
            .get(&name)
            .or_else(|| m.imported_values.get(&name))
            .copied()
            .or_else(|| self.prelude().and_then(|p| self.module(p).values.get(&name).copied()))
    }

    /// Variants visible by bare name in `module`, most local first.
    pub fn lookup_variant(&self, module: ModuleId, name: Name) -> Option<(DefId, u32)> {
        let here = self.module(module).variants.get(&name).and_then(|v| v.first().copied());
        here.or_else(|| self.prelude().and_then(|p| self.module(p).variants.get(&name).and_then(|v| v.first().copied())))
    }

    /// A module used as a prefix (`Vector.dot`, `String.length`): an
    /// imported user module by its last segment first, then a standard
    /// module of that name.
    pub fn lookup_module_prefix(&self, module: ModuleId, name: Name) -> Option<ModuleId> {
        let m = self.module(module);
        if let Some(id) = m.module_aliases.get(&name) {
            return Some(*id);
        }
        self.stdlib_paths.get(&[name][..]).copied()
    }

    /// A member of a module: its functions, actors, and types.
    pub fn module_member(&self, module: ModuleId, name: Name) -> Option<DefId> {
        let m = self.module(module);
        m.values.get(&name).or_else(|| m.types.get(&name)).copied()
    }

    /// Every name a bare identifier could mean in `module`, for "did you
    /// mean" suggestions.
    pub fn visible_value_names(&self, module: ModuleId) -> Vec<Name> {
        let m = self.module(module);
        let mut names: Vec<Name> = m.values.keys().chain(m.imported_values.keys()).copied().collect();
        if let Some(p) = self.prelude() {
            names.extend(self.module(p).values.keys().copied());
        }
        names
    }

    pub fn visible_type_names(&self, module: ModuleId) -> Vec<Name> {
        let m = self.module(module);
        let mut names: Vec<Name> = m.types.keys().chain(m.imported_types.keys()).copied().collect();
        for src in &m.type_sources {
            names.extend(self.module(*src).types.keys().copied());
        }
        if let Some(p) = self.prelude() {
            names.extend(self.module(p).types.keys().copied());
        }
        names
    }

    /// Fills each module's table of variants visible by bare name.
    pub fn index_variants(&mut self) {
        for mi in 0..self.modules.len() {
            let module = ModuleId(mi as u32);
            let m = self.module(module);
            let mut sums: Vec<DefId> = m.types.values().chain(m.imported_types.values()).copied().collect();
            for src in &m.type_sources {
                sums.extend(self.module(*src).types.values().copied().filter(|d| self.def(*d).is_pub));
            }
            let mut table: rustc_hash::FxHashMap<Name, Vec<(DefId, u32)>> = Default::default();
            // Local sum types first, so they win over imported ones.
            sums.sort_by_key(|d| (self.def(*d).module != module, d.0));
            for d in sums {
                if let DefKind::Sum(s) = &self.def(d).kind {
                    for (i, v) in s.variants.iter().enumerate() {
                        let e = table.entry(v.name).or_default();
                        if !e.contains(&(d, i as u32)) {
                            e.push((d, i as u32));
                        }
                    }
                }
            }
            self.module_mut(module).variants = table;
        }
    }
}

/// Edit distance, for "did you mean" suggestions.
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(!a[i - 1].eq_ignore_ascii_case(&b[j - 1]));
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Up to three names close to `name`, closest first.
pub fn suggest(name: &str, candidates: impl IntoIterator<Item = Name>) -> Vec<String> {
    let limit = (name.len() / 3).max(1);
    let mut scored: Vec<(usize, String)> = candidates
        .into_iter()
        .map(|c| c.to_string())
        .filter(|c| c != name)
        .map(|c| (distance(name, &c), c))
        .filter(|(d, c)| *d <= limit || (c.len() > 2 && (c.contains(name) || name.contains(c.as_str()))))
        .collect();
    scored.sort();
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.into_iter().take(3).map(|(_, c)| c).collect()
}
