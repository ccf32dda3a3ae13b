# Multi-module project: a service defined in Services.Inventory, imported by name with a pub struct and pub fn
from Services.Inventory import Inventory, Item, format_item

fn show(r :: Item!String) -> String do
  case r do
    Ok(item) -> "took, left " <> format_item(item)
    Err(e) -> "error: " <> e
  end
end

fn main() do
  let inv = Inventory.start()
  Inventory.add(inv, Item { name: "bolt", qty: 10 })
  Inventory.add(inv, Item { name: "nut", qty: 5 })
  Inventory.add(inv, Item { name: "gear", qty: 2 })
  println("${Inventory.count(inv)} items")
  println(show(Inventory.take(inv, "bolt", 3)))
  println(show(Inventory.take(inv, "nut", 9)))
  println(show(Inventory.take(inv, "cog", 1)))
  println(show(Inventory.take(inv, "nut", 1)))
  for line in Inventory.report(inv) do
    println(line)
  end
end
