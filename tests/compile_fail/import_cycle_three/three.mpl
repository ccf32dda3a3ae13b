# Three imports One (closes the cycle)
from One import one

pub fn three() -> Int = 1

pub fn loop_back() -> Int = one()
