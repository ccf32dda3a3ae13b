# User module named like the stdlib module Math: Math.cube resolves here, other Math functions fall back to the stdlib
pub fn cube(n :: Int) -> Int = n * n * n

pub fn clamp(n :: Int, lo :: Int, hi :: Int) -> Int do
  if n < lo do lo else if n > hi do hi else n end
end
