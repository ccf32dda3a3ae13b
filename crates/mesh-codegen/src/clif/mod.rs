//! Cranelift back end, generic over `cranelift_module::Module` so the
//! object file (AOT) and the JIT share everything: declarations, statics,
//! function bodies, the SystemV entry wrapper and the closure-call
//! trampolines the runtime uses, and (AOT only) the C `main`.

pub mod abi;
pub mod data;
pub mod lower;

use crate::mir::{self, Static};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::I64;
use cranelift_codegen::ir::{InstBuilder, MemFlagsData, UserFuncName};
use cranelift_codegen::isa::{CallConv, OwnedTargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module, ModuleReloc};
use rustc_hash::FxHashMap;

/// Builds the target ISA: `pic` for object files (gcc's default PIE),
/// not for the JIT (which asserts it is off).
pub fn isa(pic: bool, opt: bool) -> Result<OwnedTargetIsa, String> {
    let mut flags = settings::builder();
    let set = |f: &mut settings::Builder, k: &str, v: &str| f.set(k, v).map_err(|e| format!("cranelift setting {k}: {e}"));
    set(&mut flags, "opt_level", if opt { "speed" } else { "none" })?;
    set(&mut flags, "preserve_frame_pointers", "true")?;
    // The actor's context lives in the pinned register (r15 on x86-64)
    // in Mesh code, instead of being every function's first argument.
    set(&mut flags, "enable_pinned_reg", "true")?;
    // The IR verifier runs in debug builds of meshc (and so in the test
    // suite), not in release builds, where it costs a tenth of compile time.
    set(&mut flags, "enable_verifier", if cfg!(debug_assertions) { "true" } else { "false" })?;
    set(&mut flags, "is_pic", if pic { "true" } else { "false" })?;
    if !pic {
        set(&mut flags, "use_colocated_libcalls", "false")?;
    }
    let builder = cranelift_native::builder().map_err(|e| format!("host ISA: {e}"))?;
    builder.finish(settings::Flags::new(flags)).map_err(|e| format!("host ISA: {e}"))
}

pub struct Emitter<M: Module> {
    pub module: M,
    /// Cranelift function of each MIR function.
    pub funcs: Vec<FuncId>,
    /// Data object of each MIR static.
    pub statics: Vec<DataId>,
    rt_funcs: FxHashMap<String, FuncId>,
    rt_datas: FxHashMap<&'static str, DataId>,
    cstrs: FxHashMap<String, DataId>,
    /// The platform's C calling convention.
    pub c_conv: CallConv,
    /// Textual IR of every function, when asked for (`--emit clif`).
    pub clif: Option<String>,
    /// The `mesh_rt::abi::Program` table.
    pub program_table: Option<DataId>,
}

impl<M: Module> Emitter<M> {
    pub fn new(module: M, dump_clif: bool) -> Self {
        let c_conv = module.isa().default_call_conv();
        Emitter {
            module,
            funcs: Vec::new(),
            statics: Vec::new(),
            rt_funcs: FxHashMap::default(),
            rt_datas: FxHashMap::default(),
            cstrs: FxHashMap::default(),
            c_conv,
            clif: dump_clif.then(String::new),
            program_table: None,
        }
    }

    /// A runtime function taking `ctx` and `nargs` words.
    pub fn rt_func(&mut self, symbol: &str, nargs: usize) -> FuncId {
        if let Some(id) = self.rt_funcs.get(symbol) {
            return *id;
        }
        let s = abi::runtime(self.c_conv, nargs);
        let id = self.module.declare_function(symbol, Linkage::Import, &s).unwrap_or_else(|e| panic!("declaring runtime function {symbol}: {e}"));
        self.rt_funcs.insert(symbol.to_string(), id);
        id
    }

    /// Every runtime symbol the program uses.
    pub fn runtime_symbols(&self) -> Vec<String> {
        let mut v: Vec<String> = self.rt_funcs.keys().cloned().collect();
        v.extend(self.rt_datas.keys().map(|s| s.to_string()));
        v.sort();
        v
    }

    /// Fails if the program uses a runtime symbol the runtime lacks.
    pub fn check_runtime_symbols(&self) -> Result<(), String> {
        let have: rustc_hash::FxHashSet<&str> = mesh_rt::symbols::all().into_iter().map(|(n, _)| n).collect();
        let missing: Vec<String> = self.runtime_symbols().into_iter().filter(|s| !have.contains(s.as_str())).collect();
        if missing.is_empty() {
            Ok(())
        } else {
            Err(format!("the runtime does not provide: {}", missing.join(", ")))
        }
    }

