//! Builds the runtime archive (`libmesh_rt.a`) for `meshc build` to link
//! programs with, and embeds it in meshc, so an installed meshc needs no
//! source tree (docs/ARCHITECTURE.md, "How meshc finds the runtime").
//! The archive is built by a nested cargo run, with the same profile as
//! meshc, into its own target folder.

use std::path::PathBuf;
use std::process::Command;

fn main() {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let rt_dir = manifest_dir.join("../mesh-rt");
    println!("cargo:rerun-if-changed={}", rt_dir.join("src").display());
    println!("cargo:rerun-if-changed={}", rt_dir.join("Cargo.toml").display());
    println!("cargo:rerun-if-changed={}", manifest_dir.join("../../Cargo.lock").display());
    println!("cargo:rerun-if-env-changed=MESH_RT_LIB");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let profile = std::env::var("PROFILE").unwrap_or_else(|_| "debug".into());
    let cargo_profile = if profile == "release" { "release" } else { "dev" };
    // Under the workspace's target folder, so `cargo clean` removes it and
    // successive builds reuse it.
    let target_dir = out_dir.ancestors().nth(4).map(|t| t.join("mesh-rt-embed")).unwrap_or_else(|| out_dir.join("rt-target"));
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        // Programs allocate through mimalloc (`global-alloc`); meshc sets
        // its own allocator, so the feature is only on for the archive.
        .args(["build", "--lib", "--quiet", "--features", "global-alloc", "--profile", cargo_profile, "--manifest-path"])
        .arg(rt_dir.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target_dir)
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .status()
        .expect("running cargo to build the runtime archive");
    assert!(status.success(), "building the runtime archive failed");
    let archive = target_dir.join(&profile).join("libmesh_rt.a");
    assert!(archive.is_file(), "no runtime archive at {}", archive.display());
    println!("cargo:rustc-env=MESH_RT_ARCHIVE={}", archive.display());
    let bytes = std::fs::read(&archive).expect("reading the runtime archive");
    let stamp = {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        bytes.hash(&mut h);
        h.finish()
    };
    println!("cargo:rustc-env=MESH_RT_STAMP={stamp:016x}");
}
