//! The command line: every command, flag and its help.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::ArgValueCompleter;

use crate::complete;

const AFTER_HELP: &str = "\
Exit codes: 0 ok, 1 nothing found or problems found, 2 usage, 3 catalog or package, 4 options,
5 render, 6 Marathon error, 7 Marathon or repository unreachable, 8 deployment failed or timed
out, 10 I/O or configuration.

Configuration: flags > SMACK_* environment > config file (`smack config show`) > defaults.";

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
    /// A catalog to read packages from instead of the configured repositories: a Universe
    /// directory, a repository index file or its http(s) URL. Repeatable; the first catalog that
    /// has a package wins [env: SMACK_CATALOG, comma-separated].
    #[arg(
        long = "catalog",
        value_name = "PATH|URL",
        global = true,
        value_delimiter = ','
    )]
    pub catalogs: Vec<String>,
    /// Print only results and errors, no warnings or notes.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Also print every HTTP request and its answer on stderr (never the token).
    #[arg(short, long, global = true)]
    pub verbose: bool,
    #[command(flatten)]
    pub marathon: MarathonArgs,
}

/// Which Marathon to talk to, and how. Without `--marathon` or `--dcos-url`, smack uses its
/// local sandbox.
#[derive(Debug, Args, Clone, Default)]
#[command(next_help_heading = "Marathon")]
pub struct MarathonArgs {
    /// The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA.
    /// Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with
    /// it replace its URL only [env: SMACK_CLUSTER].
    #[arg(long, value_name = "NAME", global = true, add = ArgValueCompleter::new(complete::clusters))]
    pub cluster: Option<String>,
    /// Marathon's URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default:
    /// smack's local sandbox.
    #[arg(long, value_name = "URL", global = true)]
    pub marathon: Option<String>,
    /// A DC/OS cluster's URL: Marathon is reached at URL/service/marathon. Not with
    /// --marathon; either flag overrides the other's environment variable [env: SMACK_DCOS_URL].
    #[arg(long, value_name = "URL", global = true)]
    pub dcos_url: Option<String>,
    /// A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...`
    /// [env: SMACK_TOKEN_FILE].
    #[arg(long, value_name = "FILE", global = true)]
    pub token_file: Option<PathBuf>,
    /// A file holding Marathon's HTTP credentials, `user:password` (Marathon's
    /// --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE].
    #[arg(long, value_name = "FILE", global = true)]
    pub http_credentials_file: Option<PathBuf>,
    /// A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE].
    #[arg(long, value_name = "FILE", global = true)]
    pub ca_file: Option<PathBuf>,
    /// Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE].
    #[arg(long, global = true)]
    pub insecure: bool,
    /// How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT].
    #[arg(long, value_name = "DURATION", global = true, value_parser = duration)]
    pub request_timeout: Option<Duration>,
    /// The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack
    /// talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION].
    #[arg(long, value_name = "X.Y", global = true)]
    pub marathon_version: Option<String>,
}

/// How listings print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Output {
    Table,
    Json,
}

/// Parses `90s`, `10m`, `1h 30m`, `500ms`; a bare number is seconds.
pub fn duration(text: &str) -> Result<Duration, String> {
    smack::config::duration(text)
}

