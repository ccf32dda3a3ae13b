fn main() {
    let n = std::hint::black_box(3000000);
    let mut seed: i64 = 42;
    let mut xs = Vec::with_capacity(n);
    for _ in 0..n {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        xs.push(seed % 1000000);
    }
    xs.sort_by(|a, b| (a - b).cmp(&0));
    println!("{} {} {}", xs[0], xs[1500000], xs[2999999]);
}
