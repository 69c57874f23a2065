//! The end-to-end tests, in one test binary (one link for every change): each module drives
//! the real `smack` binary over real HTTP on loopback (`common` holds the helpers).

mod common;

mod access;
mod clients;
mod cluster;
mod clusters;

mod browser;
mod catalog;
mod compat;
mod completion;
mod config;
mod cosmos;
mod deadlines;
mod events;
mod exact;
mod hardening;
mod history;
mod hostile;
#[cfg(unix)]
mod interrupt;
mod layers;
mod marathon;
mod options_missing;
mod packages;
mod render;
mod repo;
mod rules;
mod sandbox;
mod schemas;
mod secrets;
mod serving;
mod stack;
mod streams;
mod terminal;
mod tls;
mod web;