/// Following a deployment.
#[derive(Debug, Args, Clone, Default)]
pub struct WaitArgs {
    /// Wait for the deployment to finish (the default in a terminal).
    #[arg(long, conflicts_with = "no_wait")]
    pub wait: bool,
    /// Return as soon as Marathon accepted the change (the default without a terminal).
    #[arg(long)]
    pub no_wait: bool,
    /// Give up waiting after this long (exit 8).
    #[arg(long, value_name = "DURATION", value_parser = duration, default_value = "10m")]
    pub timeout: Duration,
    /// With --atomic: how long the undo of a failed or interrupted change may take, a wait of
    /// its own (exit 8 past it, saying that it is the undo that is still running).
    #[arg(long, value_name = "DURATION", value_parser = duration, default_value = "2m")]
    pub undo_timeout: Duration,
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
  smack render kafka --options kafka.json --set kafka.num_partitions=12
  smack render kafka --package-version 3.8.1 --app-id /prod/kafka --compact
  smack render kafka --marathon-version 1.7 --strict
  echo '{\"service\":{\"name\":\"k2\"}}' | smack render kafka --options -")]
    Render(RenderArgs),
    /// Check packages or whole catalogs: schemas, templates, rendering with defaults.
    #[command(after_help = "\
Examples:
  smack lint                              the configured catalogs
  smack lint universe/                    a catalog directory
  smack lint universe/repo/packages/K/kafka/3   one package revision
  smack lint repo-index.json              a repository index file
  smack lint --strict -o json universe/   warnings fail too; JSON for CI")]
    Lint(LintArgs),
    /// Install a package on Marathon.
    #[command(after_help = "\
Examples:
  smack install kafka --yes
  smack install kafka --options kafka.json --set kafka.num_partitions=12 --app-id /prod/kafka
  smack install kafka --package-version 3.8.1 --dry-run     print the app, send nothing
  smack install kafka --yes --wait --timeout 15m")]
    Install(InstallArgs),
    /// List installed packages (apps carrying DCOS_PACKAGE_* labels, DC/OS's own included).
    #[command(after_help = "\
Examples:
  smack list
  smack list kafka
  smack list --json")]
    List(ListArgs),
    /// Upgrade an installed package to another version or new options.
    #[command(after_help = "\
Examples:
  smack upgrade kafka                                newest version, same options
  smack upgrade /prod/kafka --package-version 3.9.0
  smack upgrade kafka --set kafka.num_partitions=12  change one option, keep the rest
  smack upgrade kafka --dry-run                      show the diff only")]
    Upgrade(UpgradeArgs),
    /// Uninstall a package: remove its Marathon app.
    #[command(after_help = "\
Examples:
  smack uninstall kafka --yes
  smack uninstall kafka --app-id /prod/kafka
  smack uninstall kafka --all --yes")]
    Uninstall(UninstallArgs),
    /// An app's revisions as Marathon keeps them, newest first, with what each changed.
    #[command(after_help = "\
Revision 1 is the oldest version Marathon keeps; the current one is marked. The change column
says what differs from the revision before: the package version, the option paths, the image,
the instances, other fields.

Examples:
  smack history cassandra
  smack history /prod/kafka --max 3 -o json")]
    History(HistoryArgs),
    /// Roll an app back to an earlier revision with Marathon's own rollback.
    #[command(after_help = "\
Shows the diff from what runs to the revision, asks, then sends Marathon's rollback (PUT
/v2/apps/{id} with the revision's version) and follows the deployment. A move across package
versions that the running package forbids (downgradesTo, data that cannot go back) is refused
with the package's notes unless --force.

Examples:
  smack rollback cassandra                 to the revision before the current one
  smack rollback /prod/kafka 2 --yes --wait
  smack rollback cassandra --dry-run")]
    Rollback(RollbackArgs),
    /// Restart an app: every task replaced, the definition unchanged.
    #[command(after_help = "\
Examples:
  smack restart kafka --yes --wait
  smack restart /prod/kafka --force --yes   replaces a deployment in progress")]
    Restart(RestartArgs),
    /// What is in force for an app: the options, the app definition, the notes.
    #[command(subcommand)]
    Get(GetCommand),
    /// Show an installed app: package, deployment and tasks.
    #[command(after_help = "\
Examples:
  smack status /kafka
  smack status kafka --json")]
    Status(StatusArgs),
    /// A local Marathon stand-in, for trying smack and for tests.
    #[command(subcommand)]
    Sandbox(SandboxCommand),
    /// Manage the repositories packages come from.
    #[command(subcommand)]
    Repo(RepoCommand),
    /// Stacks: several packages and apps declared in one file, with their dependencies.
    #[command(subcommand)]
    Stack(StackCommand),
    /// Serve the catalog as a web page: browse, fill the options form, review the app JSON,
    /// install, and watch the services deploy.
    #[command(after_help = "\
It prints the page's URL, with a session token every request needs. It uses the same settings,
repositories and Marathon as the other commands (the local sandbox by default).

Examples:
  smack ui
  smack ui --open
  smack ui --listen 127.0.0.1:8080 --marathon http://marathon.example:8080")]
    Ui(UiArgs),
    /// DC/OS's package service (Cosmos's API) for this Marathon, so that the DC/OS CLI works
    /// without DC/OS.
    #[command(after_help = "\
Serves Cosmos's API (capabilities, package search, describe, render, install, list,
list-versions, uninstall, repository list/add/delete) over the same library as the other
commands, and passes /service/marathon/ to the Marathon in use (the embedded sandbox by
default), so that a client set up with only a DC/OS URL has both. Off loopback it needs
--token-file; clients send `Authorization: token=…` as DC/OS clients do.

Examples:
  smack serve --listen 127.0.0.1:8000        then: dcos config set core.dcos_url http://127.0.0.1:8000
  smack serve --marathon http://marathon.example:8080 --listen 0.0.0.0:8000 --client-token-file token")]
    Serve(ServeCosmosArgs),
    /// Keep clusters (DC/OS or Marathon) with their logins, and choose the one commands use.
    #[command(subcommand)]
    Cluster(ClusterCommand),
    /// Log in to a kept cluster again (the current one by default) and keep the new token.
    #[command(after_help = "\
A service account logs in again with its key; a user is asked for the password (or gives
--password-file, or SMACK_PASSWORD); a token cluster takes --token-file or a pasted token.
Exit code 9 when the login is refused.

Examples:
  smack login prod
  SMACK_PASSWORD=... smack login staging")]
    Login(LoginCommandArgs),
    /// Show and change the configuration file.
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Print a shell completion script.
    #[command(after_help = "\
Static scripts (commands and flags) are also in the repository's completions/ folder.
Dynamic completion, which also completes package names and versions from your catalogs,
is opt-in through the environment:

  bash:  source <(COMPLETE=bash smack)
  zsh:   source <(COMPLETE=zsh smack)
  fish:  COMPLETE=fish smack | source

Examples:
  smack completion bash > ~/.local/share/bash-completion/completions/smack
  smack completion zsh > \"${fpath[1]}/_smack\"")]
    Completion(CompletionArgs),
    /// Print the man page (roff).
    #[command(after_help = "\
Examples:
  smack man > smack.1 && man ./smack.1")]
    Man,
}

