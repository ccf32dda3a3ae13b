//! Interned names: every identifier of every file is stored once, and a
//! [`Name`] is a pointer to that one copy, so it compares and hashes by
//! address and reads as a `&str` without a lookup.
//!
//! The interner is global (names outlive any one file, and trees may move
//! between threads) and leaks each distinct spelling once, which a compiler
//! process can afford: the number of distinct names is small.

use std::fmt;
use std::sync::{Mutex, OnceLock};

#[derive(Clone, Copy)]
pub struct Name(&'static str);

impl PartialEq for Name {
    fn eq(&self, other: &Name) -> bool {
        // Interned: one spelling, one address.
        std::ptr::eq(self.0, other.0)
    }
}

impl Eq for Name {}

impl std::hash::Hash for Name {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        (self.0.as_ptr() as usize).hash(h)
    }
}

impl PartialOrd for Name {
    fn partial_cmp(&self, other: &Name) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Name {
    /// Alphabetical, so sorted output is stable across runs.
    fn cmp(&self, other: &Name) -> std::cmp::Ordering {
        self.0.cmp(other.0)
    }
}

#[derive(Default)]
struct Interner {
    names: rustc_hash::FxHashSet<&'static str>,
}

fn interner() -> &'static Mutex<Interner> {
    static INTERNER: OnceLock<Mutex<Interner>> = OnceLock::new();
    INTERNER.get_or_init(|| Mutex::new(Interner::default()))
}

impl Name {
    pub fn new(s: &str) -> Name {
        let mut i = interner().lock().unwrap_or_else(|p| p.into_inner());
        if let Some(&known) = i.names.get(s) {
            return Name(known);
        }
        let leaked: &'static str = Box::leak(s.to_owned().into_boxed_str());
        i.names.insert(leaked);
        Name(leaked)
    }

    pub fn as_str(self) -> &'static str {
        self.0
    }
}

impl std::ops::Deref for Name {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

impl PartialEq<str> for Name {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Name {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl From<&str> for Name {
    fn from(s: &str) -> Name {
        Name::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::Name;

    #[test]
    fn same_spelling_same_name() {
        let a = Name::new("alpha");
        assert_eq!(a, Name::new("alpha"));
        assert_ne!(a, Name::new("beta"));
        assert_eq!(a.as_str(), "alpha");
        assert!(a == "alpha");
        assert_eq!(format!("{a}"), "alpha");
    }
}
