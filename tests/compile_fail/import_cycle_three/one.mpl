# One imports Two
from Two import two

pub fn one() -> Int = two() + 1
