# Option and Result messages: an actor receiving Result<Option<Int>, String> with nested patterns, and one receiving Option<(String, Int)>
actor judge(oks :: Int, errs :: Int) do
  receive do
    Ok(Some(n)) when n < 0 ->
      println("negative ${n}")
      judge(oks + 1, errs)
    Ok(Some(n)) ->
      println("value ${n}")
      judge(oks + 1, errs)
    Ok(None) ->
      println("nothing")
      judge(oks + 1, errs)
    Err("stop") -> println("judge: ${oks} ok, ${errs} errors")
    Err(e) ->
      println("error " <> e)
      judge(oks, errs + 1)
  end
end

actor tagger(reply_to) do
  receive do
    Some((name, age)) ->
      send(reply_to, Ok(name <> " is ${age}"))
      tagger(reply_to)
    None -> send(reply_to, Err("end of tags"))
  end
end

actor collector(left :: Int) do
  receive do
    Ok(s) ->
      println("tag " <> s)
      collector(left - 1)
    Err(e) -> println("collector done: " <> e)
  end
end

fn main() do
  let j = spawn(judge, 0, 0)
  send(j, Ok(Some(5)))
  send(j, Ok(None))
  send(j, Err("bad input"))
  send(j, Ok(Some(-2)))
  send(j, Err("stop"))
  Timer.sleep(100)
  let c = spawn(collector, 2)
  let t = spawn(tagger, c)
  send(t, Some(("ann", 31)))
  send(t, Some(("bob", 4)))
  send(t, None)
end
