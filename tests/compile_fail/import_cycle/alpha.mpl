# Alpha imports Beta
import Beta

pub fn name() -> String = "alpha" <> Beta.suffix()