#[derive(Debug, Args)]
pub struct CompletionArgs {
    /// The shell.
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Subcommand)]
pub enum RepoCommand {
    /// Add a repository (a Universe directory, an index file, an http(s) URL, or builtin:universe).
    #[command(after_help = "\
Examples:
  smack repo add mine ./my-universe
  smack repo add universe https://universe.example.com/repo --index 0
  smack repo add builtin builtin:universe")]
    Add(RepoAddArgs),
    /// List the repositories, in the order they are searched.
    #[command(after_help = "\
Examples:
  smack repo list
  smack repo list -o json")]
    List(OutputArgs),
    /// Remove repositories by name.
    #[command(after_help = "\
Examples:
  smack repo remove mine
  smack repo remove a b")]
    Remove(RepoRemoveArgs),
    /// Download the index of remote repositories into the cache (all, or those named).
    #[command(after_help = "\
Examples:
  smack repo update
  smack repo update universe")]
    Update(RepoUpdateArgs),
    /// Build a repository index file from a Universe directory.
    #[command(after_help = "\
Examples:
  smack repo index universe/ -o repo.json
  smack repo index ./my-universe > index.json && smack repo add mine index.json")]
    Index(RepoIndexArgs),
}

#[derive(Debug, Args)]
pub struct RepoAddArgs {
    /// The repository's name.
    pub name: String,
    /// Where its packages are.
    pub uri: String,
    /// The position in the list (0 is searched first). Default: the end.
    #[arg(long, value_name = "N")]
    pub index: Option<usize>,
}

#[derive(Debug, Args)]
pub struct RepoRemoveArgs {
    /// Names of the repositories to remove.
    #[arg(required = true, add = ArgValueCompleter::new(complete::repositories))]
    pub names: Vec<String>,
}

#[derive(Debug, Args)]
pub struct RepoUpdateArgs {
    /// Only these repositories.
    #[arg(add = ArgValueCompleter::new(complete::repositories))]
    pub names: Vec<String>,
}

#[derive(Debug, Args)]
pub struct RepoIndexArgs {
    /// The Universe directory (its root, `repo/` or `packages/`).
    pub dir: PathBuf,
    /// Write the index to this file (atomically) instead of stdout.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub file: Option<PathBuf>,
}

/// How a listing prints.
#[derive(Debug, Args, Clone, Copy, Default)]
pub struct OutputArgs {
    /// table or json [default: the config's output.format, else table] [env: SMACK_OUTPUT].
    #[arg(short = 'o', long, value_name = "FORMAT")]
    pub output: Option<Output>,
    /// The same as `-o json`.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum ClusterCommand {
    /// Keep a cluster: a DC/OS cluster's URL or a Marathon's. smack finds out which, trusts
    /// its CA, logs in and checks that Marathon takes the login.
    #[command(after_help = "\
Credentials, as the cluster needs them:
  DC/OS user             --username U [--password-file F | SMACK_PASSWORD | a prompt]
  DC/OS service account  --username UID --private-key KEY.pem (kept where it is, mode 0600)
  any other login        --token-file F, or in a terminal: the login URL, then paste the token
  Marathon               --http-credentials-file F (user:password, its --http_credentials)
TLS: --ca-file F, --insecure, or (https with an unknown certificate) the cluster's CA from
/ca/dcos-ca.crt, shown with its SHA-256 fingerprint and trusted once you say so; without a
terminal, --ca-fingerprint must match it. The first cluster added becomes the current one.
Tokens and passwords go to the cluster's credentials file (mode 0600), never config.toml.

Examples:
  smack cluster add prod https://dcos.example.com --username ci --private-key ci.pem
  smack cluster add staging https://10.0.0.5 --username alice
  smack cluster add legacy http://marathon.example:8080 --http-credentials-file creds")]
    Add(ClusterAddArgs),
    /// The kept clusters: name, URL, kind, the current one, logged in or not, token expiry.
    #[command(after_help = "\
Examples:
  smack cluster list
  smack cluster list -o json")]
    List(OutputArgs),
    /// Make a cluster the current one (`cluster.current` in the config file).
    #[command(after_help = "\
Examples:
  smack cluster use prod && smack list")]
    Use(ClusterNameArgs),
    /// Forget a cluster and its credentials (the private key file stays where it is).
    #[command(after_help = "\
Examples:
  smack cluster remove staging")]
    Remove(ClusterNameArgs),
}

#[derive(Debug, Args)]
pub struct ClusterNameArgs {
    /// The cluster's name (`smack cluster list`).
    #[arg(add = ArgValueCompleter::new(complete::clusters))]
    pub name: String,
}

