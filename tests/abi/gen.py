#!/usr/bin/env python3
"""ABI regression suite generator for Mesh (standard library only).

README
======
Makes random nested Mesh types and programs that move one value of each type
through every boundary the compiler and runtime implement, comparing it with
the original by derived `==` and by its Display text at each hop.

    python3 tests/abi/gen.py --seed 1 --count 1000 --out /tmp/abi
    python3 tests/abi/run.py --seed 1 --count 1000       # generate, build, run
    python3 tests/abi/gen.py --seed 5 --only 256 --out /tmp/t256   # one type
Process hops come in groups (job, actors, supervisor); `--without GROUPS`
leaves some out and `--sequential-only` leaves out all of them (no procs.mpl).

Types: type K (0 <= K < count) is drawn from an RNG seeded with "seed:K"
only, so it does not depend on --count or --per-program.  Types nest structs
(1-8 fields, some generic), sum types (unit and payload variants), tuples,
Option (`T?` / `Option<T>`), Result (`T!E`, `A!B!C`, `Result<T, E>`), List,
`Map<String, T>`, `Map<Int, T>`, Int (i64 extremes, hex/binary/octal/`_`
literals; i64::MIN as `(-9223372036854775807 - 1)`), Float (-0.0, 1.5e300,
subnormals, random bit patterns; shortest round-trip literals), Bool and
String (unicode, quotes, backslashes, `${`, `#`, NUL, raw newlines/tabs,
triple-quoted literals).  Every struct/sum derives Eq and Display.  The
expected Display text is computed here (see `disp`) and emitted as a string.

Layout of one program directory `OUT/pNNN/` (types 25*N .. 25*N+24 with the
default --per-program 25):
    harness.mpl  module Harness: `hop` (prints `K hop: <display>`, reports
                 MISMATCH), `ident<A>`, `crash`, service `Board` (reports and
                 the crash-once counter), `await_report`, `finish`.
    types.mpl    module Types: the type definitions and per type K
                 `value_K() -> T`, `want_K() -> String` (expected Display),
                 `echo_K(v) -> T`, `capture_K(v) -> Fun() -> T`.
    procs.mpl    module Procs (not with --sequential-only): per type K actor
                 `echo_K` (replies to `(pid, v)`), service `KeepK` (init
                 argument, call argument and reply, cast into state, call
                 returning state), actor `runner_K` (gets v as spawn argument,
                 drives those hops, reports to Board), actor `child_K` and
                 supervisor `SupK` (child crashes on first start, is
                 restarted, reads its start arguments again).
    main.mpl     `run_K` per type: sequential hops (literal, cross-module
                 return/argument, local and generic calls, closures, `?` on
                 Result and Option, list/map/tuple wrapping), then Job.async/
                 Job.await, then spawns runner_K and SupK and waits for their
                 reports.  Prints `ok K <hops>` per type; a mismatch prints
                 `MISMATCH type K seed S hop H` and main panics.
    expect.json  {"seed", "types": [[K, hops], ...]} read by run.py.
"""
import argparse
import json
import os
import random
import struct
from decimal import ROUND_HALF_UP, Decimal, localcontext

SEQ_HOPS = ["literal", "cross-module-return", "local-call", "generic-call", "cross-module-arg",
            "closure-capture", "closure-arg", "closure-cross-module", "result-try", "option-try",
            "list-wrap", "map-wrap", "tuple-wrap"]
JOB_HOPS = ["job-await", "job-capture"]
RUNNER_HOPS = ["spawn-arg", "actor-message", "service-call", "service-state"]
SUP_HOPS = ["supervisor-first-start", "supervisor-restart"]
FIELD_NAMES = ["id", "name", "value", "items", "kind", "note", "count", "flag", "data", "meta",
               "score", "x", "y", "tags", "left", "right", "owner", "level", "total", "label"]

# ---------------------------------------------------------------- types


class Prim:
    def __init__(self, name):
        self.name = name


class ListT:
    def __init__(self, elem):
        self.elem = elem


class MapT:
    def __init__(self, key, val):
        self.key, self.val = key, val


class OptT:
    def __init__(self, inner, suffix):
        self.inner, self.suffix = inner, suffix


class ResT:
    def __init__(self, ok, err, suffix):
        self.ok, self.err, self.suffix = ok, err, suffix


class TupT:
    def __init__(self, elems):
        self.elems = elems


class Param:
    def __init__(self, name):
        self.name = name


class Named:
    def __init__(self, defn, args):
        self.defn, self.args = defn, args


