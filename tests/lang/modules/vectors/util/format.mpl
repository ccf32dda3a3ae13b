# Util.Format: imports a type from another nested module and exports formatting helpers
import Math.Vector

pub fn show_vec(v :: Vec3) -> String = "(${v.x}, ${v.y}, ${v.z})"

pub fn banner(s :: String) -> String = "== " <> s <> " =="
