# Util: `helper` is private, `public_api` is pub
fn helper() -> String = "secret"

pub fn public_api() -> String = helper()
