# File.write/append/read/exists/delete with unicode content; errors for missing files come back as Err(String)
# The JIT and native runs of this test may run at the same time: each takes
# a file name no other run is using.
fn free_path(i :: Int) -> String do
  let p = "/tmp/mesh_runtime_text_file_ops_${i}.txt"
  if File.exists(p) do free_path(i + 1) else p end
end

fn main() do
  let path = free_path(0)
  println("exists ${File.exists(path)}")
  case File.write(path, "première ligne\n") do
    Ok(u) -> println("write ok ${u}")
    Err(e) -> println("write failed " <> e)
  end
  case File.append(path, "second\n") do
    Ok(_) -> println("append ok")
    Err(e) -> println("append failed " <> e)
  end
  println("exists ${File.exists(path)}")
  case File.read(path) do
    Ok(text) ->
      println("${String.length(text)} chars")
      println("${String.split(String.trim(text), "\n")}")
    Err(e) -> println("read failed " <> e)
  end
  println("${File.delete(path)}")
  println("exists ${File.exists(path)}")
  case File.read(path) do
    Ok(_) -> println("unexpected")
    Err(e) -> println("read error: " <> e)
  end
  case File.delete(path) do
    Ok(_) -> println("unexpected")
    Err(e) -> println("delete error: " <> e)
  end
  case File.write("/tmp/mesh_runtime_no_such_dir/x.txt", "x") do
    Ok(_) -> println("unexpected")
    Err(_) -> println("write into a missing folder fails")
  end
end
