# Lists of Results of structs: built with List.map, partitioned by recursion, folded with reduce, found with List.find, Display of the whole list
struct Item do
  sku :: String
  qty :: Int
  price :: Float
end deriving(Eq, Display)

fn parse_item(line :: String) -> Item!String do
  let parts = String.split(line, ":")
  if List.length(parts) != 3 do
    Err("fields: " <> line)
  else
    case String.to_int(List.get(parts, 1)) do
      None -> Err("qty: " <> List.get(parts, 1))
      Some(q) -> case String.to_float(List.get(parts, 2)) do
        None -> Err("price: " <> List.get(parts, 2))
        Some(p) -> Ok(Item { sku: List.get(parts, 0), qty: q, price: p })
      end
    end
  end
end

fn partition(rs :: List<Item!String>, oks :: List<Item>, errs :: List<String>) -> (List<Item>, List<String>) do
  case rs do
    Ok(it) :: rest -> partition(rest, List.append(oks, it), errs)
    Err(e) :: rest -> partition(rest, oks, List.append(errs, e))
    _ -> (oks, errs)
  end
end

fn total(items :: List<Item>) -> Float do
  List.reduce(items, 0.0, fn acc, it -> acc + Int.to_float(it.qty) * it.price end)
end

fn main() do
  let lines = ["apple:3:0.5", "pear:x:1.0", "fig:2:2.25", "bad", "kiwi:10:y", "plum:4:0.125"]
  let results = List.map(lines, parse_item)
  println("${results}")
  let (oks, errs) = partition(results, [], [])
  println("${List.length(oks)} ok, ${List.length(errs)} errors")
  println("${errs}")
  println("${total(oks)}")
  let first_err = List.find(results, fn r -> case r do
    Err(_) -> true
    Ok(_) -> false
  end end)
  println("${first_err}")
  let big = List.find(oks, fn it -> it.qty > 3 end)
  case big do
    Some(it) -> println("big ${it.sku}")
    None -> println("none big")
  end
  let again = List.map(["fig:2:2.25"], parse_item)
  println("${List.get(results, 2) == List.head(again)}")
  let skus = List.map(oks, fn it -> it.sku end)
  println(String.join(skus, ","))
end
