//! The seed meeting, built in, so `orgkg demo` works from any directory.

/// The seed files by name: the curated records and the report they were curated from. Loading both gives one
/// meeting, six people and one of each organization: the identity keys meet.
pub const FILES: &[(&str, &str)] = &[
    (
        "cnia-2025-local-association-symposium.yaml",
        include_str!("../data/seed/cnia-2025-local-association-symposium.yaml"),
    ),
    (
        "cnia-2025-local-association-symposium.txt",
        include_str!("../data/seed/cnia-2025-local-association-symposium.txt"),
    ),
];
