//! Numbers: the `Math`, `Int` and `Float` modules and float remainder.
//! `Int.to_string` and `Float.to_string` live with Display in `display.rs`.
//!
//! Float conversions to Int saturate (NaN gives 0), like Rust's `as`.

use crate::abi::{Ctx, Kind};

crate::export! {
    mesh_math_abs, mesh_math_min, mesh_math_max, mesh_math_pi, mesh_math_pow, mesh_math_sqrt,
    mesh_math_floor, mesh_math_ceil, mesh_math_round, mesh_int_to_float, mesh_float_to_int,
    mesh_float_from, mesh_float_rem,
}

#[inline]
fn f(bits: u64) -> f64 {
    f64::from_bits(bits)
}

#[inline]
unsafe fn is_float(desc: u64) -> bool {
    crate::desc::from_word(desc).kind == Kind::Float
}

/// `Math.abs(x)` for Int (wrapping at the minimum) or Float.
#[no_mangle]
pub unsafe extern "C" fn mesh_math_abs(_ctx: *mut Ctx, x: u64, desc_t: u64) -> u64 {
    if is_float(desc_t) {
        f(x).abs().to_bits()
    } else {
        (x as i64).wrapping_abs() as u64
    }
}

/// `Math.min(a, b)` for Int or Float.
#[no_mangle]
pub unsafe extern "C" fn mesh_math_min(_ctx: *mut Ctx, a: u64, b: u64, desc_t: u64) -> u64 {
    if is_float(desc_t) {
        f(a).min(f(b)).to_bits()
    } else {
        (a as i64).min(b as i64) as u64
    }
}

/// `Math.max(a, b)` for Int or Float.
#[no_mangle]
pub unsafe extern "C" fn mesh_math_max(_ctx: *mut Ctx, a: u64, b: u64, desc_t: u64) -> u64 {
    if is_float(desc_t) {
        f(a).max(f(b)).to_bits()
    } else {
        (a as i64).max(b as i64) as u64
    }
}

/// `Math.pi`.
#[no_mangle]
pub unsafe extern "C" fn mesh_math_pi(_ctx: *mut Ctx) -> u64 {
    std::f64::consts::PI.to_bits()
}

#[no_mangle]
pub unsafe extern "C" fn mesh_math_pow(_ctx: *mut Ctx, a: u64, b: u64) -> u64 {
    f(a).powf(f(b)).to_bits()
}

#[no_mangle]
pub unsafe extern "C" fn mesh_math_sqrt(_ctx: *mut Ctx, x: u64) -> u64 {
    f(x).sqrt().to_bits()
}

#[no_mangle]
pub unsafe extern "C" fn mesh_math_floor(_ctx: *mut Ctx, x: u64) -> u64 {
    f(x).floor() as i64 as u64
}

#[no_mangle]
pub unsafe extern "C" fn mesh_math_ceil(_ctx: *mut Ctx, x: u64) -> u64 {
    f(x).ceil() as i64 as u64
}

/// `Math.round(x)`: half away from zero.
#[no_mangle]
pub unsafe extern "C" fn mesh_math_round(_ctx: *mut Ctx, x: u64) -> u64 {
    f(x).round() as i64 as u64
}

/// `Int.to_float(x)`.
#[no_mangle]
pub unsafe extern "C" fn mesh_int_to_float(_ctx: *mut Ctx, x: u64) -> u64 {
    (x as i64 as f64).to_bits()
}

/// `Float.to_int(x)`: truncates toward zero.
#[no_mangle]
pub unsafe extern "C" fn mesh_float_to_int(_ctx: *mut Ctx, x: u64) -> u64 {
    f(x) as i64 as u64
}

/// `Float.from(x)` of an Int.
#[no_mangle]
pub unsafe extern "C" fn mesh_float_from(_ctx: *mut Ctx, x: u64) -> u64 {
    (x as i64 as f64).to_bits()
}

/// `a % b` on floats (fmod: the result has the sign of `a`).
#[no_mangle]
pub unsafe extern "C" fn mesh_float_rem(_ctx: *mut Ctx, a: u64, b: u64) -> u64 {
    (f(a) % f(b)).to_bits()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::desc::{mesh_desc_float, mesh_desc_int};

    fn fw(x: f64) -> u64 {
        x.to_bits()
    }

    #[test]
    fn math() {
        let c = std::ptr::null_mut();
        let di = &mesh_desc_int as *const _ as u64;
        let df = &mesh_desc_float as *const _ as u64;
        unsafe {
            assert_eq!(mesh_math_abs(c, (-5i64) as u64, di) as i64, 5);
            assert_eq!(f(mesh_math_abs(c, fw(-2.5), df)), 2.5);
            assert_eq!(mesh_math_min(c, (-5i64) as u64, 3, di) as i64, -5);
            assert_eq!(mesh_math_max(c, (-5i64) as u64, 3, di) as i64, 3);
            assert_eq!(f(mesh_math_max(c, fw(1.5), fw(-3.0), df)), 1.5);
            assert_eq!(mesh_math_round(c, fw(2.5)) as i64, 3);
            assert_eq!(mesh_math_round(c, fw(-2.5)) as i64, -3);
            assert_eq!(mesh_math_round(c, fw(2.4)) as i64, 2);
            assert_eq!(mesh_math_floor(c, fw(-1.5)) as i64, -2);
            assert_eq!(mesh_math_ceil(c, fw(-1.5)) as i64, -1);
            assert_eq!(mesh_float_to_int(c, fw(-3.9)) as i64, -3);
            assert_eq!(f(mesh_float_rem(c, fw(-7.5), fw(2.0))), -1.5);
            assert_eq!(f(mesh_math_pow(c, fw(2.0), fw(10.0))), 1024.0);
            assert_eq!(f(mesh_math_sqrt(c, fw(9.0))), 3.0);
            assert_eq!(f(mesh_int_to_float(c, (-4i64) as u64)), -4.0);
        }
    }
}