/// How to log in (`cluster add`, `login`); --token-file and --http-credentials-file are the
/// global flags.
#[derive(Debug, Args, Clone, Default)]
pub struct LoginFlags {
    /// The login provider, one the cluster lists (`dcos-users`, `dcos-services`,
    /// `dcos-oidc-auth0`, …) [default: asked in a terminal when there are several].
    #[arg(long, value_name = "ID")]
    pub provider: Option<String>,
    /// The DC/OS uid: a user's, or a service account's with --private-key.
    #[arg(long, value_name = "UID")]
    pub username: Option<String>,
    /// A file holding the user's password (first line; mode 0600 or 0400)
    /// [env: SMACK_PASSWORD holds the password itself].
    #[arg(long, value_name = "FILE", conflicts_with = "private_key")]
    pub password_file: Option<PathBuf>,
    /// The service account's PEM RSA private key (mode 0600 or 0400), kept where it is: smack
    /// signs a login token with it whenever the cluster's token expires.
    #[arg(long, value_name = "FILE")]
    pub private_key: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ClusterAddArgs {
    /// The name commands use (`--cluster NAME`).
    pub name: String,
    /// The DC/OS cluster's URL, or Marathon's (https:// assumed without a scheme).
    pub url: String,
    #[command(flatten)]
    pub login: LoginFlags,
    /// Trust the CA the cluster serves when its SHA-256 fingerprint is this (`AB:CD:…` or
    /// plain hex): how to confirm it without a terminal.
    #[arg(long, value_name = "SHA256")]
    pub ca_fingerprint: Option<String>,
    /// Replace a kept cluster of that name.
    #[arg(long)]
    pub replace: bool,
}

#[derive(Debug, Args)]
pub struct LoginCommandArgs {
    /// The cluster [default: the one in force: --cluster, SMACK_CLUSTER, the current one].
    #[arg(add = ArgValueCompleter::new(complete::clusters))]
    pub name: Option<String>,
    #[command(flatten)]
    pub login: LoginFlags,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Every key: its value and where it comes from (flag, env, file or default).
    #[command(after_help = "\
Examples:
  smack config show
  smack config show -o json")]
    Show(OutputArgs),
    /// Print one key's value in effect.
    #[command(after_help = "\
Examples:
  smack config get marathon.url")]
    Get(ConfigKeyArgs),
    /// Set a key in the config file.
    #[command(after_help = "\
Examples:
  smack config set marathon.url http://marathon.example:8080
  smack config set marathon.token_file ~/.dcos/token
  smack config set output.format json")]
    Set(ConfigSetArgs),
    /// Remove a key from the config file.
    #[command(after_help = "\
Examples:
  smack config unset marathon.url")]
    Unset(ConfigKeyArgs),
}

#[derive(Debug, Args)]
pub struct ConfigKeyArgs {
    /// The key (`smack config show` lists them).
    #[arg(add = ArgValueCompleter::new(complete::config_keys))]
    pub key: String,
}

#[derive(Debug, Args)]
pub struct ConfigSetArgs {
    /// The key (`smack config show` lists them).
    #[arg(add = ArgValueCompleter::new(complete::config_keys))]
    pub key: String,
    /// The value.
    pub value: String,
}

#[derive(Debug, Args)]
pub struct InstallArgs {
    #[command(flatten)]
    pub render: RenderArgs,
    /// Do not ask for confirmation.
    #[arg(short, long)]
    pub yes: bool,
    /// Print the app JSON that would be posted and stop; Marathon is not contacted.
    #[arg(long)]
    pub dry_run: bool,
    /// Install even while a deployment holds the app id (say, its removal): Marathon's ?force=true.
    #[arg(long)]
    pub force: bool,
    /// When the deployment fails or does not finish within --timeout, remove the app again
    /// (exit 8, saying what failed and that it was removed). Implies --wait.
    #[arg(long, conflicts_with = "no_wait")]
    pub atomic: bool,
    #[command(flatten)]
    pub wait: WaitArgs,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this package.
    #[arg(add = ArgValueCompleter::new(complete::packages))]
    pub package: Option<String>,
    /// Only the app with this id.
    #[arg(long, value_name = "ID")]
    pub app_id: Option<String>,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct UpgradeArgs {
    /// An app id (`/kafka`) or a package name with one installed instance.
    #[arg(add = ArgValueCompleter::new(complete::apps))]
    pub target: String,
    /// The version to move to. Default: the newest in the catalog.
    #[arg(long, value_name = "V", add = ArgValueCompleter::new(complete::versions))]
    pub package_version: Option<String>,
    /// Options to change; the rest are kept from the installed app (DCOS_PACKAGE_OPTIONS).
    #[command(flatten)]
    pub options: OptionsArgs,
    /// Start from the package's defaults instead of the installed options.
    #[arg(long)]
    pub reset_options: bool,
    /// Do not ask for confirmation.
    #[arg(short, long)]
    pub yes: bool,
    /// Show the diff and stop.
    #[arg(long)]
    pub dry_run: bool,
    /// Replace a deployment in progress (Marathon's ?force=true).
    #[arg(long)]
    pub force: bool,
    /// Treat warnings (fields Marathon drops or changes) as errors.
    #[arg(long)]
    pub strict: bool,
    /// When the deployment fails or does not finish within --timeout, roll it back with
    /// Marathon's rollback of the deployment, followed to its end (exit 8, saying what failed
    /// and what was undone). Implies --wait.
    #[arg(long, conflicts_with = "no_wait")]
    pub atomic: bool,
    #[command(flatten)]
    pub wait: WaitArgs,
}

#[derive(Debug, Args)]
pub struct UninstallArgs {
    /// The package name.
    #[arg(add = ArgValueCompleter::new(complete::packages))]
    pub package: String,
    /// The app to remove when several instances are installed.
    #[arg(long, value_name = "ID", conflicts_with = "all")]
    pub app_id: Option<String>,
    /// Remove every installed instance of the package.
    #[arg(long)]
    pub all: bool,
    /// Do not ask for confirmation.
    #[arg(short, long)]
    pub yes: bool,
    #[command(flatten)]
    pub wait: WaitArgs,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// An app id (`/kafka`) or a package name with one installed instance.
    #[arg(add = ArgValueCompleter::new(complete::apps))]
    pub target: String,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// An app id (`/kafka`, any app) or a package name with one installed instance.
    #[arg(add = ArgValueCompleter::new(complete::apps))]
    pub target: String,
    /// Show at most this many revisions (the newest).
    #[arg(long, value_name = "N", default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub max: u32,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct RollbackArgs {
    /// An app id (`/kafka`, any app) or a package name with one installed instance.
    #[arg(add = ArgValueCompleter::new(complete::apps))]
    pub target: String,
    /// The revision to go back to: its number in `smack history`, or Marathon's version
    /// timestamp. Default: the one before the current.
    pub revision: Option<String>,
    /// Do not ask for confirmation.
    #[arg(short, long)]
    pub yes: bool,
    /// Show the diff and stop.
    #[arg(long)]
    pub dry_run: bool,
    /// Roll back even across a package version change the running package forbids, and while
    /// a deployment holds the app (Marathon's ?force=true).
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub wait: WaitArgs,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct RestartArgs {
    /// An app id (`/kafka`, any app) or a package name with one installed instance.
    #[arg(add = ArgValueCompleter::new(complete::apps))]
    pub target: String,
    /// Do not ask for confirmation.
    #[arg(short, long)]
    pub yes: bool,
    /// Restart even while a deployment holds the app (Marathon's ?force=true).
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub wait: WaitArgs,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Subcommand)]
pub enum GetCommand {
    /// The options in force: the user's (DCOS_PACKAGE_OPTIONS), or with --all merged over the
    /// package's defaults as the render used them. `-o json` prints a file `install --options`
    /// takes.
    #[command(after_help = "\
Examples:
  smack get options cassandra
  smack get options /prod/kafka --all -o json > kafka.json")]
    Options(GetOptionsArgs),
    /// The app definition Marathon holds (without its status fields), as JSON.
    #[command(after_help = "\
Examples:
  smack get app /prod/kafka > kafka-app.json")]
    App(GetTargetArgs),
    /// The post-install notes of the app's package.
    #[command(after_help = "\
Examples:
  smack get notes cassandra")]
    Notes(GetTargetArgs),
}

#[derive(Debug, Args)]
pub struct GetOptionsArgs {
    /// An app id (`/kafka`) or a package name with one installed instance.
    #[arg(add = ArgValueCompleter::new(complete::apps))]
    pub target: String,
    /// Merge them over the package's defaults, as the render used them.
    #[arg(long)]
    pub all: bool,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct GetTargetArgs {
    /// An app id (`/kafka`, any app) or a package name with one installed instance.
    #[arg(add = ArgValueCompleter::new(complete::apps))]
    pub target: String,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Subcommand)]
pub enum SandboxCommand {
    /// Serve the Marathon v2 API subset smack and common clients use, until interrupted.
    #[command(after_help = "\
The first line on stdout is `listening on http://ADDR`.
Each deployment step that starts or stops tasks takes --deploy-seconds; group deployments
run one step per dependency depth, as Marathon's do. An app labelled
SMACK_SANDBOX_DEPLOYMENT=hang keeps its tasks staged, and =fail makes its tasks fail under
Marathon's backoff: either holds its deployment forever, as Marathon would.

Examples:
  smack sandbox serve
  smack sandbox serve --listen 127.0.0.1:8080 --state sandbox.json --deploy-seconds 5
  smack sandbox serve --token s3cret          requests need `Authorization: token=s3cret`
  smack sandbox serve --cluster agents.toml   place tasks on your own cluster's model
  curl -s https://dcos.example/mesos/master/state-summary > prod.json
  smack sandbox serve --cluster prod.json     rehearse on a copy of a real cluster

Tasks are placed on the modelled agents as Mesos and Marathon place them (resources, roles,
constraints, host ports); what does not fit waits, and GET /v2/queue says why. Each agent
has a loopback address of its own (127.0.1.N): the tasks' host. A cluster file in TOML:
  [[agents]]
  count = 3                 # three alike
  cpus = 4
  mem = 16384               # MiB
  disk = 102400
  ports = \"[31000-32000]\"
  role = \"*\"                # or the role its resources are reserved to
  attributes = { rack = \"r1\" }")]
    Serve(Box<ServeArgs>),
    /// Show the agents of the sandbox (or any Mesos master behind the Marathon smack talks to)
    /// and what is placed on them.
    #[command(after_help = "\
Reads the Mesos master's /master/state-summary beside Marathon (the sandbox serves one).

Examples:
  smack sandbox status
  smack sandbox status -o json")]
    Status(SandboxStatusArgs),
    /// Forget everything the embedded sandbox has installed.
    #[command(after_help = "\
Examples:
  smack sandbox reset && smack list      nothing installed any more")]
    Reset,
}

#[derive(Debug, Args)]
pub struct SandboxStatusArgs {
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on; port 0 picks a free one.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080")]
    pub listen: String,
    /// Require `Authorization: token=T` and answer 401 as DC/OS does otherwise
    /// [env: SMACK_SANDBOX_TOKEN].
    #[arg(long, value_name = "T", conflicts_with = "token_file")]
    pub token: Option<String>,
    /// Read the token from this file (first line), so that it shows neither in `ps` nor in
    /// the environment.
    #[arg(long, value_name = "FILE")]
    pub token_file: Option<PathBuf>,
    /// Require Marathon's HTTP credentials, USER:PASS, as Marathon's `--http_credentials`
    /// does (HTTP Basic; Jetty's 401 otherwise) [env: MESOSPHERE_HTTP_CREDENTIALS].
    #[arg(
        long,
        value_name = "USER:PASS",
        conflicts_with = "http_credentials_file"
    )]
    pub http_credentials: Option<String>,
    /// Read the HTTP credentials from this file (first line, USER:PASS), out of `ps`.
    #[arg(long, value_name = "FILE")]
    pub http_credentials_file: Option<PathBuf>,
    /// Keep the state in this file (written atomically); default: in memory.
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,
    /// How long a deployment takes, in seconds (fractions allowed).
    #[arg(long, value_name = "N", default_value = "2")]
    pub deploy_seconds: f64,
    /// Answer the first N requests with 503, as a Marathon without a leader does.
    #[arg(long, value_name = "N", default_value = "0")]
    pub fail_first: u32,
    /// Answer as Marathon's `--mesos_role` ROLE [default: slave_public, as DC/OS configures it].
    #[arg(long, value_name = "ROLE")]
    pub mesos_role: Option<String>,
    /// Answer as Marathon's `--enable_features` LIST [default: DC/OS's
    /// vips,task_killing,external_volumes,gpu_resources].
    #[arg(long, value_name = "LIST")]
    pub enable_features: Option<String>,
    /// Answer as Marathon's `--deprecated_features` LIST (1.10: sanitize_accepted_resource_roles).
    #[arg(long, value_name = "LIST")]
    pub deprecated_features: Option<String>,
    /// Answer as a DC/OS cluster's front: `/dcos-metadata/dcos-version.json`, DC/OS's login
    /// (`/acs/api/v1/auth/login`, `/acs/api/v1/auth/providers`) for the accounts in FILE,
    /// `{"users": [{"uid", "password"}], "service_accounts": [{"uid", "public_key"}]}` (PEM),
    /// and a token required on everything else (401 with Admin Router's `oauthjwt`).
    #[arg(long, value_name = "FILE", conflicts_with_all = ["token", "token_file", "http_credentials", "http_credentials_file"])]
    pub iam: Option<PathBuf>,
    /// How long the tokens --iam gives are valid (`2s`, `10m`, `5d`) [default: 5 days, as
    /// DC/OS sets them].
    #[arg(long, value_name = "DURATION", requires = "iam", value_parser = lifetime)]
    pub token_lifetime: Option<Duration>,
    /// Serve HTTPS with a CA made at start, served at /ca/dcos-ca.crt for clients to trust
    /// (`smack cluster add` shows its fingerprint).
    #[arg(long)]
    pub tls: bool,
}

