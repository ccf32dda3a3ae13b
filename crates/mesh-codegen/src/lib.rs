//! mesh-codegen: monomorphisation and a small MIR (`build/`, `mir.rs`),
//! value layouts (the one-word ABI of docs/ABI.md, `layout.rs`), and
//! Cranelift lowering to an object file or the JIT (`clif/`).
//!
//! Invariant: every generated function has the signature
//! `(i64 ctx, i64...) -> i64`: no aggregate is ever passed or returned by
//! value (checked by a test over every function of the test programs).
//!
//! Invariant: every decision about how a value is represented is made in
//! `layout.rs`.

pub mod build;
pub mod clif;
pub mod layout;
pub mod mir;
pub mod opt;

use cranelift_jit::{JITBuilder, JITModule};
use cranelift_object::{ObjectBuilder, ObjectModule};
use mesh_parse::SourceMap;
use mesh_typeck::{DefId, Program};

#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// Optimise (Cranelift `opt_level=speed`).
    pub opt: bool,
    /// Keep the textual Cranelift IR of every function.
    pub emit_clif: bool,
}

/// The MIR of a checked program whose entry is `main`.
pub fn build_mir(prog: &Program, sources: &SourceMap, main: DefId) -> Result<mir::Program, build::BuildFailure> {
    let mut m = build::build(prog, sources, main)?;
    opt::optimize(&mut m);
    Ok(m)
}

/// An object file defining C `main` (link it with the runtime archive).
/// Also returns the IR text when `opts.emit_clif`.
pub fn compile_object(prog: &mir::Program, opts: Options) -> Result<(Vec<u8>, Option<String>), String> {
    let isa = clif::isa(true, opts.opt)?;
    let builder = ObjectBuilder::new(isa, "mesh_program", cranelift_module::default_libcall_names()).map_err(|e| e.to_string())?;
    let mut em = clif::Emitter::new(ObjectModule::new(builder), opts.emit_clif);
    em.emit(prog)?;
    em.check_runtime_symbols()?;
    em.c_main()?;
    let clif = em.clif.take();
    let product = em.module.finish();
    let bytes = product.emit().map_err(|e| e.to_string())?;
    Ok((bytes, clif))
}

/// Compiles `prog` in memory and runs it on this process's runtime;
/// returns the exit status.
pub fn run_jit(prog: &mir::Program, opts: Options, args: Vec<String>) -> Result<i32, String> {
    let isa = clif::isa(false, opts.opt)?;
    let mut jb = JITBuilder::with_isa(isa, cranelift_module::default_libcall_names());
    for (name, ptr) in mesh_rt::symbols::all() {
        jb.symbol(name, ptr);
    }
    let mut em = clif::Emitter::new(JITModule::new(jb), false);
    em.emit(prog)?;
    em.check_runtime_symbols()?;
    let table = em.program_table.ok_or("no program table")?;
    em.module.finalize_definitions().map_err(|e| e.to_string())?;
    let (ptr, _) = em.module.get_finalized_data(table);
    mesh_rt::entry::set_args(args);
    // SAFETY: the table was just generated with the ABI's layout.
    let status = unsafe { mesh_rt::entry::run_main(&*(ptr as *const mesh_rt::abi::Program)) };
    Ok(status)
}

/// Every function the object file for `prog` declares (defined or
/// imported), with its Cranelift signature: for the test that no signature
/// carries an aggregate.
pub fn function_signatures(prog: &mir::Program) -> Result<Vec<(String, cranelift_codegen::ir::Signature)>, String> {
    use cranelift_module::Module;
    let isa = clif::isa(true, false)?;
    let builder = ObjectBuilder::new(isa, "mesh_program", cranelift_module::default_libcall_names()).map_err(|e| e.to_string())?;
    let mut em = clif::Emitter::new(ObjectModule::new(builder), false);
    em.emit(prog)?;
    em.c_main()?;
    Ok(em.module.declarations().get_functions().map(|(_, d)| (d.name.clone().unwrap_or_default(), d.signature.clone())).collect())
}
