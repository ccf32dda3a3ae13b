//! The `meshc` command line: parses arguments (clap) and runs the pipeline
//! in `meshc::` for each subcommand.

use clap::{Parser, Subcommand};
use mesh_parse::render::emit_to_stderr;
use std::path::PathBuf;
use std::process::ExitCode;

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
