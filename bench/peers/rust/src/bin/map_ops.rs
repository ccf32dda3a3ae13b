use std::collections::HashMap;

fn main() {
    let n = std::hint::black_box(1000000i64);
    let mut m: HashMap<i64, i64> = HashMap::new();
    for i in 0..n {
        m.insert((i * 7919) % 1000003, i);
    }
    let mut acc = 0;
    for i in 0..2 * n {
        acc += m.get(&((i * 7919) % 1000003)).copied().unwrap_or(0) % 10;
    }
    println!("{} {}", m.len(), acc);
}
