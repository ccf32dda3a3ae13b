//! Services and jobs (LANGUAGE.md 2.7, 5.15): a call sends a request and
//! parks the caller until the reply (any type, deep-copied) or until the
//! service ends without answering, which panics the caller with the
//! reason instead of hanging it. A job is a process whose result goes back
//! to the actor that started it.

use crate::abi::{Ctx, TypeDesc};
use crate::copy::{copy_in, copy_out, copy_out_object};
use crate::process::{actor, me, new_ref, park};
use crate::sched::proc::{Envelope, MsgKind, Reply, WaitFor};
use crate::sched::{self, timer};

export!(
    mesh_rt_service_call,
    mesh_rt_service_cast,
    mesh_rt_service_next,
    mesh_rt_service_reply,
    mesh_job_async,
    mesh_job_await,
    mesh_job_await_timeout,
    mesh_job_map,
);

/// Parks until reply `id` arrives (or the timeout passes: `None`).
///
/// # Safety
/// `ctx` must be the running actor's context.
unsafe fn wait_reply(ctx: *mut Ctx, id: u64, timeout_ms: Option<u64>) -> Option<Reply> {
    let p = me(ctx);
    let mut first = true;
    loop {
        let mut inner = p.lock();
        if let Some(i) = inner.replies.iter().position(|(r, _)| *r == id) {
            if let Some(k) = inner.timer.take() {
                timer::cancel(k);
            }
            return Some(inner.replies.swap_remove(i).1);
        }
        if first {
            first = false;
            inner.park_seq += 1;
            inner.timed_out = false;
            if let Some(ms) = timeout_ms {
                let seq = inner.park_seq;
                inner.timer = Some(timer::add(ms, timer::Action::Wake { pid: p.pid, seq }));
            }
        } else if inner.timed_out {
            inner.timed_out = false;
            return None;
        }
        inner.wait = WaitFor::Reply(id);
        drop(inner);
        park(ctx);
    }
}

/// `Name.some_call(pid, args...)`: `request` is the request object (its
/// header says its type); returns the reply.
///
/// # Safety
/// `ctx` must be the running actor's context.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_service_call(ctx: *mut Ctx, pid: u64, request: u64) -> u64 {
    let id = new_ref();
    let data = copy_out_object(ctx, request);
    let from = actor(ctx).pid;
    sched::deliver(pid, Envelope { kind: MsgKind::Call { from, id }, data });
    match wait_reply(ctx, id, None) {
        Some(Ok(f)) => copy_in(ctx, &f),
        Some(Err(e)) => crate::panic::panic_msg(ctx, &format!("service call failed: {e}")),
        None => crate::panic::panic_msg(ctx, "service call failed: no reply"),
    }
}

/// `Name.some_cast(pid, args...)`: returns at once.
///
/// # Safety
/// `ctx` must be the running actor's context.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_service_cast(ctx: *mut Ctx, pid: u64, request: u64) -> u64 {
    let data = copy_out_object(ctx, request);
    sched::deliver(pid, Envelope { kind: MsgKind::Cast, data });
    0
}

/// The service loop's next request (oldest first); remembers whom to
/// answer when it is a call.
///
/// # Safety
/// `ctx` must be the running actor's context.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_service_next(ctx: *mut Ctx) -> u64 {
    let p = me(ctx);
    loop {
        let mut inner = p.lock();
        if let Some(env) = inner.mailbox.pop_front() {
            drop(inner);
            actor(ctx).current_call = match env.kind {
                MsgKind::Call { from, id } => Some((from, id)),
                MsgKind::Cast => None,
                MsgKind::Plain => {
                    // `send` to a service's (untyped) pid: not a request.
                    eprintln!("[mesh-rt] a message sent with `send` to service process {} was dropped (services take calls and casts)", actor(ctx).pid);
                    continue;
                }
            };
            return copy_in(ctx, &env.data);
        }
        inner.wait = WaitFor::Message;
        drop(inner);
        park(ctx);
    }
}

/// Answers the call being handled with `v` (of type `desc`).
///
/// # Safety
/// `ctx` must be the running actor's context.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_service_reply(ctx: *mut Ctx, v: u64, desc: *const TypeDesc) -> u64 {
    if let Some((from, id)) = actor(ctx).current_call.take() {
        let data = copy_out(ctx, v, &*desc);
        sched::reply(from, id, Ok(data));
    }
    0
}