    /// A data symbol the runtime exports (a descriptor).
    pub fn rt_data(&mut self, symbol: &'static str) -> DataId {
        if let Some(id) = self.rt_datas.get(symbol) {
            return *id;
        }
        let id = self.module.declare_data(symbol, Linkage::Import, false, false).unwrap_or_else(|e| panic!("declaring runtime data {symbol}: {e}"));
        self.rt_datas.insert(symbol, id);
        id
    }

    /// A NUL-terminated string as data.
    pub fn cstr(&mut self, s: &str) -> DataId {
        if let Some(id) = self.cstrs.get(s) {
            return *id;
        }
        let id = self.module.declare_anonymous_data(false, false).expect("anonymous data");
        let mut d = DataDescription::new();
        let mut bytes = s.as_bytes().to_vec();
        bytes.push(0);
        d.define(bytes.into_boxed_slice());
        self.module.define_data(id, &d).expect("define C string");
        self.cstrs.insert(s.to_string(), id);
        id
    }

    /// Declares and defines everything in `prog`.
    pub fn emit(&mut self, prog: &mir::Program) -> Result<(), String> {
        for f in &prog.funcs {
            let s = abi::mesh(f.params.len());
            let id = self.module.declare_function(&f.name, Linkage::Local, &s).map_err(|e| format!("declaring {}: {e}", f.name))?;
            self.funcs.push(id);
        }
        for s in &prog.statics {
            let id = self.module.declare_anonymous_data(Self::writable(s), false).map_err(|e| e.to_string())?;
            self.statics.push(id);
        }
        for (i, s) in prog.statics.iter().enumerate() {
            let id = self.statics[i];
            self.define_static(s, id)?;
        }
        // Build every function's IR (declarations need the module), then
        // compile them on every core, then define them in order.
        let mut fctx = FunctionBuilderContext::new();
        let mut built = Vec::with_capacity(prog.funcs.len());
        for (i, f) in prog.funcs.iter().enumerate() {
            let sig = abi::mesh(f.params.len());
            let mut func = cranelift_codegen::ir::Function::with_name_signature(UserFuncName::user(0, self.funcs[i].as_u32()), sig);
            {
                let fb = FunctionBuilder::new(&mut func, &mut fctx);
                let lower = lower::Lower::new(fb, self, f);
                lower.finish(&f.body);
            }
            if let Some(out) = &mut self.clif {
                out.push_str(&format!("; {} ({})\n{}\n", f.name, f.origin, func.display()));
            }
            built.push(func);
        }
        let compiled = compile_all(self.module.isa(), built, prog)?;
        for (i, (func, bytes, align, relocs)) in compiled.into_iter().enumerate() {
            let id = self.funcs[i];
            let relocs: Vec<ModuleReloc> = relocs.iter().map(|r| ModuleReloc::from_mach_reloc(r, &func, id)).collect();
            self.module.define_function_bytes(id, align, &bytes, &relocs).map_err(|e| format!("defining {}: {e}", prog.funcs[i].name))?;
        }
        let main = prog.main.ok_or("no main function")?;
        self.entry_and_trampolines(main)
    }

