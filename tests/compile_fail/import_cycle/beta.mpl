# Beta imports Alpha (cycle)
import Alpha

pub fn suffix() -> String = "-beta"

pub fn full() -> String = Alpha.name()
