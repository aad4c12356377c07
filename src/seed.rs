//! The seed meeting, built in, so `orgkg demo` works from any directory.

/// The seed files by name: the curated records (and, once read by the extractor, the report itself).
pub const FILES: &[(&str, &str)] = &[(
    "cnia-2025-local-association-symposium.yaml",
    include_str!("../data/seed/cnia-2025-local-association-symposium.yaml"),
)];
