//! The `orgkg` command line.
fn main() {}