/// `Job.async(f)`: runs `f` in a new process.
///
/// # Safety
/// `ctx` must be the running actor's context; `f` a closure of no
/// arguments returning a `T` (`dt`).
#[no_mangle]
pub unsafe extern "C" fn mesh_job_async(ctx: *mut Ctx, f: u64, dt: *const TypeDesc) -> u64 {
    let data = copy_out_object(ctx, f);
    start_job(ctx, data, sched::Start::Call0, dt)
}

unsafe fn start_job(ctx: *mut Ctx, data: crate::copy::Fragment, start: sched::Start, dt: *const TypeDesc) -> u64 {
    let owner = actor(ctx).pid;
    // The job's pid doubles as the reply id: allocate it first.
    let id = new_ref();
    match sched::spawn(data, start, None, Some((owner, id)), dt) {
        Some(pid) => {
            actor(ctx).jobs.push((pid, id));
            pid
        }
        None => crate::panic::panic_msg(ctx, "cannot start a job: out of memory for its stack"),
    }
}

unsafe fn await_job(ctx: *mut Ctx, pid: u64, timeout: Option<u64>, dt: *const TypeDesc) -> u64 {
    let res = crate::desc::result_of(&*dt, &crate::desc::mesh_desc_string);
    let a = actor(ctx);
    let Some(i) = a.jobs.iter().position(|(p, _)| *p == pid) else {
        return crate::value::err_str(ctx, res, "not a job started by this process (or already awaited)");
    };
    let id = a.jobs[i].1;
    match wait_reply(ctx, id, timeout) {
        Some(Ok(f)) => {
            actor(ctx).jobs.retain(|(p, _)| *p != pid);
            let v = copy_in(ctx, &f);
            crate::value::ok(ctx, res, v)
        }
        Some(Err(e)) => {
            actor(ctx).jobs.retain(|(p, _)| *p != pid);
            crate::value::err_str(ctx, res, &format!("the job failed: {e}"))
        }
        None => crate::value::err_str(ctx, res, "timeout"),
    }
}

/// `Job.await(pid)`: `Ok(result)`, or `Err` if the job crashed.
///
/// # Safety
/// `ctx` must be the running actor's context.
#[no_mangle]
pub unsafe extern "C" fn mesh_job_await(ctx: *mut Ctx, pid: u64, dt: *const TypeDesc) -> u64 {
    await_job(ctx, pid, None, dt)
}

/// `Job.await_timeout(pid, ms)`: as `await`, or `Err("timeout")`.
///
/// # Safety
/// `ctx` must be the running actor's context.
#[no_mangle]
pub unsafe extern "C" fn mesh_job_await_timeout(ctx: *mut Ctx, pid: u64, ms: i64, dt: *const TypeDesc) -> u64 {
    await_job(ctx, pid, Some(ms.max(0) as u64), dt)
}

/// `Job.map(xs, f)`: `f` on every element, each in its own job; results in
/// order.
///
/// # Safety
/// `ctx` must be the running actor's context; `xs` a `List<T>`, `f` a
/// closure `T -> U`.
#[no_mangle]
pub unsafe extern "C" fn mesh_job_map(ctx: *mut Ctx, xs: u64, f: u64, dt: *const TypeDesc, du: *const TypeDesc) -> u64 {
    let fd = crate::heap::layout::desc_of(f as *const u64);
    let pair = crate::desc::tuple_of(&[fd, &*dt]);
    let n = crate::value::list_len(xs);
    let mut pids = Vec::with_capacity(n);
    for i in 0..n {
        let t = crate::value::new_tuple(ctx, pair, &[f, crate::value::list_get(xs, i)]);
        let data = copy_out_object(ctx, t);
        pids.push(start_job(ctx, data, sched::Start::Apply, du));
    }
    let res = crate::desc::result_of(&*du, &crate::desc::mesh_desc_string);
    let mut b = crate::value::ListBuilder::new(ctx, crate::desc::list_of(res), n);
    for pid in pids {
        let r = await_job(ctx, pid, None, du);
        b.push(ctx, r);
    }
    b.finish(ctx)
}