/// A token lifetime: any duration smack reads (`2s`, `10m`, `1h`), at least a second.
fn lifetime(text: &str) -> Result<Duration, String> {
    let d = smack::config::duration(text)?;
    if d < Duration::from_secs(1) {
        return Err("at least 1s".into());
    }
    Ok(d)
}

/// The flags options come from, as clap parses them; [`OptionsArgs`] keeps their order.
#[derive(Debug, Args, Clone, Default)]
struct OptionsFlags {
    /// A JSON options file (`-` reads stdin); repeatable, later files win.
    #[arg(long = "options", value_name = "FILE")]
    options: Vec<String>,
    /// Set an option, typed by the package's schema: `kafka.num_partitions=12`, `a.b=[1,2]`. Repeatable.
    #[arg(long = "set", value_name = "KEY=VALUE")]
    set: Vec<String>,
    /// Set an option to a string, whatever the schema says. Repeatable.
    #[arg(long = "set-string", value_name = "KEY=VALUE")]
    set_string: Vec<String>,
}

/// Where options come from: files, then `--set` and `--set-string` in command-line order.
/// Parsing records the order itself, so every command that takes options keeps it.
#[derive(Debug, Clone, Default)]
pub struct OptionsArgs {
    pub sources: smack::options::Sources,
}

