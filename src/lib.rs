#![doc = "orgkg: a knowledge graph of industry organizations, their people, posts and meetings."]
#![warn(missing_docs)]
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod chinese;
pub mod extract;
pub mod lexicon;
pub mod normalize;
pub mod records;
pub mod sparql;
pub mod vocab;
