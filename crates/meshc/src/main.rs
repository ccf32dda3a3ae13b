//! The `meshc` command line: parses arguments (clap) and runs the pipeline
//! in `meshc::` for each subcommand.

use clap::{Parser, Subcommand};
use mesh_parse::render::emit_to_stderr;
use std::path::PathBuf;
use std::process::ExitCode;

// mimalloc: the compiler allocates many small short-lived objects
// (Cranelift's per-function data); it is ~10% faster than glibc's malloc here.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The Mesh compiler.
#[derive(Parser)]
#[command(name = "meshc", version, about = "The Mesh compiler: checks, builds and runs Mesh programs")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check a project folder or one file (parse and type-check) and report
    /// every error (exit 0 when clean, 1 with diagnostics on stderr).
    Check {
        /// A project folder (with main.mpl) or a single .mpl file.
        path: PathBuf,
        /// Print the signature of every top-level definition.
        #[arg(long)]
        dump_types: bool,
    },
    /// Compile a project folder (or one file) to an executable: DIR/<name
    /// of DIR>, or the file's name without `.mpl`.
    Build {
        path: PathBuf,
        /// Where to write the executable.
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
        /// Write the Cranelift IR beside the executable (`.clif`).
        #[arg(long = "emit", value_parser = ["clif"])]
        emit: Option<String>,
        /// 0: no optimisation; 2 (default): optimise.
        #[arg(long = "opt-level", default_value_t = 2)]
        opt_level: u8,
    },
    /// Compile a project folder or one file in memory and run it.
    Run {
        path: PathBuf,
        /// Arguments for the program (after `--`).
        #[arg(last = true)]
        args: Vec<String>,
        #[arg(long = "opt-level", default_value_t = 2)]
        opt_level: u8,
    },
    /// Parse a project folder or one file and print its syntax tree.
    Parse {
        /// A project folder or a single .mpl file.
        path: PathBuf,
        /// Print the syntax tree of every module (indented, with byte spans).
        #[arg(long)]
        dump: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check { path, dump_types } => {
            let checked = meshc::check(&path);
            if dump_types {
                if let Some(p) = &checked.program {
                    print!("{}", mesh_typeck::dump::dump_types(p));
                }
            }
            emit_to_stderr(&checked.diagnostics, &checked.sources);
            let errors = checked.error_count();
            let warnings = checked.diagnostics.len() - errors;
            let _ = warnings;
            if errors > 0 {
                eprintln!("error: {} has {errors} error{}", path.display(), if errors == 1 { "" } else { "s" });
                ExitCode::from(1)
            } else {
                eprintln!("  Checked {} module{} in {}", checked.modules.len(), if checked.modules.len() == 1 { "" } else { "s" }, path.display());
                ExitCode::SUCCESS
            }
        }
        Command::Build { path, output, emit, opt_level } => build(&path, output, emit.is_some(), opt_level),
        Command::Run { path, args, opt_level } => run(&path, args, opt_level),
        Command::Parse { path, dump } => {
            let checked = meshc::check(&path);
            if dump {
                for m in &checked.modules {
                    println!("# module {} ({})", m.name.join("."), checked.sources.path(m.file).display());
                    print!("{}", mesh_parse::dump::dump_module(&m.ast));
                }
            }
            emit_to_stderr(&checked.diagnostics, &checked.sources);
            if checked.error_count() > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
    }
}

fn report(checked: &meshc::Checked, failure: meshc::driver::Failure, path: &std::path::Path) -> ExitCode {
    emit_to_stderr(&checked.diagnostics, &checked.sources);
    match failure {
        meshc::driver::Failure::Diagnostics => {
            let errors = checked.error_count();
            eprintln!("error: {} has {errors} error{}", path.display(), if errors == 1 { "" } else { "s" });
        }
        meshc::driver::Failure::Message(m) => eprintln!("error: {m}"),
        meshc::driver::Failure::Late(ds) => {
            emit_to_stderr(&ds, &checked.sources);
            eprintln!("error: {} has {} error{}", path.display(), ds.len(), if ds.len() == 1 { "" } else { "s" });
        }
    }
    ExitCode::from(1)
}

fn default_output(path: &std::path::Path) -> PathBuf {
    let canonical = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    if path.is_dir() {
        let name = canonical.file_name().map(|n| n.to_os_string()).unwrap_or_else(|| "main".into());
        path.join(name)
    } else {
        path.with_extension("")
    }
}

fn build(path: &std::path::Path, output: Option<PathBuf>, emit_clif: bool, opt_level: u8) -> ExitCode {
    let (checked, mir) = meshc::driver::compile(path);
    let mir = match mir {
        Ok(m) => m,
        Err(f) => return report(&checked, f, path),
    };
    emit_to_stderr(&checked.diagnostics, &checked.sources);
    let out = output.unwrap_or_else(|| default_output(path));
    let opts = mesh_codegen::Options { opt: opt_level > 0, emit_clif };
    match meshc::driver::build_executable(&mir, &out, opts) {
        Ok(clif) => {
            if let Some(text) = clif {
                let p = out.with_extension("clif");
                if let Err(e) = std::fs::write(&p, text) {
                    eprintln!("error: writing {}: {e}", p.display());
                    return ExitCode::from(1);
                }
            }
            eprintln!("  Compiled: {}", out.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

fn run(path: &std::path::Path, args: Vec<String>, opt_level: u8) -> ExitCode {
    let (checked, mir) = meshc::driver::compile(path);
    let mir = match mir {
        Ok(m) => m,
        Err(f) => return report(&checked, f, path),
    };
    emit_to_stderr(&checked.diagnostics, &checked.sources);
    let opts = mesh_codegen::Options { opt: opt_level > 0, emit_clif: false };
    match mesh_codegen::run_jit(&mir, opts, args) {
        Ok(status) => ExitCode::from(status.clamp(0, 255) as u8),
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}
