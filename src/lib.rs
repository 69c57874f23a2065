//! smack: a package manager for Marathon.
//!
//! The library is the core: catalogs, options, rendering, Marathon's rules, the Marathon client,
//! the sandbox, typed settings and the operations every face calls (`ops`). It performs no
//! terminal I/O; the faces (the `smack` binary's commands, the web page, stacks) parse, ask,
//! call into it and print. docs/architecture.md draws the layers.

pub mod catalog;
pub mod error;
pub mod suggest;
pub mod text;

pub use error::{Error, Result, Warning};
pub mod clusters;
pub mod config;
pub mod dcos;
pub mod fsutil;
pub mod guard;
pub mod http;
pub mod jsontext;
pub mod lint;
pub mod marathon;
pub mod number;
pub mod ops;
pub mod options;
pub mod parallel;
pub mod pipeline;
pub mod render;
pub mod repo;
pub mod sandbox;
pub mod schema;
pub mod serving;
pub mod settings;
pub mod stack;
