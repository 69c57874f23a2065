# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_smack_global_optspecs
    string join \n catalog= q/quiet v/verbose marathon= dcos-url= token-file= http-credentials-file= ca-file= insecure request-timeout= marathon-version= h/help V/version
end

function __fish_smack_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_smack_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_smack_using_subcommand
    set -l cmd (__fish_smack_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c smack -n "__fish_smack_needs_command" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_needs_command" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_needs_command" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_needs_command" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_needs_command" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_needs_command" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_needs_command" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_needs_command" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_needs_command" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_needs_command" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_needs_command" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_needs_command" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_needs_command" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_needs_command" -f -a "catalog" -d 'Search and describe the packages of the catalog'
complete -c smack -n "__fish_smack_needs_command" -f -a "render" -d 'Render a package\'s Marathon app JSON to stdout (a dry run of install)'
complete -c smack -n "__fish_smack_needs_command" -f -a "lint" -d 'Check packages or whole catalogs: schemas, templates, rendering with defaults'
complete -c smack -n "__fish_smack_needs_command" -f -a "install" -d 'Install a package on Marathon'
complete -c smack -n "__fish_smack_needs_command" -f -a "list" -d 'List installed packages (apps carrying DCOS_PACKAGE_* labels, DC/OS\'s own included)'
complete -c smack -n "__fish_smack_needs_command" -f -a "upgrade" -d 'Upgrade an installed package to another version or new options'
complete -c smack -n "__fish_smack_needs_command" -f -a "uninstall" -d 'Uninstall a package: remove its Marathon app'
complete -c smack -n "__fish_smack_needs_command" -f -a "history" -d 'An app\'s revisions as Marathon keeps them, newest first, with what each changed'
complete -c smack -n "__fish_smack_needs_command" -f -a "rollback" -d 'Roll an app back to an earlier revision with Marathon\'s own rollback'
complete -c smack -n "__fish_smack_needs_command" -f -a "restart" -d 'Restart an app: every task replaced, the definition unchanged'
complete -c smack -n "__fish_smack_needs_command" -f -a "get" -d 'What is in force for an app: the options, the app definition, the notes'
complete -c smack -n "__fish_smack_needs_command" -f -a "status" -d 'Show an installed app: package, deployment and tasks'
complete -c smack -n "__fish_smack_needs_command" -f -a "repo" -d 'Manage the repositories packages come from'
complete -c smack -n "__fish_smack_needs_command" -f -a "stack" -d 'Stacks: several packages and apps declared in one file, with their dependencies'
complete -c smack -n "__fish_smack_needs_command" -f -a "ui" -d 'Serve the catalog as a web page: browse, fill the options form, review the app JSON, install, and watch the services deploy'
complete -c smack -n "__fish_smack_needs_command" -f -a "serve" -d 'DC/OS\'s package service (Cosmos\'s API) for this Marathon, so that the DC/OS CLI works without DC/OS'
complete -c smack -n "__fish_smack_needs_command" -f -a "config" -d 'Show and change the configuration file'
complete -c smack -n "__fish_smack_needs_command" -f -a "completion" -d 'Print a shell completion script'
complete -c smack -n "__fish_smack_needs_command" -f -a "man" -d 'Print the man page (roff)'
complete -c smack -n "__fish_smack_needs_command" -f -a "sandbox" -d 'A local Marathon stand-in, for trying smack and for tests'
complete -c smack -n "__fish_smack_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smack -n "__fish_smack_using_subcommand catalog; and not __fish_seen_subcommand_from search describe help" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand catalog; and not __fish_seen_subcommand_from search describe help" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand catalog; and not __fish_seen_subcommand_from search describe help" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand catalog; and not __fish_seen_subcommand_from search describe help" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand catalog; and not __fish_seen_subcommand_from search describe help" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand catalog; and not __fish_seen_subcommand_from search describe help" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand catalog; and not __fish_seen_subcommand_from search describe help" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand catalog; and not __fish_seen_subcommand_from search describe help" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand catalog; and not __fish_seen_subcommand_from search describe help" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand catalog; and not __fish_seen_subcommand_from search describe help" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand catalog; and not __fish_seen_subcommand_from search describe help" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand catalog; and not __fish_seen_subcommand_from search describe help" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand catalog; and not __fish_seen_subcommand_from search describe help" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand catalog; and not __fish_seen_subcommand_from search describe help" -f -a "search" -d 'Search packages by name, tag and description (`*` globs on the name)'
complete -c smack -n "__fish_smack_using_subcommand catalog; and not __fish_seen_subcommand_from search describe help" -f -a "describe" -d 'Show a package: metadata, options schema, versions'
complete -c smack -n "__fish_smack_using_subcommand catalog; and not __fish_seen_subcommand_from search describe help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from search" -s o -l output -d 'table or json [default: the config\'s output.format, else table] [env: SMACK_OUTPUT]' -r -f -a "table\t''
json\t''"
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from search" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from search" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from search" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from search" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from search" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from search" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from search" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from search" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from search" -l json -d 'The same as `-o json`'
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from search" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from search" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from search" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from search" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from describe" -l package-version -d 'Describe this version instead of the newest' -r
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from describe" -s o -l output -d 'table or json [default: the config\'s output.format, else table] [env: SMACK_OUTPUT]' -r -f -a "table\t''
json\t''"
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from describe" -l options -d 'A JSON options file (`-` reads stdin); repeatable, later files win' -r
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from describe" -l set -d 'Set an option, typed by the package\'s schema: `kafka.num_partitions=12`, `a.b=[1,2]`. Repeatable' -r
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from describe" -l set-string -d 'Set an option to a string, whatever the schema says. Repeatable' -r
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from describe" -l app-id -d 'With --render: the Marathon app id' -r
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from describe" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from describe" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from describe" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from describe" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from describe" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from describe" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from describe" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from describe" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from describe" -l config -d 'Print the options schema (config.json)'
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from describe" -l package-versions -d 'Print the package\'s versions, newest first'
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from describe" -l json -d 'The same as `-o json`'
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from describe" -l render -d 'Print the rendered app instead, as `smack render` does'
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from describe" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from describe" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from describe" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from describe" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "search" -d 'Search packages by name, tag and description (`*` globs on the name)'
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "describe" -d 'Show a package: metadata, options schema, versions'
complete -c smack -n "__fish_smack_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smack -n "__fish_smack_using_subcommand render" -l package-version -d 'Render this version instead of the newest' -r
complete -c smack -n "__fish_smack_using_subcommand render" -l options -d 'A JSON options file (`-` reads stdin); repeatable, later files win' -r
complete -c smack -n "__fish_smack_using_subcommand render" -l set -d 'Set an option, typed by the package\'s schema: `kafka.num_partitions=12`, `a.b=[1,2]`. Repeatable' -r
complete -c smack -n "__fish_smack_using_subcommand render" -l set-string -d 'Set an option to a string, whatever the schema says. Repeatable' -r
complete -c smack -n "__fish_smack_using_subcommand render" -l app-id -d 'The Marathon app id, replacing the template\'s' -r
complete -c smack -n "__fish_smack_using_subcommand render" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand render" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand render" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand render" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand render" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand render" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand render" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand render" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand render" -l compact -d 'Print compact JSON on one line'
complete -c smack -n "__fish_smack_using_subcommand render" -l no-validate -d 'Print the app even if Marathon would refuse it'
complete -c smack -n "__fish_smack_using_subcommand render" -l strict -d 'Treat warnings (fields Marathon drops or changes) as errors, for CI'
complete -c smack -n "__fish_smack_using_subcommand render" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand render" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand render" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand render" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand render" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand lint" -s o -l output -d 'table or json [default: the config\'s output.format, else table] [env: SMACK_OUTPUT]' -r -f -a "table\t''
json\t''"
complete -c smack -n "__fish_smack_using_subcommand lint" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand lint" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand lint" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand lint" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand lint" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand lint" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand lint" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand lint" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand lint" -l strict -d 'Exit 1 on warnings too, for CI'
complete -c smack -n "__fish_smack_using_subcommand lint" -l json -d 'The same as `-o json`'
complete -c smack -n "__fish_smack_using_subcommand lint" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand lint" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand lint" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand lint" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand lint" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand install" -l package-version -d 'Render this version instead of the newest' -r
complete -c smack -n "__fish_smack_using_subcommand install" -l options -d 'A JSON options file (`-` reads stdin); repeatable, later files win' -r
complete -c smack -n "__fish_smack_using_subcommand install" -l set -d 'Set an option, typed by the package\'s schema: `kafka.num_partitions=12`, `a.b=[1,2]`. Repeatable' -r
complete -c smack -n "__fish_smack_using_subcommand install" -l set-string -d 'Set an option to a string, whatever the schema says. Repeatable' -r
complete -c smack -n "__fish_smack_using_subcommand install" -l app-id -d 'The Marathon app id, replacing the template\'s' -r
complete -c smack -n "__fish_smack_using_subcommand install" -l timeout -d 'Give up waiting after this long (exit 8)' -r
complete -c smack -n "__fish_smack_using_subcommand install" -l undo-timeout -d 'With --atomic: how long the undo of a failed or interrupted change may take, a wait of its own (exit 8 past it, saying that it is the undo that is still running)' -r
complete -c smack -n "__fish_smack_using_subcommand install" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand install" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand install" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand install" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand install" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand install" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand install" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand install" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand install" -l compact -d 'Print compact JSON on one line'
complete -c smack -n "__fish_smack_using_subcommand install" -l no-validate -d 'Print the app even if Marathon would refuse it'
complete -c smack -n "__fish_smack_using_subcommand install" -l strict -d 'Treat warnings (fields Marathon drops or changes) as errors, for CI'
complete -c smack -n "__fish_smack_using_subcommand install" -s y -l yes -d 'Do not ask for confirmation'
complete -c smack -n "__fish_smack_using_subcommand install" -l dry-run -d 'Print the app JSON that would be posted and stop; Marathon is not contacted'
complete -c smack -n "__fish_smack_using_subcommand install" -l force -d 'Install even while a deployment holds the app id (say, its removal): Marathon\'s ?force=true'
complete -c smack -n "__fish_smack_using_subcommand install" -l atomic -d 'When the deployment fails or does not finish within --timeout, remove the app again (exit 8, saying what failed and that it was removed). Implies --wait'
complete -c smack -n "__fish_smack_using_subcommand install" -l wait -d 'Wait for the deployment to finish (the default in a terminal)'
complete -c smack -n "__fish_smack_using_subcommand install" -l no-wait -d 'Return as soon as Marathon accepted the change (the default without a terminal)'
complete -c smack -n "__fish_smack_using_subcommand install" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand install" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand install" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand install" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand install" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand list" -l app-id -d 'Only the app with this id' -r
complete -c smack -n "__fish_smack_using_subcommand list" -s o -l output -d 'table or json [default: the config\'s output.format, else table] [env: SMACK_OUTPUT]' -r -f -a "table\t''
json\t''"
complete -c smack -n "__fish_smack_using_subcommand list" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand list" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand list" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand list" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand list" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand list" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand list" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand list" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand list" -l json -d 'The same as `-o json`'
complete -c smack -n "__fish_smack_using_subcommand list" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand list" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand list" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand list" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand list" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand upgrade" -l package-version -d 'The version to move to. Default: the newest in the catalog' -r
complete -c smack -n "__fish_smack_using_subcommand upgrade" -l options -d 'A JSON options file (`-` reads stdin); repeatable, later files win' -r
complete -c smack -n "__fish_smack_using_subcommand upgrade" -l set -d 'Set an option, typed by the package\'s schema: `kafka.num_partitions=12`, `a.b=[1,2]`. Repeatable' -r
complete -c smack -n "__fish_smack_using_subcommand upgrade" -l set-string -d 'Set an option to a string, whatever the schema says. Repeatable' -r
complete -c smack -n "__fish_smack_using_subcommand upgrade" -l timeout -d 'Give up waiting after this long (exit 8)' -r
complete -c smack -n "__fish_smack_using_subcommand upgrade" -l undo-timeout -d 'With --atomic: how long the undo of a failed or interrupted change may take, a wait of its own (exit 8 past it, saying that it is the undo that is still running)' -r
complete -c smack -n "__fish_smack_using_subcommand upgrade" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand upgrade" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand upgrade" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand upgrade" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand upgrade" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand upgrade" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand upgrade" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand upgrade" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand upgrade" -l reset-options -d 'Start from the package\'s defaults instead of the installed options'
complete -c smack -n "__fish_smack_using_subcommand upgrade" -s y -l yes -d 'Do not ask for confirmation'
complete -c smack -n "__fish_smack_using_subcommand upgrade" -l dry-run -d 'Show the diff and stop'
complete -c smack -n "__fish_smack_using_subcommand upgrade" -l force -d 'Replace a deployment in progress (Marathon\'s ?force=true)'
complete -c smack -n "__fish_smack_using_subcommand upgrade" -l strict -d 'Treat warnings (fields Marathon drops or changes) as errors'
complete -c smack -n "__fish_smack_using_subcommand upgrade" -l atomic -d 'When the deployment fails or does not finish within --timeout, roll it back with Marathon\'s rollback of the deployment, followed to its end (exit 8, saying what failed and what was undone). Implies --wait'
complete -c smack -n "__fish_smack_using_subcommand upgrade" -l wait -d 'Wait for the deployment to finish (the default in a terminal)'
complete -c smack -n "__fish_smack_using_subcommand upgrade" -l no-wait -d 'Return as soon as Marathon accepted the change (the default without a terminal)'
complete -c smack -n "__fish_smack_using_subcommand upgrade" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand upgrade" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand upgrade" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand upgrade" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand upgrade" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand uninstall" -l app-id -d 'The app to remove when several instances are installed' -r
complete -c smack -n "__fish_smack_using_subcommand uninstall" -l timeout -d 'Give up waiting after this long (exit 8)' -r
complete -c smack -n "__fish_smack_using_subcommand uninstall" -l undo-timeout -d 'With --atomic: how long the undo of a failed or interrupted change may take, a wait of its own (exit 8 past it, saying that it is the undo that is still running)' -r
complete -c smack -n "__fish_smack_using_subcommand uninstall" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand uninstall" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand uninstall" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand uninstall" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand uninstall" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand uninstall" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand uninstall" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand uninstall" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand uninstall" -l all -d 'Remove every installed instance of the package'
complete -c smack -n "__fish_smack_using_subcommand uninstall" -s y -l yes -d 'Do not ask for confirmation'
complete -c smack -n "__fish_smack_using_subcommand uninstall" -l wait -d 'Wait for the deployment to finish (the default in a terminal)'
complete -c smack -n "__fish_smack_using_subcommand uninstall" -l no-wait -d 'Return as soon as Marathon accepted the change (the default without a terminal)'
complete -c smack -n "__fish_smack_using_subcommand uninstall" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand uninstall" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand uninstall" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand uninstall" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand uninstall" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand history" -l max -d 'Show at most this many revisions (the newest)' -r
complete -c smack -n "__fish_smack_using_subcommand history" -s o -l output -d 'table or json [default: the config\'s output.format, else table] [env: SMACK_OUTPUT]' -r -f -a "table\t''
json\t''"
complete -c smack -n "__fish_smack_using_subcommand history" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand history" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand history" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand history" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand history" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand history" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand history" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand history" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand history" -l json -d 'The same as `-o json`'
complete -c smack -n "__fish_smack_using_subcommand history" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand history" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand history" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand history" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand history" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand rollback" -l timeout -d 'Give up waiting after this long (exit 8)' -r
complete -c smack -n "__fish_smack_using_subcommand rollback" -l undo-timeout -d 'With --atomic: how long the undo of a failed or interrupted change may take, a wait of its own (exit 8 past it, saying that it is the undo that is still running)' -r
complete -c smack -n "__fish_smack_using_subcommand rollback" -s o -l output -d 'table or json [default: the config\'s output.format, else table] [env: SMACK_OUTPUT]' -r -f -a "table\t''
json\t''"
complete -c smack -n "__fish_smack_using_subcommand rollback" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand rollback" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand rollback" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand rollback" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand rollback" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand rollback" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand rollback" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand rollback" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand rollback" -s y -l yes -d 'Do not ask for confirmation'
complete -c smack -n "__fish_smack_using_subcommand rollback" -l dry-run -d 'Show the diff and stop'
complete -c smack -n "__fish_smack_using_subcommand rollback" -l force -d 'Roll back even across a package version change the running package forbids, and while a deployment holds the app (Marathon\'s ?force=true)'
complete -c smack -n "__fish_smack_using_subcommand rollback" -l wait -d 'Wait for the deployment to finish (the default in a terminal)'
complete -c smack -n "__fish_smack_using_subcommand rollback" -l no-wait -d 'Return as soon as Marathon accepted the change (the default without a terminal)'
complete -c smack -n "__fish_smack_using_subcommand rollback" -l json -d 'The same as `-o json`'
complete -c smack -n "__fish_smack_using_subcommand rollback" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand rollback" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand rollback" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand rollback" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand rollback" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand restart" -l timeout -d 'Give up waiting after this long (exit 8)' -r
complete -c smack -n "__fish_smack_using_subcommand restart" -l undo-timeout -d 'With --atomic: how long the undo of a failed or interrupted change may take, a wait of its own (exit 8 past it, saying that it is the undo that is still running)' -r
complete -c smack -n "__fish_smack_using_subcommand restart" -s o -l output -d 'table or json [default: the config\'s output.format, else table] [env: SMACK_OUTPUT]' -r -f -a "table\t''
json\t''"
complete -c smack -n "__fish_smack_using_subcommand restart" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand restart" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand restart" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand restart" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand restart" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand restart" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand restart" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand restart" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand restart" -s y -l yes -d 'Do not ask for confirmation'
complete -c smack -n "__fish_smack_using_subcommand restart" -l force -d 'Restart even while a deployment holds the app (Marathon\'s ?force=true)'
complete -c smack -n "__fish_smack_using_subcommand restart" -l wait -d 'Wait for the deployment to finish (the default in a terminal)'
complete -c smack -n "__fish_smack_using_subcommand restart" -l no-wait -d 'Return as soon as Marathon accepted the change (the default without a terminal)'
complete -c smack -n "__fish_smack_using_subcommand restart" -l json -d 'The same as `-o json`'
complete -c smack -n "__fish_smack_using_subcommand restart" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand restart" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand restart" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand restart" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand restart" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand get; and not __fish_seen_subcommand_from options app notes help" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand get; and not __fish_seen_subcommand_from options app notes help" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand get; and not __fish_seen_subcommand_from options app notes help" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand get; and not __fish_seen_subcommand_from options app notes help" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand get; and not __fish_seen_subcommand_from options app notes help" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand get; and not __fish_seen_subcommand_from options app notes help" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand get; and not __fish_seen_subcommand_from options app notes help" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand get; and not __fish_seen_subcommand_from options app notes help" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand get; and not __fish_seen_subcommand_from options app notes help" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand get; and not __fish_seen_subcommand_from options app notes help" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand get; and not __fish_seen_subcommand_from options app notes help" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand get; and not __fish_seen_subcommand_from options app notes help" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand get; and not __fish_seen_subcommand_from options app notes help" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand get; and not __fish_seen_subcommand_from options app notes help" -f -a "options" -d 'The options in force: the user\'s (DCOS_PACKAGE_OPTIONS), or with --all merged over the package\'s defaults as the render used them. `-o json` prints a file `install --options` takes'
complete -c smack -n "__fish_smack_using_subcommand get; and not __fish_seen_subcommand_from options app notes help" -f -a "app" -d 'The app definition Marathon holds (without its status fields), as JSON'
complete -c smack -n "__fish_smack_using_subcommand get; and not __fish_seen_subcommand_from options app notes help" -f -a "notes" -d 'The post-install notes of the app\'s package'
complete -c smack -n "__fish_smack_using_subcommand get; and not __fish_seen_subcommand_from options app notes help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from options" -s o -l output -d 'table or json [default: the config\'s output.format, else table] [env: SMACK_OUTPUT]' -r -f -a "table\t''
json\t''"
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from options" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from options" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from options" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from options" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from options" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from options" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from options" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from options" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from options" -l all -d 'Merge them over the package\'s defaults, as the render used them'
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from options" -l json -d 'The same as `-o json`'
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from options" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from options" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from options" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from options" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from options" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from app" -s o -l output -d 'table or json [default: the config\'s output.format, else table] [env: SMACK_OUTPUT]' -r -f -a "table\t''
json\t''"
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from app" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from app" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from app" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from app" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from app" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from app" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from app" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from app" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from app" -l json -d 'The same as `-o json`'
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from app" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from app" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from app" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from app" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from app" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from notes" -s o -l output -d 'table or json [default: the config\'s output.format, else table] [env: SMACK_OUTPUT]' -r -f -a "table\t''
json\t''"
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from notes" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from notes" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from notes" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from notes" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from notes" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from notes" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from notes" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from notes" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from notes" -l json -d 'The same as `-o json`'
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from notes" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from notes" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from notes" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from notes" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from notes" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from help" -f -a "options" -d 'The options in force: the user\'s (DCOS_PACKAGE_OPTIONS), or with --all merged over the package\'s defaults as the render used them. `-o json` prints a file `install --options` takes'
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from help" -f -a "app" -d 'The app definition Marathon holds (without its status fields), as JSON'
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from help" -f -a "notes" -d 'The post-install notes of the app\'s package'
complete -c smack -n "__fish_smack_using_subcommand get; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smack -n "__fish_smack_using_subcommand status" -s o -l output -d 'table or json [default: the config\'s output.format, else table] [env: SMACK_OUTPUT]' -r -f -a "table\t''
json\t''"
complete -c smack -n "__fish_smack_using_subcommand status" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand status" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand status" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand status" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand status" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand status" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand status" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand status" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand status" -l json -d 'The same as `-o json`'
complete -c smack -n "__fish_smack_using_subcommand status" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand status" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand status" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand status" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand status" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand repo; and not __fish_seen_subcommand_from add list remove update index help" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand repo; and not __fish_seen_subcommand_from add list remove update index help" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand repo; and not __fish_seen_subcommand_from add list remove update index help" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand repo; and not __fish_seen_subcommand_from add list remove update index help" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand repo; and not __fish_seen_subcommand_from add list remove update index help" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand repo; and not __fish_seen_subcommand_from add list remove update index help" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand repo; and not __fish_seen_subcommand_from add list remove update index help" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand repo; and not __fish_seen_subcommand_from add list remove update index help" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand repo; and not __fish_seen_subcommand_from add list remove update index help" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand repo; and not __fish_seen_subcommand_from add list remove update index help" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand repo; and not __fish_seen_subcommand_from add list remove update index help" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand repo; and not __fish_seen_subcommand_from add list remove update index help" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand repo; and not __fish_seen_subcommand_from add list remove update index help" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand repo; and not __fish_seen_subcommand_from add list remove update index help" -f -a "add" -d 'Add a repository (a Universe directory, an index file, an http(s) URL, or builtin:universe)'
complete -c smack -n "__fish_smack_using_subcommand repo; and not __fish_seen_subcommand_from add list remove update index help" -f -a "list" -d 'List the repositories, in the order they are searched'
complete -c smack -n "__fish_smack_using_subcommand repo; and not __fish_seen_subcommand_from add list remove update index help" -f -a "remove" -d 'Remove repositories by name'
complete -c smack -n "__fish_smack_using_subcommand repo; and not __fish_seen_subcommand_from add list remove update index help" -f -a "update" -d 'Download the index of remote repositories into the cache (all, or those named)'
complete -c smack -n "__fish_smack_using_subcommand repo; and not __fish_seen_subcommand_from add list remove update index help" -f -a "index" -d 'Build a repository index file from a Universe directory'
complete -c smack -n "__fish_smack_using_subcommand repo; and not __fish_seen_subcommand_from add list remove update index help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from add" -l index -d 'The position in the list (0 is searched first). Default: the end' -r
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from add" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from add" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from add" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from add" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from add" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from add" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from add" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from add" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from add" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from list" -s o -l output -d 'table or json [default: the config\'s output.format, else table] [env: SMACK_OUTPUT]' -r -f -a "table\t''
json\t''"
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from list" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from list" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from list" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from list" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from list" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from list" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from list" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from list" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from list" -l json -d 'The same as `-o json`'
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from remove" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from remove" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from remove" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from remove" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from remove" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from remove" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from remove" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from remove" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from remove" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from update" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from update" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from update" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from update" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from update" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from update" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from update" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from update" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from update" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from index" -s o -l output -d 'Write the index to this file (atomically) instead of stdout' -r -F
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from index" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from index" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from index" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from index" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from index" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from index" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from index" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from index" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from index" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from index" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from index" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from index" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from index" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a repository (a Universe directory, an index file, an http(s) URL, or builtin:universe)'
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the repositories, in the order they are searched'
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove repositories by name'
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "update" -d 'Download the index of remote repositories into the cache (all, or those named)'
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "index" -d 'Build a repository index file from a Universe directory'
complete -c smack -n "__fish_smack_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smack -n "__fish_smack_using_subcommand stack; and not __fish_seen_subcommand_from render apply status remove help" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand stack; and not __fish_seen_subcommand_from render apply status remove help" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand stack; and not __fish_seen_subcommand_from render apply status remove help" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand stack; and not __fish_seen_subcommand_from render apply status remove help" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand stack; and not __fish_seen_subcommand_from render apply status remove help" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand stack; and not __fish_seen_subcommand_from render apply status remove help" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand stack; and not __fish_seen_subcommand_from render apply status remove help" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand stack; and not __fish_seen_subcommand_from render apply status remove help" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand stack; and not __fish_seen_subcommand_from render apply status remove help" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand stack; and not __fish_seen_subcommand_from render apply status remove help" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand stack; and not __fish_seen_subcommand_from render apply status remove help" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand stack; and not __fish_seen_subcommand_from render apply status remove help" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand stack; and not __fish_seen_subcommand_from render apply status remove help" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand stack; and not __fish_seen_subcommand_from render apply status remove help" -f -a "render" -d 'Print every member\'s app JSON in deployment order, as the stack sends it; contacts nobody. `-o json` prints the Marathon group of the members as one document'
complete -c smack -n "__fish_smack_using_subcommand stack; and not __fish_seen_subcommand_from render apply status remove help" -f -a "apply" -d 'Make Marathon match the file: show the plan (create, update with a diff, unchanged, removals), ask, then send every member as one group deployment and follow it'
complete -c smack -n "__fish_smack_using_subcommand stack; and not __fish_seen_subcommand_from render apply status remove help" -f -a "status" -d 'Each member: package, version, app id, status and tasks, from Marathon'
complete -c smack -n "__fish_smack_using_subcommand stack; and not __fish_seen_subcommand_from render apply status remove help" -f -a "remove" -d 'Remove the members from Marathon, in reverse dependency order'
complete -c smack -n "__fish_smack_using_subcommand stack; and not __fish_seen_subcommand_from render apply status remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from render" -s o -l output -d 'table or json [default: the config\'s output.format, else table] [env: SMACK_OUTPUT]' -r -f -a "table\t''
json\t''"
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from render" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from render" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from render" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from render" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from render" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from render" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from render" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from render" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from render" -l json -d 'The same as `-o json`'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from render" -l no-validate -d 'Print the app even if Marathon would refuse it'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from render" -l strict -d 'Treat warnings (fields Marathon drops or changes) as errors, for CI'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from render" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from render" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from render" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from render" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from render" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from apply" -l timeout -d 'Give up waiting after this long (exit 8)' -r
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from apply" -l undo-timeout -d 'With --atomic: how long the undo of a failed or interrupted change may take, a wait of its own (exit 8 past it, saying that it is the undo that is still running)' -r
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from apply" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from apply" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from apply" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from apply" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from apply" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from apply" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from apply" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from apply" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from apply" -l dry-run -d 'Show the plan and stop'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from apply" -s y -l yes -d 'Do not ask for confirmation'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from apply" -l atomic -d 'When a member fails or the deployment is still running at --timeout, roll the whole stack back to what it was before (Marathon\'s deployment rollback). Implies --wait'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from apply" -l force -d 'Replace a deployment that holds the members (Marathon\'s ?force=true)'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from apply" -l wait -d 'Wait for the deployment to finish (the default in a terminal)'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from apply" -l no-wait -d 'Return as soon as Marathon accepted the change (the default without a terminal)'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from apply" -l no-validate -d 'Print the app even if Marathon would refuse it'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from apply" -l strict -d 'Treat warnings (fields Marathon drops or changes) as errors, for CI'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from apply" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from apply" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from apply" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from status" -s o -l output -d 'table or json [default: the config\'s output.format, else table] [env: SMACK_OUTPUT]' -r -f -a "table\t''
json\t''"
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from status" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from status" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from status" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from status" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from status" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from status" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from status" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from status" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from status" -l json -d 'The same as `-o json`'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from status" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from remove" -l timeout -d 'Give up waiting after this long (exit 8)' -r
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from remove" -l undo-timeout -d 'With --atomic: how long the undo of a failed or interrupted change may take, a wait of its own (exit 8 past it, saying that it is the undo that is still running)' -r
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from remove" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from remove" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from remove" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from remove" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from remove" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from remove" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from remove" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from remove" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Do not ask for confirmation'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from remove" -l wait -d 'Wait for the deployment to finish (the default in a terminal)'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from remove" -l no-wait -d 'Return as soon as Marathon accepted the change (the default without a terminal)'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from remove" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from help" -f -a "render" -d 'Print every member\'s app JSON in deployment order, as the stack sends it; contacts nobody. `-o json` prints the Marathon group of the members as one document'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Make Marathon match the file: show the plan (create, update with a diff, unchanged, removals), ask, then send every member as one group deployment and follow it'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from help" -f -a "status" -d 'Each member: package, version, app id, status and tasks, from Marathon'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove the members from Marathon, in reverse dependency order'
complete -c smack -n "__fish_smack_using_subcommand stack; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smack -n "__fish_smack_using_subcommand ui" -l listen -d 'The address to serve on; port 0 picks a free one. Anything but loopback is reachable by other machines (a warning says so)' -r
complete -c smack -n "__fish_smack_using_subcommand ui" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand ui" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand ui" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand ui" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand ui" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand ui" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand ui" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand ui" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand ui" -l open -d 'Open the page in the default browser'
complete -c smack -n "__fish_smack_using_subcommand ui" -l no-remote-icons -d 'Show the generated placeholders instead of fetching package icons from the addresses in resource.json (for machines that must not reach out)'
complete -c smack -n "__fish_smack_using_subcommand ui" -l allow-private-icons -d 'Fetch icons from loopback, private and link-local addresses too (by default only public addresses are asked, so that a package cannot make the server reach into your network). Only for a catalog whose repositories are all local directories or files'
complete -c smack -n "__fish_smack_using_subcommand ui" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand ui" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand ui" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand ui" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand ui" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand serve" -l listen -d 'The address to serve on; port 0 picks a free one. Anything but loopback needs a client token' -r
complete -c smack -n "__fish_smack_using_subcommand serve" -l client-token-file -d 'Require `Authorization: token=<first line of FILE>` of every client [env: SMACK_SERVE_TOKEN, the token itself]. The credentials for Marathon are another setting: --token-file, SMACK_TOKEN or marathon.token_file, as for every command' -r -F
complete -c smack -n "__fish_smack_using_subcommand serve" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand serve" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand serve" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand serve" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand serve" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand serve" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand serve" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand serve" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand serve" -l allow-repository-changes -d 'Let clients add and delete repositories (`package/repository/add|delete`), which change the config file; off by default'
complete -c smack -n "__fish_smack_using_subcommand serve" -l allow-private-repositories -d 'Let an added repository be fetched from a private address (loopback, the local network); off by default: only public http(s) addresses'
complete -c smack -n "__fish_smack_using_subcommand serve" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand serve" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand serve" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand serve" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand serve" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand config; and not __fish_seen_subcommand_from show get set unset help" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand config; and not __fish_seen_subcommand_from show get set unset help" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand config; and not __fish_seen_subcommand_from show get set unset help" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand config; and not __fish_seen_subcommand_from show get set unset help" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand config; and not __fish_seen_subcommand_from show get set unset help" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand config; and not __fish_seen_subcommand_from show get set unset help" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand config; and not __fish_seen_subcommand_from show get set unset help" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand config; and not __fish_seen_subcommand_from show get set unset help" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand config; and not __fish_seen_subcommand_from show get set unset help" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand config; and not __fish_seen_subcommand_from show get set unset help" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand config; and not __fish_seen_subcommand_from show get set unset help" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand config; and not __fish_seen_subcommand_from show get set unset help" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand config; and not __fish_seen_subcommand_from show get set unset help" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand config; and not __fish_seen_subcommand_from show get set unset help" -f -a "show" -d 'Every key: its value and where it comes from (flag, env, file or default)'
complete -c smack -n "__fish_smack_using_subcommand config; and not __fish_seen_subcommand_from show get set unset help" -f -a "get" -d 'Print one key\'s value in effect'
complete -c smack -n "__fish_smack_using_subcommand config; and not __fish_seen_subcommand_from show get set unset help" -f -a "set" -d 'Set a key in the config file'
complete -c smack -n "__fish_smack_using_subcommand config; and not __fish_seen_subcommand_from show get set unset help" -f -a "unset" -d 'Remove a key from the config file'
complete -c smack -n "__fish_smack_using_subcommand config; and not __fish_seen_subcommand_from show get set unset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from show" -s o -l output -d 'table or json [default: the config\'s output.format, else table] [env: SMACK_OUTPUT]' -r -f -a "table\t''
json\t''"
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from show" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from show" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from show" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from show" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from show" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from show" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from show" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from show" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from show" -l json -d 'The same as `-o json`'
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from show" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from get" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from get" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from get" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from get" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from get" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from get" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from get" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from get" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from get" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from set" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from set" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from set" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from set" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from set" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from set" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from set" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from set" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from set" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from unset" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from unset" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from unset" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from unset" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from unset" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from unset" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from unset" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from unset" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from unset" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Every key: its value and where it comes from (flag, env, file or default)'
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print one key\'s value in effect'
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a key in the config file'
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove a key from the config file'
complete -c smack -n "__fish_smack_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smack -n "__fish_smack_using_subcommand completion" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand completion" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand completion" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand completion" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand completion" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand completion" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand completion" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand completion" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand completion" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand completion" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand completion" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand completion" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand completion" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand man" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand man" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand man" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand man" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand man" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand man" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand man" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand man" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand man" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand man" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand man" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand man" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand man" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand sandbox; and not __fish_seen_subcommand_from status reset serve help" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand sandbox; and not __fish_seen_subcommand_from status reset serve help" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand sandbox; and not __fish_seen_subcommand_from status reset serve help" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand sandbox; and not __fish_seen_subcommand_from status reset serve help" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand sandbox; and not __fish_seen_subcommand_from status reset serve help" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand sandbox; and not __fish_seen_subcommand_from status reset serve help" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand sandbox; and not __fish_seen_subcommand_from status reset serve help" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand sandbox; and not __fish_seen_subcommand_from status reset serve help" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand sandbox; and not __fish_seen_subcommand_from status reset serve help" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand sandbox; and not __fish_seen_subcommand_from status reset serve help" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand sandbox; and not __fish_seen_subcommand_from status reset serve help" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand sandbox; and not __fish_seen_subcommand_from status reset serve help" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand sandbox; and not __fish_seen_subcommand_from status reset serve help" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand sandbox; and not __fish_seen_subcommand_from status reset serve help" -f -a "status" -d 'Show the agents of the sandbox (or any Mesos master behind the Marathon smack talks to) and what is placed on them'
complete -c smack -n "__fish_smack_using_subcommand sandbox; and not __fish_seen_subcommand_from status reset serve help" -f -a "reset" -d 'Forget everything the embedded sandbox has installed'
complete -c smack -n "__fish_smack_using_subcommand sandbox; and not __fish_seen_subcommand_from status reset serve help" -f -a "serve" -d 'Serve the Marathon v2 API subset smack and common clients use, until interrupted'
complete -c smack -n "__fish_smack_using_subcommand sandbox; and not __fish_seen_subcommand_from status reset serve help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from status" -s o -l output -d 'table or json [default: the config\'s output.format, else table] [env: SMACK_OUTPUT]' -r -f -a "table\t''
json\t''"
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l json -d 'The same as `-o json`'
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l catalog -d 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]' -r
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l marathon -d 'Marathon\'s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack\'s local sandbox' -r
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l dcos-url -d 'A DC/OS cluster\'s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other\'s environment variable [env: SMACK_DCOS_URL]' -r
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l token-file -d 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l http-credentials-file -d 'A file holding Marathon\'s HTTP credentials, `user:password` (Marathon\'s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l ca-file -d 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]' -r -F
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l request-timeout -d 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]' -r
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l insecure -d 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l listen -d 'Address to listen on; port 0 picks a free one' -r
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l token -d 'Require `Authorization: token=T` and answer 401 as DC/OS does otherwise [env: SMACK_SANDBOX_TOKEN]' -r
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l token-file -d 'Read the token from this file (first line), so that it shows neither in `ps` nor in the environment' -r -F
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l http-credentials -d 'Require Marathon\'s HTTP credentials, USER:PASS, as Marathon\'s `--http_credentials` does (HTTP Basic; Jetty\'s 401 otherwise) [env: MESOSPHERE_HTTP_CREDENTIALS]' -r
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l http-credentials-file -d 'Read the HTTP credentials from this file (first line, USER:PASS), out of `ps`' -r -F
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l state -d 'Keep the state in this file (written atomically); default: in memory' -r -F
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l deploy-seconds -d 'How long a deployment takes, in seconds (fractions allowed)' -r
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l fail-first -d 'Answer the first N requests with 503, as a Marathon without a leader does' -r
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l mesos-role -d 'Answer as Marathon\'s `--mesos_role` ROLE [default: slave_public, as DC/OS configures it]' -r
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l enable-features -d 'Answer as Marathon\'s `--enable_features` LIST [default: DC/OS\'s vips,task_killing,external_volumes,gpu_resources]' -r
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l deprecated-features -d 'Answer as Marathon\'s `--deprecated_features` LIST (1.10: sanitize_accepted_resource_roles)' -r
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l cluster -d 'Model this cluster: a TOML or JSON list of agents, or a Mesos master\'s `/master/state-summary` answer [default: DC/OS\'s smallest production cluster, 5 private agents and 1 public]' -r -F
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l catalog -r
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l marathon -r
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l dcos-url -r
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l ca-file -r
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l request-timeout -r
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l marathon-version -d 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]' -r
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l insecure
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Print only results and errors, no warnings or notes'
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Also print every HTTP request and its answer on stderr (never the token)'
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help'
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show the agents of the sandbox (or any Mesos master behind the Marathon smack talks to) and what is placed on them'
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Forget everything the embedded sandbox has installed'
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve the Marathon v2 API subset smack and common clients use, until interrupted'
complete -c smack -n "__fish_smack_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smack -n "__fish_smack_using_subcommand help; and not __fish_seen_subcommand_from catalog render lint install list upgrade uninstall history rollback restart get status repo stack ui serve config completion man sandbox help" -f -a "catalog" -d 'Search and describe the packages of the catalog'
complete -c smack -n "__fish_smack_using_subcommand help; and not __fish_seen_subcommand_from catalog render lint install list upgrade uninstall history rollback restart get status repo stack ui serve config completion man sandbox help" -f -a "render" -d 'Render a package\'s Marathon app JSON to stdout (a dry run of install)'
complete -c smack -n "__fish_smack_using_subcommand help; and not __fish_seen_subcommand_from catalog render lint install list upgrade uninstall history rollback restart get status repo stack ui serve config completion man sandbox help" -f -a "lint" -d 'Check packages or whole catalogs: schemas, templates, rendering with defaults'
complete -c smack -n "__fish_smack_using_subcommand help; and not __fish_seen_subcommand_from catalog render lint install list upgrade uninstall history rollback restart get status repo stack ui serve config completion man sandbox help" -f -a "install" -d 'Install a package on Marathon'
complete -c smack -n "__fish_smack_using_subcommand help; and not __fish_seen_subcommand_from catalog render lint install list upgrade uninstall history rollback restart get status repo stack ui serve config completion man sandbox help" -f -a "list" -d 'List installed packages (apps carrying DCOS_PACKAGE_* labels, DC/OS\'s own included)'
complete -c smack -n "__fish_smack_using_subcommand help; and not __fish_seen_subcommand_from catalog render lint install list upgrade uninstall history rollback restart get status repo stack ui serve config completion man sandbox help" -f -a "upgrade" -d 'Upgrade an installed package to another version or new options'
complete -c smack -n "__fish_smack_using_subcommand help; and not __fish_seen_subcommand_from catalog render lint install list upgrade uninstall history rollback restart get status repo stack ui serve config completion man sandbox help" -f -a "uninstall" -d 'Uninstall a package: remove its Marathon app'
complete -c smack -n "__fish_smack_using_subcommand help; and not __fish_seen_subcommand_from catalog render lint install list upgrade uninstall history rollback restart get status repo stack ui serve config completion man sandbox help" -f -a "history" -d 'An app\'s revisions as Marathon keeps them, newest first, with what each changed'
complete -c smack -n "__fish_smack_using_subcommand help; and not __fish_seen_subcommand_from catalog render lint install list upgrade uninstall history rollback restart get status repo stack ui serve config completion man sandbox help" -f -a "rollback" -d 'Roll an app back to an earlier revision with Marathon\'s own rollback'
complete -c smack -n "__fish_smack_using_subcommand help; and not __fish_seen_subcommand_from catalog render lint install list upgrade uninstall history rollback restart get status repo stack ui serve config completion man sandbox help" -f -a "restart" -d 'Restart an app: every task replaced, the definition unchanged'
complete -c smack -n "__fish_smack_using_subcommand help; and not __fish_seen_subcommand_from catalog render lint install list upgrade uninstall history rollback restart get status repo stack ui serve config completion man sandbox help" -f -a "get" -d 'What is in force for an app: the options, the app definition, the notes'
complete -c smack -n "__fish_smack_using_subcommand help; and not __fish_seen_subcommand_from catalog render lint install list upgrade uninstall history rollback restart get status repo stack ui serve config completion man sandbox help" -f -a "status" -d 'Show an installed app: package, deployment and tasks'
complete -c smack -n "__fish_smack_using_subcommand help; and not __fish_seen_subcommand_from catalog render lint install list upgrade uninstall history rollback restart get status repo stack ui serve config completion man sandbox help" -f -a "repo" -d 'Manage the repositories packages come from'
complete -c smack -n "__fish_smack_using_subcommand help; and not __fish_seen_subcommand_from catalog render lint install list upgrade uninstall history rollback restart get status repo stack ui serve config completion man sandbox help" -f -a "stack" -d 'Stacks: several packages and apps declared in one file, with their dependencies'
complete -c smack -n "__fish_smack_using_subcommand help; and not __fish_seen_subcommand_from catalog render lint install list upgrade uninstall history rollback restart get status repo stack ui serve config completion man sandbox help" -f -a "ui" -d 'Serve the catalog as a web page: browse, fill the options form, review the app JSON, install, and watch the services deploy'
complete -c smack -n "__fish_smack_using_subcommand help; and not __fish_seen_subcommand_from catalog render lint install list upgrade uninstall history rollback restart get status repo stack ui serve config completion man sandbox help" -f -a "serve" -d 'DC/OS\'s package service (Cosmos\'s API) for this Marathon, so that the DC/OS CLI works without DC/OS'
complete -c smack -n "__fish_smack_using_subcommand help; and not __fish_seen_subcommand_from catalog render lint install list upgrade uninstall history rollback restart get status repo stack ui serve config completion man sandbox help" -f -a "config" -d 'Show and change the configuration file'
complete -c smack -n "__fish_smack_using_subcommand help; and not __fish_seen_subcommand_from catalog render lint install list upgrade uninstall history rollback restart get status repo stack ui serve config completion man sandbox help" -f -a "completion" -d 'Print a shell completion script'
complete -c smack -n "__fish_smack_using_subcommand help; and not __fish_seen_subcommand_from catalog render lint install list upgrade uninstall history rollback restart get status repo stack ui serve config completion man sandbox help" -f -a "man" -d 'Print the man page (roff)'
complete -c smack -n "__fish_smack_using_subcommand help; and not __fish_seen_subcommand_from catalog render lint install list upgrade uninstall history rollback restart get status repo stack ui serve config completion man sandbox help" -f -a "sandbox" -d 'A local Marathon stand-in, for trying smack and for tests'
complete -c smack -n "__fish_smack_using_subcommand help; and not __fish_seen_subcommand_from catalog render lint install list upgrade uninstall history rollback restart get status repo stack ui serve config completion man sandbox help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smack -n "__fish_smack_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "search" -d 'Search packages by name, tag and description (`*` globs on the name)'
complete -c smack -n "__fish_smack_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "describe" -d 'Show a package: metadata, options schema, versions'
complete -c smack -n "__fish_smack_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "options" -d 'The options in force: the user\'s (DCOS_PACKAGE_OPTIONS), or with --all merged over the package\'s defaults as the render used them. `-o json` prints a file `install --options` takes'
complete -c smack -n "__fish_smack_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "app" -d 'The app definition Marathon holds (without its status fields), as JSON'
complete -c smack -n "__fish_smack_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "notes" -d 'The post-install notes of the app\'s package'
complete -c smack -n "__fish_smack_using_subcommand help; and __fish_seen_subcommand_from repo" -f -a "add" -d 'Add a repository (a Universe directory, an index file, an http(s) URL, or builtin:universe)'
complete -c smack -n "__fish_smack_using_subcommand help; and __fish_seen_subcommand_from repo" -f -a "list" -d 'List the repositories, in the order they are searched'
complete -c smack -n "__fish_smack_using_subcommand help; and __fish_seen_subcommand_from repo" -f -a "remove" -d 'Remove repositories by name'
complete -c smack -n "__fish_smack_using_subcommand help; and __fish_seen_subcommand_from repo" -f -a "update" -d 'Download the index of remote repositories into the cache (all, or those named)'
complete -c smack -n "__fish_smack_using_subcommand help; and __fish_seen_subcommand_from repo" -f -a "index" -d 'Build a repository index file from a Universe directory'
complete -c smack -n "__fish_smack_using_subcommand help; and __fish_seen_subcommand_from stack" -f -a "render" -d 'Print every member\'s app JSON in deployment order, as the stack sends it; contacts nobody. `-o json` prints the Marathon group of the members as one document'
complete -c smack -n "__fish_smack_using_subcommand help; and __fish_seen_subcommand_from stack" -f -a "apply" -d 'Make Marathon match the file: show the plan (create, update with a diff, unchanged, removals), ask, then send every member as one group deployment and follow it'
complete -c smack -n "__fish_smack_using_subcommand help; and __fish_seen_subcommand_from stack" -f -a "status" -d 'Each member: package, version, app id, status and tasks, from Marathon'
complete -c smack -n "__fish_smack_using_subcommand help; and __fish_seen_subcommand_from stack" -f -a "remove" -d 'Remove the members from Marathon, in reverse dependency order'
complete -c smack -n "__fish_smack_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Every key: its value and where it comes from (flag, env, file or default)'
complete -c smack -n "__fish_smack_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Print one key\'s value in effect'
complete -c smack -n "__fish_smack_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set a key in the config file'
complete -c smack -n "__fish_smack_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove a key from the config file'
complete -c smack -n "__fish_smack_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "status" -d 'Show the agents of the sandbox (or any Mesos master behind the Marathon smack talks to) and what is placed on them'
complete -c smack -n "__fish_smack_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "reset" -d 'Forget everything the embedded sandbox has installed'
complete -c smack -n "__fish_smack_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "serve" -d 'Serve the Marathon v2 API subset smack and common clients use, until interrupted'