impl clap::Args for OptionsArgs {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        OptionsFlags::augment_args(cmd)
    }
    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        OptionsFlags::augment_args_for_update(cmd)
    }
}

impl clap::FromArgMatches for OptionsArgs {
    fn from_arg_matches(matches: &clap::ArgMatches) -> Result<OptionsArgs, clap::Error> {
        use smack::options::SetKind;
        let flags = OptionsFlags::from_arg_matches(matches)?;
        let mut sets: Vec<(usize, SetKind, String)> = Vec::new();
        for (id, kind) in [("set", SetKind::Typed), ("set_string", SetKind::String)] {
            if let (Some(indices), Some(values)) =
                (matches.indices_of(id), matches.get_many::<String>(id))
            {
                sets.extend(indices.zip(values).map(|(i, v)| (i, kind, v.clone())));
            }
        }
        sets.sort_by_key(|(i, _, _)| *i);
        Ok(OptionsArgs {
            sources: smack::options::Sources {
                files: flags.options,
                sets: sets.into_iter().map(|(_, k, v)| (k, v)).collect(),
            },
        })
    }
    fn update_from_arg_matches(&mut self, matches: &clap::ArgMatches) -> Result<(), clap::Error> {
        *self = OptionsArgs::from_arg_matches(matches)?;
        Ok(())
    }
}

