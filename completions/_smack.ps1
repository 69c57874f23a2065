
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'smack' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'smack'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'smack' {
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('catalog', 'catalog', [CompletionResultType]::ParameterValue, 'Search and describe the packages of the catalog')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Render a package''s Marathon app JSON to stdout (a dry run of install)')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check packages or whole catalogs: schemas, templates, rendering with defaults')
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Install a package on Marathon')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List installed packages (apps carrying DCOS_PACKAGE_* labels, DC/OS''s own included)')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Upgrade an installed package to another version or new options')
            [CompletionResult]::new('uninstall', 'uninstall', [CompletionResultType]::ParameterValue, 'Uninstall a package: remove its Marathon app')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'An app''s revisions as Marathon keeps them, newest first, with what each changed')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Roll an app back to an earlier revision with Marathon''s own rollback')
            [CompletionResult]::new('restart', 'restart', [CompletionResultType]::ParameterValue, 'Restart an app: every task replaced, the definition unchanged')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'What is in force for an app: the options, the app definition, the notes')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show an installed app: package, deployment and tasks')
            [CompletionResult]::new('repo', 'repo', [CompletionResultType]::ParameterValue, 'Manage the repositories packages come from')
            [CompletionResult]::new('stack', 'stack', [CompletionResultType]::ParameterValue, 'Stacks: several packages and apps declared in one file, with their dependencies')
            [CompletionResult]::new('ui', 'ui', [CompletionResultType]::ParameterValue, 'Serve the catalog as a web page: browse, fill the options form, review the app JSON, install, and watch the services deploy')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'DC/OS''s package service (Cosmos''s API) for this Marathon, so that the DC/OS CLI works without DC/OS')
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Keep clusters (DC/OS or Marathon) with their logins, and choose the one commands use')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in to a kept cluster again (the current one by default) and keep the new token')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show and change the configuration file')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'A local Marathon stand-in, for trying smack and for tests')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smack;catalog' {
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search packages by name, tag and description (`*` globs on the name)')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show a package: metadata, options schema, versions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smack;catalog;search' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;catalog;describe' {
            [CompletionResult]::new('--package-version', '--package-version', [CompletionResultType]::ParameterName, 'Describe this version instead of the newest')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--options', '--options', [CompletionResultType]::ParameterName, 'A JSON options file (`-` reads stdin); repeatable, later files win')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set an option, typed by the package''s schema: `kafka.num_partitions=12`, `a.b=[1,2]`. Repeatable')
            [CompletionResult]::new('--set-string', '--set-string', [CompletionResultType]::ParameterName, 'Set an option to a string, whatever the schema says. Repeatable')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'With --render: the Marathon app id')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Print the options schema (config.json)')
            [CompletionResult]::new('--package-versions', '--package-versions', [CompletionResultType]::ParameterName, 'Print the package''s versions, newest first')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as `-o json`')
            [CompletionResult]::new('--render', '--render', [CompletionResultType]::ParameterName, 'Print the rendered app instead, as `smack render` does')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;catalog;help' {
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search packages by name, tag and description (`*` globs on the name)')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show a package: metadata, options schema, versions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smack;catalog;help;search' {
            break
        }
        'smack;catalog;help;describe' {
            break
        }
        'smack;catalog;help;help' {
            break
        }
        'smack;render' {
            [CompletionResult]::new('--package-version', '--package-version', [CompletionResultType]::ParameterName, 'Render this version instead of the newest')
            [CompletionResult]::new('--options', '--options', [CompletionResultType]::ParameterName, 'A JSON options file (`-` reads stdin); repeatable, later files win')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set an option, typed by the package''s schema: `kafka.num_partitions=12`, `a.b=[1,2]`. Repeatable')
            [CompletionResult]::new('--set-string', '--set-string', [CompletionResultType]::ParameterName, 'Set an option to a string, whatever the schema says. Repeatable')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'The Marathon app id, replacing the template''s')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('--compact', '--compact', [CompletionResultType]::ParameterName, 'Print compact JSON on one line')
            [CompletionResult]::new('--no-validate', '--no-validate', [CompletionResultType]::ParameterName, 'Print the app even if Marathon would refuse it')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings (fields Marathon drops or changes) as errors, for CI')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;lint' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Exit 1 on warnings too, for CI')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;install' {
            [CompletionResult]::new('--package-version', '--package-version', [CompletionResultType]::ParameterName, 'Render this version instead of the newest')
            [CompletionResult]::new('--options', '--options', [CompletionResultType]::ParameterName, 'A JSON options file (`-` reads stdin); repeatable, later files win')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set an option, typed by the package''s schema: `kafka.num_partitions=12`, `a.b=[1,2]`. Repeatable')
            [CompletionResult]::new('--set-string', '--set-string', [CompletionResultType]::ParameterName, 'Set an option to a string, whatever the schema says. Repeatable')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'The Marathon app id, replacing the template''s')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (exit 8)')
            [CompletionResult]::new('--undo-timeout', '--undo-timeout', [CompletionResultType]::ParameterName, 'With --atomic: how long the undo of a failed or interrupted change may take, a wait of its own (exit 8 past it, saying that it is the undo that is still running)')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('--compact', '--compact', [CompletionResultType]::ParameterName, 'Print compact JSON on one line')
            [CompletionResult]::new('--no-validate', '--no-validate', [CompletionResultType]::ParameterName, 'Print the app even if Marathon would refuse it')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings (fields Marathon drops or changes) as errors, for CI')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the app JSON that would be posted and stop; Marathon is not contacted')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Install even while a deployment holds the app id (say, its removal): Marathon''s ?force=true')
            [CompletionResult]::new('--atomic', '--atomic', [CompletionResultType]::ParameterName, 'When the deployment fails or does not finish within --timeout, remove the app again (exit 8, saying what failed and that it was removed). Implies --wait')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the deployment to finish (the default in a terminal)')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Return as soon as Marathon accepted the change (the default without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;list' {
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Only the app with this id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;upgrade' {
            [CompletionResult]::new('--package-version', '--package-version', [CompletionResultType]::ParameterName, 'The version to move to. Default: the newest in the catalog')
            [CompletionResult]::new('--options', '--options', [CompletionResultType]::ParameterName, 'A JSON options file (`-` reads stdin); repeatable, later files win')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set an option, typed by the package''s schema: `kafka.num_partitions=12`, `a.b=[1,2]`. Repeatable')
            [CompletionResult]::new('--set-string', '--set-string', [CompletionResultType]::ParameterName, 'Set an option to a string, whatever the schema says. Repeatable')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (exit 8)')
            [CompletionResult]::new('--undo-timeout', '--undo-timeout', [CompletionResultType]::ParameterName, 'With --atomic: how long the undo of a failed or interrupted change may take, a wait of its own (exit 8 past it, saying that it is the undo that is still running)')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('--reset-options', '--reset-options', [CompletionResultType]::ParameterName, 'Start from the package''s defaults instead of the installed options')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the diff and stop')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace a deployment in progress (Marathon''s ?force=true)')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings (fields Marathon drops or changes) as errors')
            [CompletionResult]::new('--atomic', '--atomic', [CompletionResultType]::ParameterName, 'When the deployment fails or does not finish within --timeout, roll it back with Marathon''s rollback of the deployment, followed to its end (exit 8, saying what failed and what was undone). Implies --wait')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the deployment to finish (the default in a terminal)')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Return as soon as Marathon accepted the change (the default without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;uninstall' {
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'The app to remove when several instances are installed')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (exit 8)')
            [CompletionResult]::new('--undo-timeout', '--undo-timeout', [CompletionResultType]::ParameterName, 'With --atomic: how long the undo of a failed or interrupted change may take, a wait of its own (exit 8 past it, saying that it is the undo that is still running)')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Remove every installed instance of the package')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the deployment to finish (the default in a terminal)')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Return as soon as Marathon accepted the change (the default without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;history' {
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Show at most this many revisions (the newest)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;rollback' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (exit 8)')
            [CompletionResult]::new('--undo-timeout', '--undo-timeout', [CompletionResultType]::ParameterName, 'With --atomic: how long the undo of a failed or interrupted change may take, a wait of its own (exit 8 past it, saying that it is the undo that is still running)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the diff and stop')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Roll back even across a package version change the running package forbids, and while a deployment holds the app (Marathon''s ?force=true)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the deployment to finish (the default in a terminal)')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Return as soon as Marathon accepted the change (the default without a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;restart' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (exit 8)')
            [CompletionResult]::new('--undo-timeout', '--undo-timeout', [CompletionResultType]::ParameterName, 'With --atomic: how long the undo of a failed or interrupted change may take, a wait of its own (exit 8 past it, saying that it is the undo that is still running)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Restart even while a deployment holds the app (Marathon''s ?force=true)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the deployment to finish (the default in a terminal)')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Return as soon as Marathon accepted the change (the default without a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;get' {
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('options', 'options', [CompletionResultType]::ParameterValue, 'The options in force: the user''s (DCOS_PACKAGE_OPTIONS), or with --all merged over the package''s defaults as the render used them. `-o json` prints a file `install --options` takes')
            [CompletionResult]::new('app', 'app', [CompletionResultType]::ParameterValue, 'The app definition Marathon holds (without its status fields), as JSON')
            [CompletionResult]::new('notes', 'notes', [CompletionResultType]::ParameterValue, 'The post-install notes of the app''s package')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smack;get;options' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Merge them over the package''s defaults, as the render used them')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;get;app' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;get;notes' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;get;help' {
            [CompletionResult]::new('options', 'options', [CompletionResultType]::ParameterValue, 'The options in force: the user''s (DCOS_PACKAGE_OPTIONS), or with --all merged over the package''s defaults as the render used them. `-o json` prints a file `install --options` takes')
            [CompletionResult]::new('app', 'app', [CompletionResultType]::ParameterValue, 'The app definition Marathon holds (without its status fields), as JSON')
            [CompletionResult]::new('notes', 'notes', [CompletionResultType]::ParameterValue, 'The post-install notes of the app''s package')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smack;get;help;options' {
            break
        }
        'smack;get;help;app' {
            break
        }
        'smack;get;help;notes' {
            break
        }
        'smack;get;help;help' {
            break
        }
        'smack;status' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;repo' {
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a repository (a Universe directory, an index file, an http(s) URL, or builtin:universe)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the repositories, in the order they are searched')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove repositories by name')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Download the index of remote repositories into the cache (all, or those named)')
            [CompletionResult]::new('index', 'index', [CompletionResultType]::ParameterValue, 'Build a repository index file from a Universe directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smack;repo;add' {
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'The position in the list (0 is searched first). Default: the end')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;repo;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;repo;remove' {
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;repo;update' {
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;repo;index' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the index to this file (atomically) instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the index to this file (atomically) instead of stdout')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;repo;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a repository (a Universe directory, an index file, an http(s) URL, or builtin:universe)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the repositories, in the order they are searched')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove repositories by name')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Download the index of remote repositories into the cache (all, or those named)')
            [CompletionResult]::new('index', 'index', [CompletionResultType]::ParameterValue, 'Build a repository index file from a Universe directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smack;repo;help;add' {
            break
        }
        'smack;repo;help;list' {
            break
        }
        'smack;repo;help;remove' {
            break
        }
        'smack;repo;help;update' {
            break
        }
        'smack;repo;help;index' {
            break
        }
        'smack;repo;help;help' {
            break
        }
        'smack;stack' {
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Print every member''s app JSON in deployment order, as the stack sends it; contacts nobody. `-o json` prints the Marathon group of the members as one document')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make Marathon match the file: show the plan (create, update with a diff, unchanged, removals), ask, then send every member as one group deployment and follow it')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Each member: package, version, app id, status and tasks, from Marathon')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove the members from Marathon, in reverse dependency order')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smack;stack;render' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as `-o json`')
            [CompletionResult]::new('--no-validate', '--no-validate', [CompletionResultType]::ParameterName, 'Print the app even if Marathon would refuse it')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings (fields Marathon drops or changes) as errors, for CI')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;stack;apply' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (exit 8)')
            [CompletionResult]::new('--undo-timeout', '--undo-timeout', [CompletionResultType]::ParameterName, 'With --atomic: how long the undo of a failed or interrupted change may take, a wait of its own (exit 8 past it, saying that it is the undo that is still running)')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the plan and stop')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--atomic', '--atomic', [CompletionResultType]::ParameterName, 'When a member fails or the deployment is still running at --timeout, roll the whole stack back to what it was before (Marathon''s deployment rollback). Implies --wait')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace a deployment that holds the members (Marathon''s ?force=true)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the deployment to finish (the default in a terminal)')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Return as soon as Marathon accepted the change (the default without a terminal)')
            [CompletionResult]::new('--no-validate', '--no-validate', [CompletionResultType]::ParameterName, 'Print the app even if Marathon would refuse it')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings (fields Marathon drops or changes) as errors, for CI')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;stack;status' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;stack;remove' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (exit 8)')
            [CompletionResult]::new('--undo-timeout', '--undo-timeout', [CompletionResultType]::ParameterName, 'With --atomic: how long the undo of a failed or interrupted change may take, a wait of its own (exit 8 past it, saying that it is the undo that is still running)')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the deployment to finish (the default in a terminal)')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Return as soon as Marathon accepted the change (the default without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;stack;help' {
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Print every member''s app JSON in deployment order, as the stack sends it; contacts nobody. `-o json` prints the Marathon group of the members as one document')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make Marathon match the file: show the plan (create, update with a diff, unchanged, removals), ask, then send every member as one group deployment and follow it')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Each member: package, version, app id, status and tasks, from Marathon')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove the members from Marathon, in reverse dependency order')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smack;stack;help;render' {
            break
        }
        'smack;stack;help;apply' {
            break
        }
        'smack;stack;help;status' {
            break
        }
        'smack;stack;help;remove' {
            break
        }
        'smack;stack;help;help' {
            break
        }
        'smack;ui' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'The address to serve on; port 0 picks a free one. Anything but loopback is reachable by other machines (a warning says so)')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Open the page in the default browser')
            [CompletionResult]::new('--no-remote-icons', '--no-remote-icons', [CompletionResultType]::ParameterName, 'Show the generated placeholders instead of fetching package icons from the addresses in resource.json (for machines that must not reach out)')
            [CompletionResult]::new('--allow-private-icons', '--allow-private-icons', [CompletionResultType]::ParameterName, 'Fetch icons from loopback, private and link-local addresses too (by default only public addresses are asked, so that a package cannot make the server reach into your network). Only for a catalog whose repositories are all local directories or files')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'The address to serve on; port 0 picks a free one. Anything but loopback needs a client token')
            [CompletionResult]::new('--client-token-file', '--client-token-file', [CompletionResultType]::ParameterName, 'Require `Authorization: token=<first line of FILE>` of every client [env: SMACK_SERVE_TOKEN, the token itself]. The credentials for Marathon are another setting: --token-file, SMACK_TOKEN or marathon.token_file, as for every command')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('--allow-repository-changes', '--allow-repository-changes', [CompletionResultType]::ParameterName, 'Let clients add and delete repositories (`package/repository/add|delete`), which change the config file; off by default')
            [CompletionResult]::new('--allow-private-repositories', '--allow-private-repositories', [CompletionResultType]::ParameterName, 'Let an added repository be fetched from a private address (loopback, the local network); off by default: only public http(s) addresses')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;cluster' {
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Keep a cluster: a DC/OS cluster''s URL or a Marathon''s. smack finds out which, trusts its CA, logs in and checks that Marathon takes the login')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The kept clusters: name, URL, kind, the current one, logged in or not, token expiry')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a cluster the current one (`cluster.current` in the config file)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Forget a cluster and its credentials (the private key file stays where it is)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smack;cluster;add' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The login provider, one the cluster lists (`dcos-users`, `dcos-services`, `dcos-oidc-auth0`, …) [default: asked in a terminal when there are several]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'The DC/OS uid: a user''s, or a service account''s with --private-key')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'A file holding the user''s password (first line; mode 0600 or 0400) [env: SMACK_PASSWORD holds the password itself]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'The service account''s PEM RSA private key (mode 0600 or 0400), kept where it is: smack signs a login token with it whenever the cluster''s token expires')
            [CompletionResult]::new('--ca-fingerprint', '--ca-fingerprint', [CompletionResultType]::ParameterName, 'Trust the CA the cluster serves when its SHA-256 fingerprint is this (`AB:CD:…` or plain hex): how to confirm it without a terminal')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Replace a kept cluster of that name')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;cluster;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;cluster;use' {
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;cluster;remove' {
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;cluster;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Keep a cluster: a DC/OS cluster''s URL or a Marathon''s. smack finds out which, trusts its CA, logs in and checks that Marathon takes the login')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The kept clusters: name, URL, kind, the current one, logged in or not, token expiry')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a cluster the current one (`cluster.current` in the config file)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Forget a cluster and its credentials (the private key file stays where it is)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smack;cluster;help;add' {
            break
        }
        'smack;cluster;help;list' {
            break
        }
        'smack;cluster;help;use' {
            break
        }
        'smack;cluster;help;remove' {
            break
        }
        'smack;cluster;help;help' {
            break
        }
        'smack;login' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The login provider, one the cluster lists (`dcos-users`, `dcos-services`, `dcos-oidc-auth0`, …) [default: asked in a terminal when there are several]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'The DC/OS uid: a user''s, or a service account''s with --private-key')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'A file holding the user''s password (first line; mode 0600 or 0400) [env: SMACK_PASSWORD holds the password itself]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'The service account''s PEM RSA private key (mode 0600 or 0400), kept where it is: smack signs a login token with it whenever the cluster''s token expires')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;config' {
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every key: its value and where it comes from (flag, env, file or default)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one key''s value in effect')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key in the config file')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a key from the config file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smack;config;show' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;config;get' {
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;config;set' {
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;config;unset' {
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;config;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every key: its value and where it comes from (flag, env, file or default)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one key''s value in effect')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key in the config file')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a key from the config file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smack;config;help;show' {
            break
        }
        'smack;config;help;get' {
            break
        }
        'smack;config;help;set' {
            break
        }
        'smack;config;help;unset' {
            break
        }
        'smack;config;help;help' {
            break
        }
        'smack;completion' {
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;man' {
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;sandbox' {
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the agents of the sandbox (or any Mesos master behind the Marathon smack talks to) and what is placed on them')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Forget everything the embedded sandbox has installed')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the Marathon v2 API subset smack and common clients use, until interrupted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smack;sandbox;status' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;sandbox;reset' {
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster to talk to, one `smack cluster add` kept: its URL, credentials and CA. Beats SMACK_MARATHON_URL and the current cluster; --marathon or --dcos-url given with it replace its URL only [env: SMACK_CLUSTER]')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;sandbox;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on; port 0 picks a free one')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Require `Authorization: token=T` and answer 401 as DC/OS does otherwise [env: SMACK_SANDBOX_TOKEN]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the token from this file (first line), so that it shows neither in `ps` nor in the environment')
            [CompletionResult]::new('--http-credentials', '--http-credentials', [CompletionResultType]::ParameterName, 'Require Marathon''s HTTP credentials, USER:PASS, as Marathon''s `--http_credentials` does (HTTP Basic; Jetty''s 401 otherwise) [env: MESOSPHERE_HTTP_CREDENTIALS]')
            [CompletionResult]::new('--http-credentials-file', '--http-credentials-file', [CompletionResultType]::ParameterName, 'Read the HTTP credentials from this file (first line, USER:PASS), out of `ps`')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Keep the state in this file (written atomically); default: in memory')
            [CompletionResult]::new('--deploy-seconds', '--deploy-seconds', [CompletionResultType]::ParameterName, 'How long a deployment takes, in seconds (fractions allowed)')
            [CompletionResult]::new('--fail-first', '--fail-first', [CompletionResultType]::ParameterName, 'Answer the first N requests with 503, as a Marathon without a leader does')
            [CompletionResult]::new('--mesos-role', '--mesos-role', [CompletionResultType]::ParameterName, 'Answer as Marathon''s `--mesos_role` ROLE [default: slave_public, as DC/OS configures it]')
            [CompletionResult]::new('--enable-features', '--enable-features', [CompletionResultType]::ParameterName, 'Answer as Marathon''s `--enable_features` LIST [default: DC/OS''s vips,task_killing,external_volumes,gpu_resources]')
            [CompletionResult]::new('--deprecated-features', '--deprecated-features', [CompletionResultType]::ParameterName, 'Answer as Marathon''s `--deprecated_features` LIST (1.10: sanitize_accepted_resource_roles)')
            [CompletionResult]::new('--iam', '--iam', [CompletionResultType]::ParameterName, 'Answer as a DC/OS cluster''s front: `/dcos-metadata/dcos-version.json`, DC/OS''s login (`/acs/api/v1/auth/login`, `/acs/api/v1/auth/providers`) for the accounts in FILE, `{"users": [{"uid", "password"}], "service_accounts": [{"uid", "public_key"}]}` (PEM), and a token required on everything else (401 with Admin Router''s `oauthjwt`)')
            [CompletionResult]::new('--token-lifetime', '--token-lifetime', [CompletionResultType]::ParameterName, 'How long the tokens --iam gives are valid (`2s`, `10m`, `5d`) [default: 5 days, as DC/OS sets them]')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'catalog')
            [CompletionResult]::new('--marathon', '--marathon', [CompletionResultType]::ParameterName, 'marathon')
            [CompletionResult]::new('--dcos-url', '--dcos-url', [CompletionResultType]::ParameterName, 'dcos-url')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'ca-file')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'request-timeout')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Model this cluster: a TOML or JSON list of agents, or a Mesos master''s `/master/state-summary` answer [default: DC/OS''s smallest production cluster, 5 private agents and 1 public]')
            [CompletionResult]::new('--marathon-version', '--marathon-version', [CompletionResultType]::ParameterName, 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Serve HTTPS with a CA made at start, served at /ca/dcos-ca.crt for clients to trust (`smack cluster add` shows its fingerprint)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'insecure')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no warnings or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print every HTTP request and its answer on stderr (never the token)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smack;sandbox;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the agents of the sandbox (or any Mesos master behind the Marathon smack talks to) and what is placed on them')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Forget everything the embedded sandbox has installed')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the Marathon v2 API subset smack and common clients use, until interrupted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smack;sandbox;help;status' {
            break
        }
        'smack;sandbox;help;reset' {
            break
        }
        'smack;sandbox;help;serve' {
            break
        }
        'smack;sandbox;help;help' {
            break
        }
        'smack;help' {
            [CompletionResult]::new('catalog', 'catalog', [CompletionResultType]::ParameterValue, 'Search and describe the packages of the catalog')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Render a package''s Marathon app JSON to stdout (a dry run of install)')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check packages or whole catalogs: schemas, templates, rendering with defaults')
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Install a package on Marathon')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List installed packages (apps carrying DCOS_PACKAGE_* labels, DC/OS''s own included)')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Upgrade an installed package to another version or new options')
            [CompletionResult]::new('uninstall', 'uninstall', [CompletionResultType]::ParameterValue, 'Uninstall a package: remove its Marathon app')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'An app''s revisions as Marathon keeps them, newest first, with what each changed')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Roll an app back to an earlier revision with Marathon''s own rollback')
            [CompletionResult]::new('restart', 'restart', [CompletionResultType]::ParameterValue, 'Restart an app: every task replaced, the definition unchanged')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'What is in force for an app: the options, the app definition, the notes')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show an installed app: package, deployment and tasks')
            [CompletionResult]::new('repo', 'repo', [CompletionResultType]::ParameterValue, 'Manage the repositories packages come from')
            [CompletionResult]::new('stack', 'stack', [CompletionResultType]::ParameterValue, 'Stacks: several packages and apps declared in one file, with their dependencies')
            [CompletionResult]::new('ui', 'ui', [CompletionResultType]::ParameterValue, 'Serve the catalog as a web page: browse, fill the options form, review the app JSON, install, and watch the services deploy')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'DC/OS''s package service (Cosmos''s API) for this Marathon, so that the DC/OS CLI works without DC/OS')
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Keep clusters (DC/OS or Marathon) with their logins, and choose the one commands use')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in to a kept cluster again (the current one by default) and keep the new token')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show and change the configuration file')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'A local Marathon stand-in, for trying smack and for tests')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smack;help;catalog' {
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search packages by name, tag and description (`*` globs on the name)')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show a package: metadata, options schema, versions')
            break
        }
        'smack;help;catalog;search' {
            break
        }
        'smack;help;catalog;describe' {
            break
        }
        'smack;help;render' {
            break
        }
        'smack;help;lint' {
            break
        }
        'smack;help;install' {
            break
        }
        'smack;help;list' {
            break
        }
        'smack;help;upgrade' {
            break
        }
        'smack;help;uninstall' {
            break
        }
        'smack;help;history' {
            break
        }
        'smack;help;rollback' {
            break
        }
        'smack;help;restart' {
            break
        }
        'smack;help;get' {
            [CompletionResult]::new('options', 'options', [CompletionResultType]::ParameterValue, 'The options in force: the user''s (DCOS_PACKAGE_OPTIONS), or with --all merged over the package''s defaults as the render used them. `-o json` prints a file `install --options` takes')
            [CompletionResult]::new('app', 'app', [CompletionResultType]::ParameterValue, 'The app definition Marathon holds (without its status fields), as JSON')
            [CompletionResult]::new('notes', 'notes', [CompletionResultType]::ParameterValue, 'The post-install notes of the app''s package')
            break
        }
        'smack;help;get;options' {
            break
        }
        'smack;help;get;app' {
            break
        }
        'smack;help;get;notes' {
            break
        }
        'smack;help;status' {
            break
        }
        'smack;help;repo' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a repository (a Universe directory, an index file, an http(s) URL, or builtin:universe)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the repositories, in the order they are searched')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove repositories by name')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Download the index of remote repositories into the cache (all, or those named)')
            [CompletionResult]::new('index', 'index', [CompletionResultType]::ParameterValue, 'Build a repository index file from a Universe directory')
            break
        }
        'smack;help;repo;add' {
            break
        }
        'smack;help;repo;list' {
            break
        }
        'smack;help;repo;remove' {
            break
        }
        'smack;help;repo;update' {
            break
        }
        'smack;help;repo;index' {
            break
        }
        'smack;help;stack' {
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Print every member''s app JSON in deployment order, as the stack sends it; contacts nobody. `-o json` prints the Marathon group of the members as one document')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make Marathon match the file: show the plan (create, update with a diff, unchanged, removals), ask, then send every member as one group deployment and follow it')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Each member: package, version, app id, status and tasks, from Marathon')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove the members from Marathon, in reverse dependency order')
            break
        }
        'smack;help;stack;render' {
            break
        }
        'smack;help;stack;apply' {
            break
        }
        'smack;help;stack;status' {
            break
        }
        'smack;help;stack;remove' {
            break
        }
        'smack;help;ui' {
            break
        }
        'smack;help;serve' {
            break
        }
        'smack;help;cluster' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Keep a cluster: a DC/OS cluster''s URL or a Marathon''s. smack finds out which, trusts its CA, logs in and checks that Marathon takes the login')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The kept clusters: name, URL, kind, the current one, logged in or not, token expiry')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a cluster the current one (`cluster.current` in the config file)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Forget a cluster and its credentials (the private key file stays where it is)')
            break
        }
        'smack;help;cluster;add' {
            break
        }
        'smack;help;cluster;list' {
            break
        }
        'smack;help;cluster;use' {
            break
        }
        'smack;help;cluster;remove' {
            break
        }
        'smack;help;login' {
            break
        }
        'smack;help;config' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every key: its value and where it comes from (flag, env, file or default)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one key''s value in effect')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key in the config file')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a key from the config file')
            break
        }
        'smack;help;config;show' {
            break
        }
        'smack;help;config;get' {
            break
        }
        'smack;help;config;set' {
            break
        }
        'smack;help;config;unset' {
            break
        }
        'smack;help;completion' {
            break
        }
        'smack;help;man' {
            break
        }
        'smack;help;sandbox' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the agents of the sandbox (or any Mesos master behind the Marathon smack talks to) and what is placed on them')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Forget everything the embedded sandbox has installed')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the Marathon v2 API subset smack and common clients use, until interrupted')
            break
        }
        'smack;help;sandbox;status' {
            break
        }
        'smack;help;sandbox;reset' {
            break
        }
        'smack;help;sandbox;serve' {
            break
        }
        'smack;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
