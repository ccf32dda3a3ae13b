# Util.Text: string helpers shared by every layer (padding, truncation, joining, slugs); several are untyped and inferred polymorphic

pub fn pad_right(s :: String, width :: Int) -> String do
  if String.length(s) >= width do s else pad_right(s <> " ", width) end
end

pub fn pad_left(s :: String, width :: Int) -> String do
  if String.length(s) >= width do s else pad_left(" " <> s, width) end
end

pub fn truncate(s :: String, max :: Int) -> String do
  if String.length(s) <= max do
    s
  else
    String.slice(s, 0, max - 3) <> "..."
  end
end

pub fn join_with(xs, f) do
  xs
    |> List.map(f)
    |> String.join(", ")
end

pub fn bullet_list(xs :: List<String>) -> List<String> = List.map(xs, fn x -> "  - " <> x end)

pub fn plural(n :: Int, word :: String) -> String do
  if n == 1 do "1 " <> word else "${n} " <> word <> "s" end
end

pub fn slug(title :: String) -> String do
  title
    |> String.to_lower()
    |> String.split(" ")
    |> List.filter(fn w -> w != "" end)
    |> List.map(strip_punct)
    |> String.join("-")
end

fn strip_punct(w :: String) -> String do
  w
    |> String.replace(",", "")
    |> String.replace(".", "")
    |> String.replace("!", "")
    |> String.replace("?", "")
end

pub fn minutes_text(m :: Int) -> String do
  if m < 0 do
    "-" <> minutes_text(0 - m)
  else if m < 60 do
    "${m}m"
  else if m % 60 == 0 do
    "${m / 60}h"
  else
    "${m / 60}h${m % 60}m"
  end
end

pub fn count_words(s :: String) -> Int do
  s
    |> String.split(" ")
    |> List.filter(fn w -> String.length(String.trim(w)) > 0 end)
    |> List.length()
end

pub fn title_case(s :: String) -> String do
  s
    |> String.split(" ")
    |> List.map(capitalize)
    |> String.join(" ")
end

pub fn capitalize(w :: String) -> String do
  if String.length(w) == 0 do
    w
  else
    String.to_upper(String.slice(w, 0, 1)) <> String.slice(w, 1, String.length(w))
  end
end

pub fn repeat(s :: String, n :: Int) -> String do
  if n <= 0 do "" else s <> repeat(s, n - 1) end
end

pub fn rule(title :: String) -> String do
  let side = repeat("=", 3)
  side <> " " <> title <> " " <> side
end

pub fn kv(key :: String, value) -> String = key <> "=${value}"
