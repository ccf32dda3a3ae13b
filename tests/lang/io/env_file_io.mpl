# Env.get, File write/append/read/exists/delete, ()!String with `?` in statement position, IO.eprintln/io_eprintln, print
fn save_twice(path :: String) -> ()!String do
  File.write(path, "x")?
  File.append(path, "y")?
  Ok(())
end

fn main() do
  case Env.get("MESH_LANG_TEST_SURELY_UNSET_VARIABLE") do
    Some(v) -> println("set: " <> v)
    None -> println("unset")
  end
  let path = "/tmp/mesh_lang_test_env_file_io.txt"
  case File.write(path, "alpha\n") do
    Ok(_) -> println("written")
    Err(e) -> println("write failed: " <> e)
  end
  case File.append(path, "beta\n") do
    Ok(_) -> println("appended")
    Err(e) -> println("append failed: " <> e)
  end
  println("exists ${File.exists(path)}")
  case File.read(path) do
    Ok(text) ->
      print(text)
      println("lines ${List.length(String.split(String.trim(text), "\n"))}")
    Err(e) -> println("read failed: " <> e)
  end
  case File.delete(path) do
    Ok(_) -> println("deleted")
    Err(e) -> println("delete failed: " <> e)
  end
  println("exists ${File.exists(path)}")
  case File.read("/tmp/mesh_lang_test_no_such_dir/none.txt") do
    Ok(_) -> println("unexpected")
    Err(_) -> println("missing file is an error")
  end
  let p2 = "/tmp/mesh_lang_test_env_file_io_2.txt"
  case save_twice(p2) do
    Ok(_) -> println("saved twice")
    Err(e) -> println("save failed: " <> e)
  end
  case File.read(p2) do
    Ok(text) -> println("content " <> text)
    Err(e) -> println("read failed: " <> e)
  end
  let _ = File.delete(p2)
  IO.eprintln("this line goes to stderr")
  io_eprintln("so does this one")
  print("no newline, ")
  println("then newline")
end
