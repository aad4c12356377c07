#![doc = include_str!("../README.md")]
#![warn(missing_docs)]
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod chinese;
pub mod convert;
pub mod export;
pub mod extract;
pub mod generate;
pub mod graph;
pub mod html;
pub mod identity;
pub mod lexicon;
pub mod load;
pub mod materialize;
pub mod merge;
pub mod normalize;
pub mod output;
pub mod questions;
pub mod records;
pub mod remote;
pub mod render;
pub mod report;
pub mod seed;
pub mod serve;
pub mod sparql;
pub mod store;
pub mod validate;
pub mod vocab;
