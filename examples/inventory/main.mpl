# A multi-module project: a stock-keeping service over structs from another module.
from Store.Item import Item, describe
import Store.Stock

fn main() do
  let stock = Stock.start()
  Stock.add(stock, Item { sku: "bolt", name: "Hex bolt", qty: 120 })
  Stock.add(stock, Item { sku: "nut", name: "Hex nut", qty: 80 })
  case Stock.take(stock, "bolt", 20) do
    Ok(item) -> println("took 20: ${describe(item)}")
    Err(e) -> println("error: ${e}")
  end
  case Stock.take(stock, "nut", 100) do
    Ok(item) -> println("took 100: ${describe(item)}")
    Err(e) -> println("error: ${e}")
  end
  case Stock.take(stock, "washer", 1) do
    Ok(item) -> println("took 1: ${describe(item)}")
    Err(e) -> println("error: ${e}")
  end
  println("total units: ${Stock.total(stock)}")
end
