# Helpers
pub fn greeting() -> String = "hello"