class Def:
    """A struct (fields = [(name, type)]) or sum (variants = [(name, [types])])."""

    def __init__(self, kind, name, params):
        self.kind, self.name, self.params = kind, name, params
        self.fields, self.variants = [], []
        self.derive = "Eq, Display"
        self.recursive = False


def render(t):
    if isinstance(t, Prim):
        return t.name
    if isinstance(t, Param):
        return t.name
    if isinstance(t, ListT):
        return "List<%s>" % render(t.elem)
    if isinstance(t, MapT):
        return "Map<%s, %s>" % (t.key, render(t.val))
    if isinstance(t, TupT):
        return "(%s)" % ", ".join(render(e) for e in t.elems)
    if isinstance(t, Named):
        if t.args:
            return "%s<%s>" % (t.defn.name, ", ".join(render(a) for a in t.args))
        return t.defn.name
    if isinstance(t, OptT):
        if t.suffix and atomic(t.inner):
            return render(t.inner) + "?"
        return "Option<%s>" % render(t.inner)
    if isinstance(t, ResT):
        if t.suffix and atomic(t.ok) and (atomic(t.err) or suffix_result(t.err)):
            return "%s!%s" % (render(t.ok), render(t.err))
        return "Result<%s, %s>" % (render(t.ok), render(t.err))
    raise TypeError(t)


def atomic(t):
    """True when `render(t)` is not itself a suffix (`?`/`!`) form."""
    return not ((isinstance(t, OptT) and t.suffix and atomic(t.inner))
                or suffix_result(t))


def suffix_result(t):
    return (isinstance(t, ResT) and t.suffix and atomic(t.ok)
            and (atomic(t.err) or suffix_result(t.err)))


def subst(t, env):
    if isinstance(t, Param):
        return env[t.name]
    if isinstance(t, ListT):
        return ListT(subst(t.elem, env))
    if isinstance(t, MapT):
        return MapT(t.key, subst(t.val, env))
    if isinstance(t, TupT):
        return TupT([subst(e, env) for e in t.elems])
    if isinstance(t, OptT):
        return OptT(subst(t.inner, env), t.suffix)
    if isinstance(t, ResT):
        return ResT(subst(t.ok, env), subst(t.err, env), t.suffix)
    if isinstance(t, Named):
        return Named(t.defn, [subst(a, env) for a in t.args])
    return t


class TypeGen:
    """Random type for type number k; definitions collect in self.defs (dependency order)."""

    def __init__(self, rng, k):
        self.rng, self.k, self.defs, self.params, self.names = rng, k, [], [], 0

    def name(self, prefix):
        self.names += 1
        return "%s%d_%d" % (prefix, self.k, self.names - 1)

    def prim(self):
        return Prim(self.rng.choice(["Int", "Int", "Float", "Float", "Bool", "String", "String", "String"]))

    def gen(self, depth, top=False):
        r = self.rng
        if self.params and r.random() < 0.25:
            return Param(r.choice(self.params))
        if depth <= 0:
            return self.prim()
        weights = [("prim", 14), ("struct", 9), ("sum", 8), ("tuple", 5), ("opt", 7),
                   ("res", 7), ("list", 7), ("map", 5)]
        if top:
            weights = [("prim", 3), ("struct", 30), ("sum", 20), ("tuple", 6), ("opt", 6),
                       ("res", 6), ("list", 7), ("map", 5)]
        if self.names >= 6:
            weights = [w for w in weights if w[0] not in ("struct", "sum")]
        kind = r.choices([w[0] for w in weights], [w[1] for w in weights])[0]
        d = depth - 1
        if kind == "prim":
            return self.prim()
        if kind == "tuple":
            return TupT([self.gen(d) for _ in range(r.randint(2, 4))])
        if kind == "opt":
            return OptT(self.gen(d), r.random() < 0.5)
        if kind == "res":
            err = Prim("String") if r.random() < 0.5 else self.gen(d)
            return ResT(self.gen(d), err, r.random() < 0.6)
        if kind == "list":
            return ListT(self.gen(d))
        if kind == "map":
            return MapT(r.choice(["String", "Int"]), self.gen(d))
        if kind == "struct":
            return self.struct(d)
        return self.sum(d)

    def struct(self, d):
        r = self.rng
        generic = not self.params and r.random() < 0.2
        defn = Def("struct", self.name("S"), ["A", "B"][:r.randint(1, 2)] if generic else [])
        saved, self.params = self.params, defn.params
        names = r.sample(FIELD_NAMES, r.randint(1, 8))
        defn.fields = [(n, self.gen(d)) for n in names]
        if generic:     # every parameter is used at least once
            used = {t.name for _, t in defn.fields if isinstance(t, Param)}
            for p in defn.params:
                if p in used:
                    continue
                if len(defn.fields) < 8:
                    defn.fields.append(("p" + p.lower(), Param(p)))
                else:
                    i = r.randrange(len(defn.fields))
                    defn.fields[i] = (defn.fields[i][0], Param(p))
                    used = {t.name for _, t in defn.fields if isinstance(t, Param)}
        self.params = saved
        self.defs.append(defn)
        return Named(defn, [self.gen(d) for _ in defn.params])

    def sum(self, d):
        r = self.rng
        defn = Def("sum", self.name("U"), [])
        defn.recursive = r.random() < 0.15
        n = r.randint(1, 6)
        enum = not defn.recursive and r.random() < 0.12       # unit variants only
        saved, self.params = self.params, []
        for i in range(n):
            vname = "%sV%d" % (defn.name, i)
            if enum or (r.random() < 0.3 and not (i == n - 1 and all(not p for _, p in defn.variants))):
                defn.variants.append((vname, []))
            else:
                payload = [self.gen(d) for _ in range(r.randint(1, 4))]
                if defn.recursive and i == n - 1:
                    payload.insert(r.randint(0, len(payload)), Named(defn, []))
                defn.variants.append((vname, payload))
        if defn.recursive and all(not p for _, p in defn.variants[:-1]) and n == 1:
            defn.variants.insert(0, ("%sV%d" % (defn.name, n), []))
        if defn.recursive and all(defn in [x.defn for x in p if isinstance(x, Named)] for _, p in defn.variants):
            defn.variants.insert(0, ("%sV%d" % (defn.name, n + 1), []))
        self.params = saved
        if r.random() < 0.5:
            defn.derive = "Display, Eq"
        self.defs.append(defn)
        return Named(defn, [])

