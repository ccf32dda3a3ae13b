# Multi-module project: six-field Json structs and error sums created in Models and Store, converted with From in Report, consumed and matched in Main
import Store
import Report
from Models import Item

fn show(r :: (Map<String, Item>, String)!ReportError) -> String do
  case r do
    Ok((_, msg)) -> msg
    Err(e) -> "failed: ${e}"
  end
end

fn main() do
  let m = Store.stock()
  println("${Map.keys(m)}")
  println("${Report.value(m)}")
  println(show(Report.order(m, "a1", 2)))
  println(show(Report.order(m, "zz", 1)))
  println(show(Report.order(m, "c3", 0)))
  println(show(Report.order(m, "b2", 1)))
  let m2 = case Report.order(m, "c3", 12) do
    Ok((next, _)) -> next
    Err(_) -> m
  end
  println("${Store.find(m2, "c3")}")
  println("${Store.find(m2, "q")}")
  println("${Report.value(m2)}")
  case Store.tag(m2, "a1", "heavy") do
    Some(m3) -> println(Json.encode(Map.get(m3, "a1")))
    None -> println("no tag")
  end
  println("${Store.tag(m2, "nope", "x") == None}")
  let round = Item.from_json(Json.encode(Map.get(m, "b2")))
  println("${round == Ok(Map.get(m, "b2"))}")
  case Store.take(m, "b2", 5) do
    Err(OutOfStock(it, want)) -> println("out: ${it.name} ${want} ${it.active}")
    Err(other) -> println("other ${other}")
    Ok(_) -> println("ok?")
  end
end