    /// The SystemV entry (runs Mesh `main`), the trampolines `call0..3`,
    /// and the `Program` table the runtime starts from.
    fn entry_and_trampolines(&mut self, main: mir::FuncId) -> Result<(), String> {
        let mut ctx = self.module.make_context();
        let mut fctx = FunctionBuilderContext::new();
        let cfg = self.module.isa().frontend_config();
        // Entry: (ctx) -> main(ctx).
        let entry_sig = abi::words(self.c_conv, 1);
        let entry = self.module.declare_function("mesh_program_entry", Linkage::Local, &entry_sig).map_err(|e| e.to_string())?;
        ctx.func.signature = entry_sig;
        {
            let mut fb = FunctionBuilder::new(&mut ctx.func, &mut fctx);
            let b = fb.create_block();
            fb.append_block_params_for_function_params(b);
            fb.switch_to_block(b);
            let c = fb.block_params(b)[0];
            // The pinned register is callee-saved for our C caller.
            let saved = fb.ins().get_pinned_reg(I64);
            fb.ins().set_pinned_reg(c);
            let fr = self.module.declare_func_in_func(self.funcs[main.0 as usize], fb.func);
            let call = fb.ins().call(fr, &[]);
            let r = fb.inst_results(call)[0];
            fb.ins().set_pinned_reg(saved);
            fb.ins().return_(&[r]);
            fb.seal_all_blocks();
            fb.finalize(cfg);
        }
        self.module.define_function(entry, &mut ctx).map_err(|e| format!("entry: {e:?}"))?;
        self.module.clear_context(&mut ctx);
        let mut calls = Vec::new();
        let check_id = self.rt_func("mesh_rt_stack_check", 0);
        for n in 0..4usize {
            let s = abi::words(self.c_conv, n + 2);
            let id = self.module.declare_function(&format!("mesh_program_call{n}"), Linkage::Local, &s).map_err(|e| e.to_string())?;
            ctx.func.signature = s;
            {
                let mut fb = FunctionBuilder::new(&mut ctx.func, &mut fctx);
                let b = fb.create_block();
                fb.append_block_params_for_function_params(b);
                fb.switch_to_block(b);
                let ps = fb.block_params(b).to_vec();
                let saved = fb.ins().get_pinned_reg(I64);
                fb.ins().set_pinned_reg(ps[0]);
                // The stack check (overflow, preemption) for runtime loops
                // that call back into Mesh code.
                let sp = fb.ins().get_stack_pointer(I64);
                let limit = fb.ins().load(I64, MemFlagsData::trusted(), ps[0], mesh_rt::abi::CTX_STACK_LIMIT);
                let low = fb.ins().icmp(IntCC::UnsignedLessThan, sp, limit);
                let (slow, cont) = (fb.create_block(), fb.create_block());
                fb.set_cold_block(slow);
                fb.ins().brif(low, slow, &[], cont, &[]);
                fb.switch_to_block(slow);
                let check = self.module.declare_func_in_func(check_id, fb.func);
                fb.ins().call(check, &[ps[0]]);
                fb.ins().jump(cont, &[]);
                fb.switch_to_block(cont);
                let code = fb.ins().load(I64, MemFlagsData::trusted(), ps[1], (mesh_rt::abi::FUN_CODE as i32) * 8);
                let sigref = fb.import_signature(abi::closure(n));
                let call = fb.ins().call_indirect(sigref, code, &ps[1..]);
                let r = fb.inst_results(call)[0];
                fb.ins().set_pinned_reg(saved);
                fb.ins().return_(&[r]);
                fb.seal_all_blocks();
                fb.finalize(cfg);
            }
            self.module.define_function(id, &mut ctx).map_err(|e| format!("trampoline: {e:?}"))?;
            self.module.clear_context(&mut ctx);
            calls.push(id);
        }
        let natives = self.native_closure_code(&mut ctx, &mut fctx)?;
        // The Program table: entry, call0..call3, native0..native3.
        let table = self.module.declare_data("mesh_program_table", Linkage::Local, false, false).map_err(|e| e.to_string())?;
        let mut d = DataDescription::new();
        d.define(vec![0u8; 8 * 9].into_boxed_slice());
        for (i, f) in std::iter::once(entry).chain(calls).chain(natives).enumerate() {
            let fr = self.module.declare_func_in_data(f, &mut d);
            d.write_function_addr((i * 8) as u32, fr);
        }
        d.set_align(8);
        self.module.define_data(table, &d).map_err(|e| e.to_string())?;
        self.program_table = Some(table);
        Ok(())
    }

    /// The code of closures the runtime makes (`native0..3`): a closure
    /// object `[desc, code, f, captures...]` whose `code` is one of these
    /// calls the C function `f(ctx, closure, args...)` (a runtime entry),
    /// so runtime-made functions (an HTTP middleware's `next`) are ordinary
    /// Mesh closures.
    fn native_closure_code(&mut self, ctx: &mut cranelift_codegen::Context, fctx: &mut FunctionBuilderContext) -> Result<Vec<cranelift_module::FuncId>, String> {
        let cfg = self.module.isa().frontend_config();
        let mut ids = Vec::new();
        for n in 0..4usize {
            let s = abi::closure(n);
            let id = self.module.declare_function(&format!("mesh_program_native{n}"), Linkage::Local, &s).map_err(|e| e.to_string())?;
            ctx.func.signature = s;
            {
                let mut fb = FunctionBuilder::new(&mut ctx.func, fctx);
                let b = fb.create_block();
                fb.append_block_params_for_function_params(b);
                fb.switch_to_block(b);
                let ps = fb.block_params(b).to_vec();
                let c = fb.ins().get_pinned_reg(I64);
                let f = fb.ins().load(I64, MemFlagsData::trusted(), ps[0], (mesh_rt::abi::FUN_CAPTURES as i32) * 8);
                let sigref = fb.import_signature(abi::words(self.c_conv, n + 2));
                let mut args = vec![c];
                args.extend_from_slice(&ps);
                let call = fb.ins().call_indirect(sigref, f, &args);
                let r = fb.inst_results(call)[0];
                fb.ins().return_(&[r]);
                fb.seal_all_blocks();
                fb.finalize(cfg);
            }
            self.module.define_function(id, ctx).map_err(|e| format!("native closure code: {e:?}"))?;
            self.module.clear_context(ctx);
            ids.push(id);
        }
        Ok(ids)
    }

