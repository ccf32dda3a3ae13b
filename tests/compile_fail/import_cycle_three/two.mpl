# Two imports Three
from Three import three

pub fn two() -> Int = three() + 1
