# Text
pub fn pad(s :: String, n :: Int) -> String do
  if n <= 0 do s else pad(s <> " ", n - 1) end
end