    /// The C `main` of an executable: `mesh_rt_main(argc, argv, &table)`.
    pub fn c_main(&mut self) -> Result<(), String> {
        let table = self.program_table.ok_or("program table missing")?;
        let mut s = cranelift_codegen::ir::Signature::new(self.c_conv);
        s.params.push(cranelift_codegen::ir::AbiParam::new(cranelift_codegen::ir::types::I32));
        s.params.push(cranelift_codegen::ir::AbiParam::new(I64));
        s.returns.push(cranelift_codegen::ir::AbiParam::new(cranelift_codegen::ir::types::I32));
        let main = self.module.declare_function("main", Linkage::Export, &s).map_err(|e| e.to_string())?;
        // The runtime's entry takes and returns words like every other.
        let rs = abi::words(self.c_conv, 3);
        let rt_main = self.module.declare_function("mesh_rt_main", Linkage::Import, &rs).map_err(|e| e.to_string())?;
        let mut ctx = self.module.make_context();
        let mut fctx = FunctionBuilderContext::new();
        let cfg = self.module.isa().frontend_config();
        ctx.func.signature = s;
        {
            let mut fb = FunctionBuilder::new(&mut ctx.func, &mut fctx);
            let b = fb.create_block();
            fb.append_block_params_for_function_params(b);
            fb.switch_to_block(b);
            let ps = fb.block_params(b).to_vec();
            let gv = self.module.declare_data_in_func(table, fb.func);
            let t = fb.ins().symbol_value(I64, gv);
            let fr = self.module.declare_func_in_func(rt_main, fb.func);
            let argc = fb.ins().sextend(I64, ps[0]);
            let call = fb.ins().call(fr, &[argc, ps[1], t]);
            let r = fb.inst_results(call)[0];
            let status = fb.ins().ireduce(cranelift_codegen::ir::types::I32, r);
            fb.ins().return_(&[status]);
            fb.seal_all_blocks();
            fb.finalize(cfg);
        }
        self.module.define_function(main, &mut ctx).map_err(|e| format!("main: {e:?}"))?;
        Ok(())
    }
}

/// A compiled function: its IR (for relocation names), code, alignment and
/// relocations.
type Compiled = (cranelift_codegen::ir::Function, Vec<u8>, u64, Vec<cranelift_codegen::FinalizedMachReloc>);

/// Compiles `funcs` on all cores (functions are independent once built).
fn compile_all(isa: &dyn cranelift_codegen::isa::TargetIsa, funcs: Vec<cranelift_codegen::ir::Function>, prog: &mir::Program) -> Result<Vec<Compiled>, String> {
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).clamp(1, 8);
    let n = funcs.len();
    let mut slots: Vec<Option<Result<Compiled, String>>> = (0..n).map(|_| None).collect();
    let mut work: Vec<Vec<(usize, cranelift_codegen::ir::Function)>> = (0..threads).map(|_| Vec::new()).collect();
    for (i, f) in funcs.into_iter().enumerate() {
        work[i % threads].push((i, f));
    }
    let results: Vec<Vec<(usize, Result<Compiled, String>)>> = std::thread::scope(|s| {
        let handles: Vec<_> = work
            .into_iter()
            .map(|batch| {
                s.spawn(move || {
                    let mut out = Vec::with_capacity(batch.len());
                    let mut ctx = cranelift_codegen::Context::new();
                    for (i, func) in batch {
                        ctx.clear();
                        ctx.func = func;
                        let r = match ctx.compile(isa, &mut cranelift_codegen::control::ControlPlane::default()) {
                            Ok(code) => {
                                let bytes = code.code_buffer().to_vec();
                                let align = code.buffer.alignment as u64;
                                let relocs = code.buffer.relocs().to_vec();
                                Ok((std::mem::replace(&mut ctx.func, cranelift_codegen::ir::Function::new()), bytes, align, relocs))
                            }
                            Err(e) => Err(format!("{:?}", e.inner)),
                        };
                        out.push((i, r));
                    }
                    out
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap_or_default()).collect()
    });
    for batch in results {
        for (i, r) in batch {
            slots[i] = Some(r);
        }
    }
    slots
        .into_iter()
        .enumerate()
        .map(|(i, r)| r.unwrap_or_else(|| Err("a compile thread failed".into())).map_err(|e| format!("compiling {} ({}): {e}", prog.funcs[i].name, prog.funcs[i].origin)))
        .collect()
}

/// Whether a static is a descriptor (for tests).
pub fn is_desc(s: &Static) -> bool {
    matches!(s, Static::Desc(_))
}
