use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
struct Item {
    id: i64,
    name: String,
    price: f64,
    tags: Vec<String>,
}

#[derive(Serialize, Deserialize)]
struct Order {
    items: Vec<Item>,
}

fn main() {
    let n = std::hint::black_box(200000);
    let order = Order { items: (0..n).map(|i| Item { id: i, name: format!("item \"{i}\""), price: i as f64 * 0.25 + 0.125, tags: vec!["a".into(), format!("b{}", i % 5)] }).collect() };
    let text = serde_json::to_string(&order).expect("encode");
    let back: Order = serde_json::from_str(&text).expect("decode");
    println!("{} {} {}", text.chars().count(), back.items.len(), back.items[199999].name);
}
