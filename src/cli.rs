//! The command line: every command, flag and its help.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

const AFTER_HELP: &str = "\
Exit codes: 0 ok, 1 nothing found or problems found, 2 usage, 3 catalog or package, 4 options,
5 render, 6 Marathon error, 7 Marathon unreachable, 8 deployment failed or timed out, 10 I/O.";

#[derive(Debug, Parser)]
#[command(
    name = "smack",
    version,
    about = "A package manager for Marathon: DC/OS Universe packages, rendered and installed",
    after_help = AFTER_HELP,
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct Global {
    /// A catalog to read packages from: a Universe directory or a repository index file.
    /// Repeatable; the first catalog that has a package wins. Default: the built-in catalog.
    #[arg(
        long = "catalog",
        value_name = "PATH",
        global = true,
        env = "SMACK_CATALOG",
        value_delimiter = ','
    )]
    pub catalogs: Vec<PathBuf>,
    /// Print only results and errors, no warnings or notes.
    #[arg(short, long, global = true)]
    pub quiet: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Search and describe the packages of the catalog.
    #[command(subcommand)]
    Catalog(CatalogCommand),
    /// Render a package's Marathon app JSON to stdout (a dry run of install).
    #[command(after_help = "\
Examples:
  smack render kafka
  smack render kafka --options kafka.json --set brokers.count=5
  smack render kafka --package-version 3.8.1 --app-id /prod/kafka --compact
  echo '{\"service\":{\"name\":\"k2\"}}' | smack render kafka --options -")]
    Render(RenderArgs),
    /// Check packages or whole catalogs: schemas, templates, rendering with defaults.
    #[command(after_help = "\
Examples:
  smack lint                              the configured catalogs
  smack lint universe/                    a catalog directory
  smack lint universe/repo/packages/K/kafka/3   one package revision
  smack lint repo-index.json              a repository index file")]
    Lint(LintArgs),
}

/// Where options come from: files, then --set, then --set-string.
#[derive(Debug, Args, Clone, Default)]
pub struct OptionsArgs {
    /// A JSON options file (`-` reads stdin); repeatable, later files win.
    #[arg(long = "options", value_name = "FILE")]
    pub options: Vec<String>,
    /// Set an option, typed by the package's schema: `brokers.count=5`, `a.b=[1,2]`. Repeatable.
    #[arg(long = "set", value_name = "KEY=VALUE")]
    pub set: Vec<String>,
    /// Set an option to a string, whatever the schema says. Repeatable.
    #[arg(long = "set-string", value_name = "KEY=VALUE")]
    pub set_string: Vec<String>,
}

#[derive(Debug, Args, Clone)]
pub struct RenderArgs {
    /// The package name.
    pub package: String,
    /// Render this version instead of the newest.
    #[arg(long, value_name = "V")]
    pub package_version: Option<String>,
    #[command(flatten)]
    pub options: OptionsArgs,
    /// The Marathon app id, replacing the template's.
    #[arg(long, value_name = "ID")]
    pub app_id: Option<String>,
    /// Print compact JSON on one line.
    #[arg(long)]
    pub compact: bool,
    /// Print the app even if it breaks Marathon's app schema or id rules.
    #[arg(long)]
    pub no_validate: bool,
}

#[derive(Debug, Args)]
pub struct LintArgs {
    /// Catalogs (directories or index files) or package revision folders. Default: the catalogs
    /// in use (--catalog, or the built-in one).
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum CatalogCommand {
    /// Search packages by name, tag and description (`*` globs on the name).
    #[command(after_help = "\
Examples:
  smack catalog search                  all packages
  smack catalog search kafka            name +2, each tag +1, description +0.5
  smack catalog search 'c*'             glob on the name
  smack catalog search db --json        machine-readable")]
    Search(SearchArgs),
    /// Show a package: metadata, options schema, versions.
    #[command(after_help = "\
Examples:
  smack catalog describe kafka
  smack catalog describe kafka --package-versions
  smack catalog describe kafka --package-version 3.8.1 --config
  smack catalog describe kafka --json
  smack catalog describe kafka --render --set brokers.count=5")]
    Describe(DescribeArgs),
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Text to search for; `*` makes it a glob on the package name.
    pub query: Option<String>,
    /// Print a JSON array instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct DescribeArgs {
    /// The package name.
    pub package: String,
    /// Describe this version instead of the newest.
    #[arg(long, value_name = "V")]
    pub package_version: Option<String>,
    /// Print the options schema (config.json).
    #[arg(long, conflicts_with = "package_versions")]
    pub config: bool,
    /// Print the package's versions, newest first.
    #[arg(long)]
    pub package_versions: bool,
    /// Print JSON: the exact package.json (or the versions as a JSON array).
    #[arg(long)]
    pub json: bool,
    /// Print the rendered app instead, as `smack render` does.
    #[arg(long, conflicts_with_all = ["config", "package_versions", "json"])]
    pub render: bool,
    #[command(flatten)]
    pub options: OptionsArgs,
    /// With --render: the Marathon app id.
    #[arg(long, value_name = "ID", requires = "render")]
    pub app_id: Option<String>,
}