impl Cli {
    /// The command tree. `sandbox serve` is a server, not a client: the client's global flags
    /// (`--marathon`, `--catalog`, …) change nothing there, so it gets hidden stand-ins under the
    /// same ids, which clap's propagation of global flags then leaves alone.
    pub fn tree() -> clap::Command {
        use clap::{Arg, ArgAction, CommandFactory};
        // (`--token-file` is serve's own: the file of the token it requires.)
        const CLIENT: [(&str, &str, bool); 6] = [
            ("catalogs", "catalog", false),
            ("marathon", "marathon", false),
            ("dcos_url", "dcos-url", false),
            ("ca_file", "ca-file", false),
            ("insecure", "insecure", true),
            ("request_timeout", "request-timeout", false),
        ];
        Cli::command().mut_subcommand("sandbox", |sandbox| {
            sandbox.mut_subcommand("serve", |mut serve| {
                for (id, long, flag) in CLIENT {
                    let arg = Arg::new(id).long(long).hide(true);
                    serve = serve.arg(if flag {
                        arg.action(ArgAction::SetTrue)
                    } else {
                        arg.action(ArgAction::Append)
                    });
                }
                // The sandbox talks to no cluster: its `--cluster` is the one it models.
                serve.arg(
                    Arg::new("cluster")
                        .long("cluster")
                        .value_name("FILE")
                        .action(ArgAction::Set)
                        .help(
                            "Model this cluster: a TOML or JSON list of agents, or a Mesos \
                             master's `/master/state-summary` answer [default: DC/OS's smallest \
                             production cluster, 5 private agents and 1 public]",
                        ),
                )
            })
        })
    }

    /// Parses the command line.
    pub fn parse_args() -> Cli {
        use clap::FromArgMatches;
        let matches = Cli::tree().get_matches();
        Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
    }

