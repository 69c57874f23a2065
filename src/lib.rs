//! smack: a package manager for Marathon.
//!
//! The library is the core: catalogs, options, rendering and the Marathon client. It performs no
//! terminal I/O; the `smack` binary's command modules parse, call into it and print.

pub mod catalog;
pub mod error;
pub mod suggest;
pub mod text;

pub use error::{Error, Result, Warning};
pub mod config;
pub mod fsutil;
pub mod http;
pub mod lint;
pub mod marathon;
pub mod options;
pub mod parallel;
pub mod pipeline;
pub mod render;
pub mod repo;
pub mod sandbox;
pub mod schema;
pub mod stack;
