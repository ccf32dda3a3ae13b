# Models: `Secret` is private
struct Secret do
  code :: Int
end

pub fn make() -> Int = 1
