fn main() {
    let n = std::hint::black_box(2000000);
    let lines: Vec<String> = (0..n).map(|i| format!("item {i}: {} ({})", i * 7, i % 13)).collect();
    let text = lines.join("\n");
    println!("{}", text.chars().count());
}
