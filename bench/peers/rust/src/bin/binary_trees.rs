enum Tree {
    Leaf,
    Node(Box<Tree>, Box<Tree>),
}

fn make(d: i64) -> Tree {
    if d == 0 {
        Tree::Node(Box::new(Tree::Leaf), Box::new(Tree::Leaf))
    } else {
        Tree::Node(Box::new(make(d - 1)), Box::new(make(d - 1)))
    }
}

fn check(t: &Tree) -> i64 {
    match t {
        Tree::Leaf => 0,
        Tree::Node(l, r) => 1 + check(l) + check(r),
    }
}

fn main() {
    let max = std::hint::black_box(18);
    println!("stretch tree of depth {}\t check: {}", max + 1, check(&make(max + 1)));
    let long_lived = make(max);
    let mut d = 4;
    while d <= max {
        let n = 1i64 << (max - d + 4);
        let mut acc = 0;
        for _ in 0..n {
            acc += check(&make(d));
        }
        println!("{n}\t trees of depth {d}\t check: {acc}");
        d += 2;
    }
    println!("long lived tree of depth {max}\t check: {}", check(&long_lived));
}
