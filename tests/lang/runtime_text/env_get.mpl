# Env.get returns Some(value) for a set variable (PATH, HOME) and None for an unset one
fn main() do
  case Env.get("MESH_RUNTIME_TEXT_UNSET_VARIABLE") do
    Some(v) -> println("set " <> v)
    None -> println("unset")
  end
  println("${Env.get("MESH_RUNTIME_TEXT_UNSET_VARIABLE")}")
  case Env.get("PATH") do
    Some(v) -> println("PATH has text: ${String.length(v) > 0}")
    None -> println("no PATH")
  end
end
