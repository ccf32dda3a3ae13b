# errors (3): line 3 `cond` as variable; line 7 `with` as parameter (also used on line 8); line 11 `trait` as function name
fn check(n :: Int) -> Bool do
  let cond = n > 0
  cond
end

fn join(a :: String, with :: String) -> String do
  a <> with
end

fn trait() -> Int do
  1
end