    /// What the command line itself gave for the settings (the environment and the config
    /// file are read by [`smack::settings::Settings::resolve`]).
    pub fn given(&self) -> smack::settings::Given {
        let m = &self.global.marathon;
        smack::settings::Given {
            cluster: m.cluster.clone(),
            marathon_url: m.marathon.clone(),
            dcos_url: m.dcos_url.clone(),
            token_file: m.token_file.clone(),
            http_credentials_file: m.http_credentials_file.clone(),
            ca_file: m.ca_file.clone(),
            insecure: m.insecure,
            request_timeout: m.request_timeout,
            marathon_version: m.marathon_version.clone(),
            catalogs: self.global.catalogs.clone(),
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum StackCommand {
    /// Print every member's app JSON in deployment order, as the stack sends it; contacts
    /// nobody. `-o json` prints the Marathon group of the members as one document.
    #[command(after_help = "\
Examples:
  smack stack render stacks/smack.toml
  smack stack render stacks/smack.toml -o json | jq '.apps[].id'")]
    Render(StackRenderArgs),
    /// Make Marathon match the file: show the plan (create, update with a diff, unchanged,
    /// removals), ask, then send every member as one group deployment and follow it.
    #[command(after_help = "\
The members go to Marathon as the apps of the group /<stack>, with Marathon's `dependencies`,
in one PUT /v2/groups/<stack>: Marathon starts a member only when everything it depends on
runs healthy and ready. Apps of the group that the file leaves out are removed (the plan says
so). A member whose tasks fail, or a deployment still running at --timeout, ends with exit 8
and a report per member; --atomic then rolls the whole stack back to what it was.

Examples:
  smack stack apply stacks/smack.toml --dry-run
  smack stack apply stacks/smack.toml --yes --wait
  smack stack apply stacks/smack.toml --yes --wait --atomic --timeout 15m")]
    Apply(StackApplyArgs),
    /// Each member: package, version, app id, status and tasks, from Marathon.
    #[command(after_help = "\
Examples:
  smack stack status stacks/smack.toml
  smack stack status stacks/smack.toml -o json")]
    Status(StackStatusArgs),
    /// Remove the members from Marathon, in reverse dependency order.
    #[command(after_help = "\
Examples:
  smack stack remove stacks/smack.toml --yes --wait")]
    Remove(StackRemoveArgs),
}

#[derive(Debug, Args)]
pub struct StackStatusArgs {
    /// The stack file (TOML).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct ServeCosmosArgs {
    /// The address to serve on; port 0 picks a free one. Anything but loopback needs a client
    /// token.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:7070")]
    pub listen: String,
    /// Require `Authorization: token=<first line of FILE>` of every client [env:
    /// SMACK_SERVE_TOKEN, the token itself]. The credentials for Marathon are another setting:
    /// --token-file, SMACK_TOKEN or marathon.token_file, as for every command.
    #[arg(long, value_name = "FILE")]
    pub client_token_file: Option<PathBuf>,
    /// Let clients add and delete repositories (`package/repository/add|delete`), which change
    /// the config file; off by default.
    #[arg(long)]
    pub allow_repository_changes: bool,
    /// Let an added repository be fetched from a private address (loopback, the local
    /// network); off by default: only public http(s) addresses.
    #[arg(long, requires = "allow_repository_changes")]
    pub allow_private_repositories: bool,
}

#[derive(Debug, Args)]
pub struct UiArgs {
    /// The address to serve on; port 0 picks a free one. Anything but loopback is reachable by
    /// other machines (a warning says so).
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:0")]
    pub listen: String,
    /// Open the page in the default browser.
    #[arg(long)]
    pub open: bool,
    /// Show the generated placeholders instead of fetching package icons from the addresses
    /// in resource.json (for machines that must not reach out).
    #[arg(long)]
    pub no_remote_icons: bool,
    /// Fetch icons from loopback, private and link-local addresses too (by default only public
    /// addresses are asked, so that a package cannot make the server reach into your network).
    /// Only for a catalog whose repositories are all local directories or files.
    #[arg(long, conflicts_with = "no_remote_icons")]
    pub allow_private_icons: bool,
}

#[derive(Debug, Args)]
pub struct StackApplyArgs {
    /// The stack file (TOML).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Show the plan and stop.
    #[arg(long)]
    pub dry_run: bool,
    /// Do not ask for confirmation.
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// When a member fails or the deployment is still running at --timeout, roll the whole
    /// stack back to what it was before (Marathon's deployment rollback). Implies --wait.
    #[arg(long, conflicts_with = "no_wait")]
    pub atomic: bool,
    /// Replace a deployment that holds the members (Marathon's ?force=true).
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub wait: WaitArgs,
    #[command(flatten)]
    pub checks: ChecksArgs,
}

#[derive(Debug, Args)]
pub struct StackRemoveArgs {
    /// The stack file (TOML).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Do not ask for confirmation.
    #[arg(long, short = 'y')]
    pub yes: bool,
    #[command(flatten)]
    pub wait: WaitArgs,
}

#[derive(Debug, Args)]
pub struct StackRenderArgs {
    /// The stack file (TOML).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub checks: ChecksArgs,
}

#[derive(Debug, Args, Clone)]
pub struct RenderArgs {
    /// The package name.
    #[arg(add = ArgValueCompleter::new(complete::packages))]
    pub package: String,
    /// Render this version instead of the newest.
    #[arg(long, value_name = "V", add = ArgValueCompleter::new(complete::versions))]
    pub package_version: Option<String>,
    #[command(flatten)]
    pub options: OptionsArgs,
    /// The Marathon app id, replacing the template's.
    #[arg(long, value_name = "ID")]
    pub app_id: Option<String>,
    /// Print compact JSON on one line.
    #[arg(long)]
    pub compact: bool,
    #[command(flatten)]
    pub checks: ChecksArgs,
}

/// How Marathon's rules apply to the rendered app.
#[derive(Debug, Args, Clone, Default)]
pub struct ChecksArgs {
    /// Print the app even if Marathon would refuse it.
    #[arg(long, conflicts_with = "strict")]
    pub no_validate: bool,
    /// Treat warnings (fields Marathon drops or changes) as errors, for CI.
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Args)]
pub struct LintArgs {
    /// Catalogs (directories or index files) or package revision folders. Default: the catalogs
    /// in use (--catalog, or the built-in one).
    pub paths: Vec<PathBuf>,
    /// Exit 1 on warnings too, for CI.
    #[arg(long)]
    pub strict: bool,
    #[command(flatten)]
    pub output: OutputArgs,
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
  smack catalog describe kafka --render --set kafka.num_partitions=12")]
    Describe(DescribeArgs),
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Text to search for; `*` makes it a glob on the package name.
    pub query: Option<String>,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct DescribeArgs {
    /// The package name.
    #[arg(add = ArgValueCompleter::new(complete::packages))]
    pub package: String,
    /// Describe this version instead of the newest.
    #[arg(long, value_name = "V", add = ArgValueCompleter::new(complete::versions))]
    pub package_version: Option<String>,
    /// Print the options schema (config.json).
    #[arg(long, conflicts_with = "package_versions")]
    pub config: bool,
    /// Print the package's versions, newest first.
    #[arg(long)]
    pub package_versions: bool,
    /// JSON: the exact package.json (or the versions as a JSON array).
    #[command(flatten)]
    pub output: OutputArgs,
    /// Print the rendered app instead, as `smack render` does.
    #[arg(long, conflicts_with_all = ["config", "package_versions", "json"])]
    pub render: bool,
    #[command(flatten)]
    pub options: OptionsArgs,
    /// With --render: the Marathon app id.
    #[arg(long, value_name = "ID", requires = "render")]
    pub app_id: Option<String>,
}

#[cfg(test)]
mod tests {

    /// Every command a user can run has examples in its help.
    #[test]
    fn every_command_has_examples() {
        fn walk(cmd: &clap::Command, path: String, missing: &mut Vec<String>) {
            let subs: Vec<_> = cmd
                .get_subcommands()
                .filter(|c| c.get_name() != "help")
                .collect();
            if subs.is_empty() {
                let help = cmd
                    .get_after_help()
                    .map(|h| h.to_string())
                    .unwrap_or_default();
                if !help.contains("Examples:") {
                    missing.push(path);
                }
                return;
            }
            for sub in subs {
                walk(sub, format!("{path} {}", sub.get_name()), missing);
            }
        }
        let mut missing = Vec::new();
        walk(&super::Cli::tree(), "smack".into(), &mut missing);
        assert!(
            missing.is_empty(),
            "no examples in the help of: {missing:?}"
        );
    }

    #[test]
    fn the_command_line_is_consistent() {
        super::Cli::tree().debug_assert();
    }
}