# ---------------------------------------------------------------- values


I64_MIN, I64_MAX = -(1 << 63), (1 << 63) - 1
SPECIAL_FLOATS = [-0.0, 0.0, 1.5e300, -1.5e300, 5e-324, -5e-324, 1.7976931348623157e308, -2.5e-7,
                  0.1, 1e21, 1e22, 123456789.125, -1.0, 2.0 ** 53, 2.0 ** 63, 1e-300, 0.3, 2.2250738585072014e-308]
STRING_PIECES = ['a', 'b', 'Z', ' ', '"', '\\', '${x}', '${', '$', '#', '#{', '#=', '}', '{', '\n',
                 '\t', '\r', '\0', 'é', 'ß', '中文', '🎉', 'e\u0301', '\u200d', 'مرحبا', '\u00a0',
                 '\x1b', "'", '\\n', 'hello', ', ', '(', ')', '=>', '%{', '[', ']', 'Some(', 'nil']


def fmt_float(x):
    """Mesh Display of a Float: shortest round-trip digits, no exponent, no trailing `.0`.

    Like Rust's shortest formatting, an exact tie between two shortest candidates
    rounds up in magnitude (750750760213399.25 -> ...399.3; Python's repr says ...399.2)."""
    r = Decimal(repr(abs(x)))
    if r != 0:
        with localcontext() as ctx:
            ctx.prec = 2000
            exact = Decimal(abs(x))
            digits = len(r.as_tuple().digits)
            q = exact.scaleb(-exact.adjusted() + digits - 1).quantize(Decimal(1), rounding=ROUND_HALF_UP)
            cand = q.scaleb(exact.adjusted() - digits + 1)
        if float(cand) == abs(x):
            r = cand
    s = format(r, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return ("-" if struct.pack(">d", x)[0] & 0x80 else "") + s


def float_lit(x):
    m = repr(abs(x))
    if "e" in m:
        mant, exp = m.split("e")
        m = "%se%d" % (mant, int(exp))
    return ("-" if struct.pack(">d", x)[0] & 0x80 else "") + m


def int_lit(n, r):
    if n == I64_MIN:
        return "(-9223372036854775807 - 1)"
    if n < 0:
        return "-" + str(-n)
    form = r.random()
    if form < 0.1:
        return hex(n) if r.random() < 0.5 else "0x%X" % n
    if form < 0.15:
        return bin(n)
    if form < 0.2:
        return oct(n)
    if form < 0.3 and n >= 1000:
        return "{:_}".format(n)
    return str(n)


def str_lit(s, r):
    """A Mesh string literal whose value is s (escapes per LANGUAGE.md 1.5)."""
    triple = r.random() < 0.15
    out = []
    for i, c in enumerate(s):
        if c == "\\":
            out.append("\\\\")
        elif c == '"':
            raw = triple and 0 < i < len(s) - 1 and s[i - 1] != '"' and s[i + 1] != '"'
            out.append('"' if raw else '\\"')
        elif c == "$":
            out.append("\\$")
        elif c == "\n":
            out.append("\n" if r.random() < 0.3 else "\\n")
        elif c == "\t":
            out.append("\t" if r.random() < 0.3 else "\\t")
        elif c == "\r":
            out.append("\\r")
        elif c == "\0":
            out.append("\\0")
        elif c in "qzmkQ#{'" and r.random() < 0.5:
            out.append("\\" + c)      # any other \c yields c
        else:
            out.append(c)
    q = '"""' if triple else '"'
    return q + "".join(out) + q


def plain_str(s):
    """Deterministic literal (no randomness): used for the expected Display text."""
    return '"' + "".join({"\\": "\\\\", '"': '\\"', "$": "\\$", "\n": "\\n", "\t": "\\t",
                          "\r": "\\r", "\0": "\\0"}.get(c, c) for c in s) + '"'


class ValueGen:
    """Values from rng; literal spellings (number bases, escapes, quoting) from srng."""

    def __init__(self, rng, srng):
        self.rng, self.srng = rng, srng

    def int(self):
        r = self.rng
        c = r.random()
        if c < 0.25:
            return r.choice([I64_MIN, I64_MAX, I64_MIN + 1, I64_MAX - 1, 0, -1, 1, 1 << 32, -(1 << 31)])
        if c < 0.5:
            return r.randint(I64_MIN, I64_MAX)
        return r.randint(-1000, 100000)

    def float(self):
        r = self.rng
        c = r.random()
        if c < 0.35:
            return r.choice(SPECIAL_FLOATS)
        if c < 0.6:
            while True:
                x = struct.unpack(">d", r.getrandbits(64).to_bytes(8, "big"))[0]
                if x == x and abs(x) != float("inf"):
                    return x
        if c < 0.8:
            return -r.uniform(0, 1) * 10 ** r.randint(-12, 3)
        return round(r.uniform(-1e6, 1e6), r.randint(0, 4))

    def string(self):
        r = self.rng
        if r.random() < 0.1:
            return ""
        return "".join(r.choice(STRING_PIECES) for _ in range(r.randint(1, 8)))

    def value(self, t, depth=0):
        """(literal, display) for a value of type t."""
        r = self.rng
        if isinstance(t, Prim):
            if t.name == "Int":
                n = self.int()
                return int_lit(n, self.srng), str(n)
            if t.name == "Float":
                x = self.float()
                return float_lit(x), fmt_float(x)
            if t.name == "Bool":
                b = r.random() < 0.5
                return ("true", "true") if b else ("false", "false")
            s = self.string()
            return str_lit(s, self.srng), s
        if isinstance(t, ListT):
            items = [self.value(t.elem, depth + 1) for _ in range(r.randint(0, 3 if depth < 3 else 1))]
            return "[%s]" % ", ".join(i[0] for i in items), "[%s]" % ", ".join(i[1] for i in items)
        if isinstance(t, MapT):
            n = r.randint(0, 3 if depth < 3 else 1)
            if t.key == "Int":
                keys = []
                while len(keys) < n:
                    k = self.int()
                    if k not in keys:
                        keys.append(k)
                kl = [(int_lit(k, self.srng), str(k)) for k in keys]
            else:
                keys = []
                while len(keys) < n:
                    s = self.string()
                    if s not in keys:
                        keys.append(s)
                kl = [(str_lit(s, self.srng), s) for s in keys]
            vl = [self.value(t.val, depth + 1) for _ in keys]
            return ("%%{%s}" % ", ".join("%s => %s" % (k[0], v[0]) for k, v in zip(kl, vl)),
                    "%%{%s}" % ", ".join("%s => %s" % (k[1], v[1]) for k, v in zip(kl, vl)))
        if isinstance(t, TupT):
            items = [self.value(e, depth + 1) for e in t.elems]
            return "(%s)" % ", ".join(i[0] for i in items), "(%s)" % ", ".join(i[1] for i in items)
        if isinstance(t, OptT):
            if r.random() < 0.3:
                return "None", "None"
            lit, d = self.value(t.inner, depth + 1)
            return "Some(%s)" % lit, "Some(%s)" % d
        if isinstance(t, ResT):
            ok = r.random() < 0.55
            lit, d = self.value(t.ok if ok else t.err, depth + 1)
            tag = "Ok" if ok else "Err"
            return "%s(%s)" % (tag, lit), "%s(%s)" % (tag, d)
        if isinstance(t, Named):
            defn = t.defn
            if defn.kind == "struct":
                env = dict(zip(defn.params, t.args))
                fs = [(n, self.value(subst(ft, env), depth + 1)) for n, ft in defn.fields]
                return ("%s { %s }" % (defn.name, ", ".join("%s: %s" % (n, v[0]) for n, v in fs)),
                        "%s(%s)" % (defn.name, ", ".join(v[1] for _, v in fs)))
            variants = defn.variants
            if depth > 4 or (defn.recursive and r.random() < 0.5):
                variants = [v for v in variants if defn not in [x.defn for x in v[1] if isinstance(x, Named)]]
            vname, payload = r.choice(variants)
            if not payload:
                return vname, vname
            items = [self.value(p, depth + 1) for p in payload]
            return ("%s(%s)" % (vname, ", ".join(i[0] for i in items)),
                    "%s(%s)" % (vname, ", ".join(i[1] for i in items)))
        raise TypeError(t)

# ---------------------------------------------------------------- one type


class Case:
    """Type number k: definitions, type text, two independent literals, Display text."""

    def __init__(self, seed, k):
        rng = random.Random("%d:%d" % (seed, k))
        tg = TypeGen(rng, k)
        self.k, self.seed = k, seed
        self.type = tg.gen(rng.randint(2, 4), top=True)
        self.defs = tg.defs
        self.ty = render(self.type)
        vseed = rng.getrandbits(64)
        # the same value twice (main's literal, Types.value_K), spelled independently
        self.lit, self.disp = ValueGen(random.Random(vseed), random.Random(vseed + 1)).value(self.type)
        self.lit2, disp2 = ValueGen(random.Random(vseed), random.Random(vseed + 2)).value(self.type)
        assert disp2 == self.disp
        self.strategy = rng.choice(["one_for_one", "one_for_all", "rest_for_one"])


def def_text(d):
    head = "pub struct" if d.kind == "struct" else "pub type"
    params = "<%s>" % ", ".join(d.params) if d.params else ""
    lines = ["%s %s%s do" % (head, d.name, params)]
    if d.kind == "struct":
        lines += ["  %s :: %s" % (n, render(t)) for n, t in d.fields]
    else:
        for vname, payload in d.variants:
            lines.append("  " + vname + ("(%s)" % ", ".join(render(p) for p in payload) if payload else ""))
    lines.append("end deriving(%s)" % d.derive)
    return "\n".join(lines)


def types_chunk(c):
    k, T = c.k, c.ty
    out = [def_text(d) for d in c.defs]
    out.append("pub fn value_%d() -> %s = %s" % (k, T, c.lit2))
    out.append("pub fn want_%d() -> String = %s" % (k, plain_str(c.disp)))
    out.append("pub fn echo_%d(v :: %s) -> %s do\n  v\nend" % (k, T, T))
    out.append("pub fn capture_%d(v :: %s) -> Fun() -> %s do\n  fn -> v end\nend" % (k, T, T))
    return "\n\n".join(out)


def hop(c, name, eq, shown, want="want"):
    return "Harness.hop(%d, %d, \"%s\", %s, %s, %s)" % (c.k, c.seed, name, eq, shown, want)


def main_chunk(c, groups):
    procs = bool(groups & {"actors", "supervisor"})
    k, T = c.k, c.ty
    ok_want = '"Ok(" <> want <> ")"'
    some_want = '"Some(" <> want <> ")"'
    L = ["fn pass_%d(v :: %s) -> %s do\n  v\nend\n" % (k, T, T),
         "fn via_result_%d(v :: %s) -> Result<%s, String> do\n  let r :: Result<%s, String> = Ok(v)\n"
         "  let x = r?\n  Ok(x)\nend\n" % (k, T, T, T)]
    L.append("fn via_option_%d(v :: %s) -> Option<%s> do\n  let o :: Option<%s> = Some(v)\n"
             "  let x = o?\n  Some(x)\nend\n" % (k, T, T, T))
    L.append("fn run_%d(%s) -> Int do" % (k, "board" if procs else ""))
    b = L.append
    b("  let orig :: %s = %s" % (T, c.lit))
    b("  let want = Types.want_%d()" % k)
    b("  let h0 = " + hop(c, "literal", "orig == orig", '"${orig}"'))
    b("  let v1 = Types.value_%d()" % k)
    b("  let h1 = " + hop(c, "cross-module-return", "v1 == orig", '"${v1}"'))
    b("  let v2 = pass_%d(orig)" % k)
    b("  let h2 = " + hop(c, "local-call", "v2 == orig", '"${v2}"'))
    b("  let v3 = Harness.ident(orig)")
    b("  let h3 = " + hop(c, "generic-call", "v3 == orig", '"${v3}"'))
    b("  let v4 = Types.echo_%d(orig)" % k)
    b("  let h4 = " + hop(c, "cross-module-arg", "v4 == orig", '"${v4}"'))
    b("  let f5 = fn -> orig end")
    b("  let v5 = f5()")
    b("  let h5 = " + hop(c, "closure-capture", "v5 == orig", '"${v5}"'))
    b("  let f6 = fn(x :: %s) -> x end" % T)
    b("  let v6 = f6(orig)")
    b("  let h6 = " + hop(c, "closure-arg", "v6 == orig", '"${v6}"'))
    b("  let f7 = Types.capture_%d(orig)" % k)
    b("  let v7 = f7()")
    b("  let h7 = " + hop(c, "closure-cross-module", "v7 == orig", '"${v7}"'))
    b("  let r8 = via_result_%d(orig)" % k)
    b("  let h8 = " + hop(c, "result-try", "r8 == Ok(orig)", '"${r8}"', ok_want))
    b("  let o9 = via_option_%d(orig)" % k)
    b("  let h9 = " + hop(c, "option-try", "o9 == Some(orig)", '"${o9}"', some_want))
    b("  let v10 = List.get([orig, v1, orig], 2)")
    b("  let h10 = " + hop(c, "list-wrap", "v10 == orig", '"${v10}"'))
    b("  let v11 = Map.get(Map.put(Map.put(Map.new(), 7, orig), 8, v1), 7)")
    b("  let h11 = " + hop(c, "map-wrap", "v11 == orig", '"${v11}"'))
    b("  let (_, v12, _) = (1, orig, \"x\")")
    b("  let h12 = " + hop(c, "tuple-wrap", "v12 == orig", '"${v12}"'))
    total = " + ".join("h%d" % i for i in range(13))
    if "job" in groups:
        b("  let j13 = Job.async(fn -> Types.value_%d() end)" % k)
        b("  let r13 = Job.await(j13)")
        b("  let h13 = " + hop(c, "job-await", "r13 == Ok(orig)", '"${r13}"', ok_want))
        b("  let j14 = Job.async(fn -> orig end)")
        b("  let r14 = Job.await(j14)")
        b("  let h14 = " + hop(c, "job-capture", "r14 == Ok(orig)", '"${r14}"', ok_want))
        total += " + h13 + h14"
    steps = [s for s in [("spawn(runner_%d, board, orig)" % k, 1, "actors", "runner-report"),
                         ("spawn(Sup%d)" % k, 3, "supervisor", "supervisor-restart")] if s[2] in groups]
    for i, (spawn, reports, _, what) in enumerate(steps):     # wait for each process hop group in turn
        b("  let _ = " + spawn)
        last = i == len(steps) - 1
        b("  let %s = Harness.await_report(board, %d, %d, %d, \"%s\", 20000)"
          % ("(hp, fp)" if last else "_", k, c.seed, reports if "actors" in groups else reports - 1, what))
    if steps:
        total += " + hp"
    b("  Harness.finish(%d, %d, %s, %d, %s)" % (k, c.seed, total, expected_hops(groups), "fp" if steps else "0"))
    b("end\n")
    return "\n".join(L)


def procs_chunk(c, groups):
    k, T = c.k, c.ty
    ph = lambda name, eq, shown, want="want": hop(c, name, eq, shown, want)
    actors = [
        "fn relay_%d(from :: Pid<%s>, v :: %s) do\n  send(from, v)\nend\n" % (k, T, T),
        "actor echo_%d() do\n  receive do\n    (from, v) -> relay_%d(from, v)\n  end\nend\n" % (k, k),
        "service Keep%d do" % k,
        "  fn init(first :: %s) -> List<%s> do\n    [first]\n  end" % (T, T),
        "  call Echo(v :: %s) :: %s do |st|\n    (st, v)\n  end" % (T, T),
        "  cast Put(v :: %s) do |st|\n    List.append(st, v)\n  end" % T,
        "  call Get() :: List<%s> do |st|\n    (st, st)\n  end" % T,
        "end\n",
        "actor runner_%d(board, v :: %s) do" % (k, T),
        "  let want = Types.want_%d()" % k,
        "  let orig = Types.value_%d()" % k,
        "  let a = " + ph("spawn-arg", "v == orig", '"${v}"'),
        "  let e = spawn(echo_%d)" % k,
        "  send(e, (self(), v))",
        "  let got = receive do\n    x -> x\n  end",
        "  let b = " + ph("actor-message", "got == orig", '"${got}"'),
        "  let s = Keep%d.start(v)" % k,
        "  let back = Keep%d.echo(s, got)" % k,
        "  let c = " + ph("service-call", "back == orig", '"${back}"'),
        "  Keep%d.put(s, back)" % k,
        "  let st = Keep%d.get(s)" % k,
        "  let d = " + ph("service-state", "st == [orig, orig]", '"${st}"',
                          '"[" <> want <> ", " <> want <> "]"'),
        "  let n = a + b + c + d",
        "  Board.report(board, %d, n, %d - n)" % (k, len(RUNNER_HOPS)),
        "end\n"]
    sup = [        "actor child_%d(board, v :: %s) do" % (k, T),
        "  let want = Types.want_%d()" % k,
        "  let orig = Types.value_%d()" % k,
        "  if Board.bump(board, %d) == 0 do" % k,
        "    let a = " + ph("supervisor-first-start", "v == orig", '"${v}"'),
        "    Board.report(board, %d, a, 1 - a)" % k,
        "    Harness.crash()",
        "  else",
        "    let b = " + ph("supervisor-restart", "v == orig", '"${v}"'),
        "    Board.report(board, %d, b, 1 - b)" % k,
        "    0",
        "  end",
        "end\n",
        "pub supervisor Sup%d do" % k,
        "  strategy: %s" % c.strategy,
        "  max_restarts: 3",
        "  max_seconds: 10",
        "  child worker do",
        "    start: fn -> spawn(child_%d, Process.whereis(\"abi_board\"), Types.value_%d()) end" % (k, k),
        "    restart: transient",
        "    shutdown: brutal_kill",
        "  end",
        "end\n"]
    return "\n".join(("actors" in groups and actors or []) + ("supervisor" in groups and sup or []))


GROUPS = {"job": JOB_HOPS, "actors": RUNNER_HOPS, "supervisor": SUP_HOPS}


def expected_hops(groups):
    return len(SEQ_HOPS) + sum(len(GROUPS[g]) for g in groups)


HARNESS = '''# Harness: hop checks, the Board service (reports and crash-once counters), waiting
pub fn ident<A>(x :: A) -> A = x

pub fn crash() -> Int do
  let xs :: List<Int> = []
  List.head(xs)
end

pub fn hop(k :: Int, seed :: Int, name :: String, eq :: Bool, shown :: String, want :: String) -> Int do
  println("${k} ${name}: " <> shown)
  if eq and shown == want do
    1
  else
    println("MISMATCH type ${k} seed ${seed} hop ${name}")
    0
  end
end

pub fn finish(k :: Int, seed :: Int, total :: Int, expected :: Int, failures :: Int) -> Int do
  if failures == 0 and total == expected do
    println("ok ${k} ${total}")
    total
  else
    println("MISMATCH type ${k} seed ${seed} hop count (${total} of ${expected} hops equal)")
    crash()
  end
end
'''

HARNESS_PROCS = '''
service Board do
  fn init() -> Map<String, Int> do
    Map.new()
  end
  call Bump(k :: Int) :: Int do |m|
    let key = "bump${k}"
    let n = if Map.has_key(m, key) do Map.get(m, key) else 0 end
    (Map.put(m, key, n + 1), n)
  end
  cast Report(k :: Int, hops :: Int, failures :: Int) do |m|
    let r = if Map.has_key(m, "r${k}") do Map.get(m, "r${k}") else 0 end
    let h = if Map.has_key(m, "h${k}") do Map.get(m, "h${k}") else 0 end
    let f = if Map.has_key(m, "f${k}") do Map.get(m, "f${k}") else 0 end
    Map.put(Map.put(Map.put(m, "r${k}", r + 1), "h${k}", h + hops), "f${k}", f + failures)
  end
  call Status(k :: Int) :: (Int, Int, Int) do |m|
    let r = if Map.has_key(m, "r${k}") do Map.get(m, "r${k}") else 0 end
    let h = if Map.has_key(m, "h${k}") do Map.get(m, "h${k}") else 0 end
    let f = if Map.has_key(m, "f${k}") do Map.get(m, "f${k}") else 0 end
    (m, (r, h, f))
  end
end

pub fn await_report(board, k :: Int, seed :: Int, reports :: Int, what :: String, tries :: Int) -> (Int, Int) do
  let (r, h, f) = Board.status(board, k)
  if r >= reports do
    (h, f)
  else if tries == 0 do
    println("MISMATCH type ${k} seed ${seed} hop ${what} (timeout: ${r} of ${reports} reports)")
    (h, f + 1)
  else
    Timer.sleep(1)
    await_report(board, k, seed, reports, what, tries - 1)
  end
end
'''


def write_program(dirname, cases, groups, seed):
    procs = bool(groups & {"actors", "supervisor"})
    os.makedirs(dirname, exist_ok=True)
    with open(os.path.join(dirname, "harness.mpl"), "w") as f:
        f.write(HARNESS + (HARNESS_PROCS if procs else ""))
    with open(os.path.join(dirname, "types.mpl"), "w") as f:
        f.write("# Types: generated types %d..%d (seed %d)\n\n" % (cases[0].k, cases[-1].k, seed))
        f.write("\n\n".join(types_chunk(c) for c in cases) + "\n")
    if procs:
        with open(os.path.join(dirname, "procs.mpl"), "w") as f:
            f.write("# Procs: actors, services and supervisors per type\nimport Types\nimport Harness\n"
                    "from Harness import Board\n\n")
            f.write("\n".join(procs_chunk(c, groups) for c in cases))
    with open(os.path.join(dirname, "main.mpl"), "w") as f:
        f.write("# ABI suite program: types %d..%d, seed %d\nimport Types\nimport Harness\n"
                % (cases[0].k, cases[-1].k, seed))
        if procs:
            names = ["%s%d" % (n, c.k) for c in cases for n, g in [("runner_", "actors"), ("Sup", "supervisor")]
                     if g in groups]
            f.write("from Harness import Board\nfrom Procs import %s\n" % ", ".join(names))
        f.write("\n" + "\n".join(main_chunk(c, groups) for c in cases))
        f.write("\nfn main() do\n")
        if procs:
            f.write('  let board = Board.start()\n  let _ = Process.register("abi_board", board)\n')
        arg = "board" if procs else ""
        f.write("  let total = %s\n" % " + ".join("run_%d(%s)" % (c.k, arg) for c in cases))
        f.write('  println("done ${total} hops")\nend\n')
    with open(os.path.join(dirname, "expect.json"), "w") as f:
        json.dump({"seed": seed, "types": [[c.k, expected_hops(groups)] for c in cases]}, f)


def parse_groups(sequential_only=False, without=""):
    """The process hop groups to generate: job, actors (actor message and services), supervisor."""
    skip = {g.strip() for g in without.split(",") if g.strip()}
    unknown = skip - set(GROUPS)
    if unknown:
        raise SystemExit("unknown hop group(s) %s; groups: %s" % (", ".join(sorted(unknown)), ", ".join(GROUPS)))
    return frozenset() if sequential_only else frozenset(GROUPS) - skip


def generate(seed, count, out, per_program=25, groups=frozenset(GROUPS), only=None):
    """Writes the programs; returns the list of program directories."""
    ks = [only] if only is not None else list(range(count))
    dirs = []
    for p in range(0, len(ks), per_program):
        cases = [Case(seed, k) for k in ks[p:p + per_program]]
        d = os.path.join(out, "p%03d" % (p // per_program))
        write_program(d, cases, groups, seed)
        dirs.append(d)
    return dirs


def main():
    ap = argparse.ArgumentParser(description="Generate the Mesh ABI regression suite")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--per-program", type=int, default=25)
    ap.add_argument("--sequential-only", action="store_true", help="no process hops (no actors/services/Job)")
    ap.add_argument("--without", default="", metavar="GROUPS",
                    help="comma list of process hop groups to leave out: job, actors, supervisor")
    ap.add_argument("--only", type=int, help="generate just type K (one program)")
    a = ap.parse_args()
    dirs = generate(a.seed, a.count, a.out, a.per_program, parse_groups(a.sequential_only, a.without), a.only)
    print("generated %d programs in %s" % (len(dirs), a.out))


if __name__ == "__main__":
    main()
