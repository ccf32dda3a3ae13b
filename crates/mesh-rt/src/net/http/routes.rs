//! The route table a server matches requests against: patterns parsed once
//! at `HTTP.serve`, matched with LANGUAGE.md 5.9's priority (every exact
//! route, then parameterised, then wildcard; the first registered wins in a
//! tier; a method filter applies in every tier, so a POST to a GET-only
//! route falls through to a later tier).

#[derive(Debug, Clone, PartialEq, Eq)]
enum Seg {
    Lit(String),
    Param(String),
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Copy)]
enum Tier {
    Exact = 0,
    Param = 1,
    Wild = 2,
}

#[derive(Debug)]
struct Route {
    /// Upper-case method, or None for any.
    method: Option<String>,
    segs: Vec<Seg>,
    /// Ends with `/*`: matches any rest (also none).
    wild: bool,
    tier: Tier,
    /// Index of the handler in the router's list.
    handler: usize,
}

#[derive(Debug, Default)]
pub struct Table {
    /// Sorted by tier, then registration order.
    routes: Vec<Route>,
}

/// A matched route: the handler's index and the `:name` parameters.
#[derive(Debug, PartialEq, Eq)]
pub struct Match {
    pub handler: usize,
    pub params: Vec<(String, String)>,
}

fn segments(path: &str) -> impl Iterator<Item = &str> {
    path.split('/').filter(|s| !s.is_empty())
}

impl Table {
    /// The table of routes written `"METHOD pattern"` (`*` = any method).
    pub fn new(routes: &[String]) -> Table {
        let mut out: Vec<Route> = routes
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let (m, pattern) = r.split_once(' ').unwrap_or(("*", r));
                let mut segs: Vec<&str> = segments(pattern).collect();
                let wild = segs.last() == Some(&"*");
                if wild {
                    segs.pop();
                }
                let segs: Vec<Seg> = segs.iter().map(|s| if let Some(n) = s.strip_prefix(':') { Seg::Param(n.to_string()) } else { Seg::Lit(s.to_string()) }).collect();
                let tier = if wild {
                    Tier::Wild
                } else if segs.iter().any(|s| matches!(s, Seg::Param(_))) {
                    Tier::Param
                } else {
                    Tier::Exact
                };
                Route { method: (m != "*").then(|| m.to_string()), segs, wild, tier, handler: i }
            })
            .collect();
        out.sort_by_key(|r| (r.tier, r.handler));
        Table { routes: out }
    }

    /// The route for `method` and the `path` as sent (segments are
    /// percent-decoded after splitting, so `%2F` stays inside its segment).
    /// A HEAD request also matches GET routes.
    pub fn find(&self, method: &str, path: &str) -> Option<Match> {
        let decoded: Vec<std::borrow::Cow<str>> = segments(path).map(|s| percent_encoding::percent_decode_str(s).decode_utf8_lossy()).collect();
        let parts: Vec<&str> = decoded.iter().map(|s| s.as_ref()).collect();
        let method_ok = |m: &Option<String>| match m {
            None => true,
            Some(m) => m == method || (method == "HEAD" && m == "GET"),
        };
        for r in &self.routes {
            if !method_ok(&r.method) {
                continue;
            }
            if let Some(params) = r.matches(&parts) {
                return Some(Match { handler: r.handler, params });
            }
        }
        None
    }
}

impl Route {
    fn matches(&self, parts: &[&str]) -> Option<Vec<(String, String)>> {
        if parts.len() < self.segs.len() || (!self.wild && parts.len() != self.segs.len()) {
            return None;
        }
        let mut params = Vec::new();
        for (seg, part) in self.segs.iter().zip(parts) {
            match seg {
                Seg::Lit(l) if l == part => {}
                Seg::Lit(_) => return None,
                Seg::Param(n) => params.push((n.clone(), part.to_string())),
            }
        }
        Some(params)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(rs: &[&str]) -> Table {
        Table::new(&rs.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn exact_beats_param_beats_wildcard_whatever_the_order() {
        let t = table(&["GET /*", "GET /users/:id", "GET /users/me"]);
        assert_eq!(t.find("GET", "/users/me").unwrap().handler, 2);
        let m = t.find("GET", "/users/42").unwrap();
        assert_eq!((m.handler, m.params), (1, vec![("id".to_string(), "42".to_string())]));
        assert_eq!(t.find("GET", "/other/x").unwrap().handler, 0);
    }

    #[test]
    fn method_filter_falls_through_to_a_later_tier() {
        let t = table(&["GET /health", "* /*"]);
        assert_eq!(t.find("POST", "/health").unwrap().handler, 1);
        assert_eq!(t.find("GET", "/health").unwrap().handler, 0);
        let t = table(&["GET /health"]);
        assert_eq!(t.find("POST", "/health"), None);
    }

    #[test]
    fn first_registered_wins_in_a_tier() {
        let t = table(&["GET /a/:x", "GET /a/:y"]);
        assert_eq!(t.find("GET", "/a/1").unwrap().params[0].0, "x");
    }

    #[test]
    fn wildcards_match_their_prefix_and_the_prefix_itself() {
        let t = table(&["GET /api/*"]);
        assert!(t.find("GET", "/api/v1/x").is_some());
        assert!(t.find("GET", "/api").is_some());
        assert!(t.find("GET", "/apix").is_none());
    }

    #[test]
    fn an_encoded_slash_stays_in_its_segment() {
        let t = table(&["GET /users/:id", "GET /*"]);
        let m = t.find("GET", "/users/a%2Fb").unwrap();
        assert_eq!((m.handler, m.params[0].1.as_str()), (0, "a/b"));
        assert_eq!(t.find("GET", "/users/a%20b").unwrap().params[0].1, "a b");
    }

    #[test]
    fn head_uses_get_routes() {
        let t = table(&["GET /x"]);
        assert!(t.find("HEAD", "/x").is_some());
    }

    #[test]
    fn root_and_trailing_slashes() {
        let t = table(&["GET /", "GET /a/b"]);
        assert_eq!(t.find("GET", "/").unwrap().handler, 0);
        assert_eq!(t.find("GET", "/a/b/").unwrap().handler, 1);
    }
}
