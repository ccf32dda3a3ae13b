//! Mesh panics (LANGUAGE.md 6.3): the message goes to stderr as
//! `Mesh panic at FILE:LINE: message` and the current actor stops; the
//! runtime's own failures (out of memory) end the process.

use crate::abi::Ctx;

/// Panics the actor running on `ctx`: prints the message and never
/// returns to the caller.
///
/// # Safety
/// `ctx` must be the context of the running actor.
pub unsafe fn panic_actor(ctx: *mut Ctx, message: &str) -> ! {
    crate::io::flush_stdout();
    eprintln!("{message}");
    let actor = &mut *(*ctx).actor;
    if actor.yielder.is_null() {
        // Not on an actor coroutine (a runtime unit test): end the process.
        std::process::exit(1);
    }
    crate::process::exit_actor(ctx, crate::actor::Exit::Panic(message.to_string()))
}

/// `mesh_rt_panic(ctx, message, site)`: a panic raised by generated code
/// (no matching clause, division by zero ...). `message` and `site`
/// (`file:line`) are Mesh strings.
///
/// # Safety
/// `ctx` must be the running actor's context; the strings must be valid.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_panic(ctx: *mut Ctx, message: u64, site: u64) -> u64 {
    let m = crate::value::str_of(message);
    let s = crate::value::str_of(site);
    panic_actor(ctx, &format!("Mesh panic at {s}: {m}"))
}

/// A panic raised by the runtime on behalf of the calling Mesh code (no
/// source position known).
pub unsafe fn panic_msg(ctx: *mut Ctx, message: &str) -> ! {
    let site = (*ctx).site;
    if site == 0 {
        panic_actor(ctx, &format!("Mesh panic: {message}"))
    } else {
        panic_actor(ctx, &format!("Mesh panic at {}: {message}", crate::value::str_of(site)))
    }
}

pub fn out_of_memory(bytes: usize) -> ! {
    eprintln!("Mesh runtime: out of memory (allocating {bytes} bytes)");
    std::process::abort()
}
