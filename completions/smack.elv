
use builtin;
use str;

set edit:completion:arg-completer[smack] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'smack'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'smack'= {
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand catalog 'Search and describe the packages of the catalog'
            cand render 'Render a package''s Marathon app JSON to stdout (a dry run of install)'
            cand lint 'Check packages or whole catalogs: schemas, templates, rendering with defaults'
            cand install 'Install a package on Marathon'
            cand list 'List installed packages (apps carrying DCOS_PACKAGE_* labels, DC/OS''s own included)'
            cand upgrade 'Upgrade an installed package to another version or new options'
            cand uninstall 'Uninstall a package: remove its Marathon app'
            cand history 'An app''s revisions as Marathon keeps them, newest first, with what each changed'
            cand rollback 'Roll an app back to an earlier revision with Marathon''s own rollback'
            cand restart 'Restart an app: every task replaced, the definition unchanged'
            cand get 'What is in force for an app: the options, the app definition, the notes'
            cand status 'Show an installed app: package, deployment and tasks'
            cand repo 'Manage the repositories packages come from'
            cand stack 'Stacks: several packages and apps declared in one file, with their dependencies'
            cand ui 'Serve the catalog as a web page: browse, fill the options form, review the app JSON, install, and watch the services deploy'
            cand serve 'DC/OS''s package service (Cosmos''s API) for this Marathon, so that the DC/OS CLI works without DC/OS'
            cand config 'Show and change the configuration file'
            cand completion 'Print a shell completion script'
            cand man 'Print the man page (roff)'
            cand sandbox 'A local Marathon stand-in, for trying smack and for tests'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'smack;catalog'= {
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand search 'Search packages by name, tag and description (`*` globs on the name)'
            cand describe 'Show a package: metadata, options schema, versions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'smack;catalog;search'= {
            cand -o 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]'
            cand --output 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]'
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand --json 'The same as `-o json`'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;catalog;describe'= {
            cand --package-version 'Describe this version instead of the newest'
            cand -o 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]'
            cand --output 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]'
            cand --options 'A JSON options file (`-` reads stdin); repeatable, later files win'
            cand --set 'Set an option, typed by the package''s schema: `kafka.num_partitions=12`, `a.b=[1,2]`. Repeatable'
            cand --set-string 'Set an option to a string, whatever the schema says. Repeatable'
            cand --app-id 'With --render: the Marathon app id'
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand --config 'Print the options schema (config.json)'
            cand --package-versions 'Print the package''s versions, newest first'
            cand --json 'The same as `-o json`'
            cand --render 'Print the rendered app instead, as `smack render` does'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;catalog;help'= {
            cand search 'Search packages by name, tag and description (`*` globs on the name)'
            cand describe 'Show a package: metadata, options schema, versions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'smack;catalog;help;search'= {
        }
        &'smack;catalog;help;describe'= {
        }
        &'smack;catalog;help;help'= {
        }
        &'smack;render'= {
            cand --package-version 'Render this version instead of the newest'
            cand --options 'A JSON options file (`-` reads stdin); repeatable, later files win'
            cand --set 'Set an option, typed by the package''s schema: `kafka.num_partitions=12`, `a.b=[1,2]`. Repeatable'
            cand --set-string 'Set an option to a string, whatever the schema says. Repeatable'
            cand --app-id 'The Marathon app id, replacing the template''s'
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand --compact 'Print compact JSON on one line'
            cand --no-validate 'Print the app even if Marathon would refuse it'
            cand --strict 'Treat warnings (fields Marathon drops or changes) as errors, for CI'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;lint'= {
            cand -o 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]'
            cand --output 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]'
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand --strict 'Exit 1 on warnings too, for CI'
            cand --json 'The same as `-o json`'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;install'= {
            cand --package-version 'Render this version instead of the newest'
            cand --options 'A JSON options file (`-` reads stdin); repeatable, later files win'
            cand --set 'Set an option, typed by the package''s schema: `kafka.num_partitions=12`, `a.b=[1,2]`. Repeatable'
            cand --set-string 'Set an option to a string, whatever the schema says. Repeatable'
            cand --app-id 'The Marathon app id, replacing the template''s'
            cand --timeout 'Give up waiting after this long (exit 8)'
            cand --undo-timeout 'With --atomic: how long the undo of a failed or interrupted change may take, a wait of its own (exit 8 past it, saying that it is the undo that is still running)'
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand --compact 'Print compact JSON on one line'
            cand --no-validate 'Print the app even if Marathon would refuse it'
            cand --strict 'Treat warnings (fields Marathon drops or changes) as errors, for CI'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --dry-run 'Print the app JSON that would be posted and stop; Marathon is not contacted'
            cand --force 'Install even while a deployment holds the app id (say, its removal): Marathon''s ?force=true'
            cand --atomic 'When the deployment fails or does not finish within --timeout, remove the app again (exit 8, saying what failed and that it was removed). Implies --wait'
            cand --wait 'Wait for the deployment to finish (the default in a terminal)'
            cand --no-wait 'Return as soon as Marathon accepted the change (the default without a terminal)'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;list'= {
            cand --app-id 'Only the app with this id'
            cand -o 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]'
            cand --output 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]'
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand --json 'The same as `-o json`'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;upgrade'= {
            cand --package-version 'The version to move to. Default: the newest in the catalog'
            cand --options 'A JSON options file (`-` reads stdin); repeatable, later files win'
            cand --set 'Set an option, typed by the package''s schema: `kafka.num_partitions=12`, `a.b=[1,2]`. Repeatable'
            cand --set-string 'Set an option to a string, whatever the schema says. Repeatable'
            cand --timeout 'Give up waiting after this long (exit 8)'
            cand --undo-timeout 'With --atomic: how long the undo of a failed or interrupted change may take, a wait of its own (exit 8 past it, saying that it is the undo that is still running)'
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand --reset-options 'Start from the package''s defaults instead of the installed options'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --dry-run 'Show the diff and stop'
            cand --force 'Replace a deployment in progress (Marathon''s ?force=true)'
            cand --strict 'Treat warnings (fields Marathon drops or changes) as errors'
            cand --atomic 'When the deployment fails or does not finish within --timeout, roll it back with Marathon''s rollback of the deployment, followed to its end (exit 8, saying what failed and what was undone). Implies --wait'
            cand --wait 'Wait for the deployment to finish (the default in a terminal)'
            cand --no-wait 'Return as soon as Marathon accepted the change (the default without a terminal)'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;uninstall'= {
            cand --app-id 'The app to remove when several instances are installed'
            cand --timeout 'Give up waiting after this long (exit 8)'
            cand --undo-timeout 'With --atomic: how long the undo of a failed or interrupted change may take, a wait of its own (exit 8 past it, saying that it is the undo that is still running)'
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand --all 'Remove every installed instance of the package'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --wait 'Wait for the deployment to finish (the default in a terminal)'
            cand --no-wait 'Return as soon as Marathon accepted the change (the default without a terminal)'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;history'= {
            cand --max 'Show at most this many revisions (the newest)'
            cand -o 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]'
            cand --output 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]'
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand --json 'The same as `-o json`'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;rollback'= {
            cand --timeout 'Give up waiting after this long (exit 8)'
            cand --undo-timeout 'With --atomic: how long the undo of a failed or interrupted change may take, a wait of its own (exit 8 past it, saying that it is the undo that is still running)'
            cand -o 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]'
            cand --output 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]'
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --dry-run 'Show the diff and stop'
            cand --force 'Roll back even across a package version change the running package forbids, and while a deployment holds the app (Marathon''s ?force=true)'
            cand --wait 'Wait for the deployment to finish (the default in a terminal)'
            cand --no-wait 'Return as soon as Marathon accepted the change (the default without a terminal)'
            cand --json 'The same as `-o json`'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;restart'= {
            cand --timeout 'Give up waiting after this long (exit 8)'
            cand --undo-timeout 'With --atomic: how long the undo of a failed or interrupted change may take, a wait of its own (exit 8 past it, saying that it is the undo that is still running)'
            cand -o 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]'
            cand --output 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]'
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --force 'Restart even while a deployment holds the app (Marathon''s ?force=true)'
            cand --wait 'Wait for the deployment to finish (the default in a terminal)'
            cand --no-wait 'Return as soon as Marathon accepted the change (the default without a terminal)'
            cand --json 'The same as `-o json`'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;get'= {
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand options 'The options in force: the user''s (DCOS_PACKAGE_OPTIONS), or with --all merged over the package''s defaults as the render used them. `-o json` prints a file `install --options` takes'
            cand app 'The app definition Marathon holds (without its status fields), as JSON'
            cand notes 'The post-install notes of the app''s package'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'smack;get;options'= {
            cand -o 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]'
            cand --output 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]'
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand --all 'Merge them over the package''s defaults, as the render used them'
            cand --json 'The same as `-o json`'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;get;app'= {
            cand -o 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]'
            cand --output 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]'
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand --json 'The same as `-o json`'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;get;notes'= {
            cand -o 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]'
            cand --output 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]'
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand --json 'The same as `-o json`'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;get;help'= {
            cand options 'The options in force: the user''s (DCOS_PACKAGE_OPTIONS), or with --all merged over the package''s defaults as the render used them. `-o json` prints a file `install --options` takes'
            cand app 'The app definition Marathon holds (without its status fields), as JSON'
            cand notes 'The post-install notes of the app''s package'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'smack;get;help;options'= {
        }
        &'smack;get;help;app'= {
        }
        &'smack;get;help;notes'= {
        }
        &'smack;get;help;help'= {
        }
        &'smack;status'= {
            cand -o 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]'
            cand --output 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]'
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand --json 'The same as `-o json`'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;repo'= {
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a repository (a Universe directory, an index file, an http(s) URL, or builtin:universe)'
            cand list 'List the repositories, in the order they are searched'
            cand remove 'Remove repositories by name'
            cand update 'Download the index of remote repositories into the cache (all, or those named)'
            cand index 'Build a repository index file from a Universe directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'smack;repo;add'= {
            cand --index 'The position in the list (0 is searched first). Default: the end'
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;repo;list'= {
            cand -o 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]'
            cand --output 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]'
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand --json 'The same as `-o json`'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;repo;remove'= {
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;repo;update'= {
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;repo;index'= {
            cand -o 'Write the index to this file (atomically) instead of stdout'
            cand --output 'Write the index to this file (atomically) instead of stdout'
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;repo;help'= {
            cand add 'Add a repository (a Universe directory, an index file, an http(s) URL, or builtin:universe)'
            cand list 'List the repositories, in the order they are searched'
            cand remove 'Remove repositories by name'
            cand update 'Download the index of remote repositories into the cache (all, or those named)'
            cand index 'Build a repository index file from a Universe directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'smack;repo;help;add'= {
        }
        &'smack;repo;help;list'= {
        }
        &'smack;repo;help;remove'= {
        }
        &'smack;repo;help;update'= {
        }
        &'smack;repo;help;index'= {
        }
        &'smack;repo;help;help'= {
        }
        &'smack;stack'= {
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand render 'Print every member''s app JSON in deployment order, as the stack sends it; contacts nobody. `-o json` prints the Marathon group of the members as one document'
            cand apply 'Make Marathon match the file: show the plan (create, update with a diff, unchanged, removals), ask, then send every member as one group deployment and follow it'
            cand status 'Each member: package, version, app id, status and tasks, from Marathon'
            cand remove 'Remove the members from Marathon, in reverse dependency order'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'smack;stack;render'= {
            cand -o 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]'
            cand --output 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]'
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand --json 'The same as `-o json`'
            cand --no-validate 'Print the app even if Marathon would refuse it'
            cand --strict 'Treat warnings (fields Marathon drops or changes) as errors, for CI'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;stack;apply'= {
            cand --timeout 'Give up waiting after this long (exit 8)'
            cand --undo-timeout 'With --atomic: how long the undo of a failed or interrupted change may take, a wait of its own (exit 8 past it, saying that it is the undo that is still running)'
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand --dry-run 'Show the plan and stop'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --atomic 'When a member fails or the deployment is still running at --timeout, roll the whole stack back to what it was before (Marathon''s deployment rollback). Implies --wait'
            cand --force 'Replace a deployment that holds the members (Marathon''s ?force=true)'
            cand --wait 'Wait for the deployment to finish (the default in a terminal)'
            cand --no-wait 'Return as soon as Marathon accepted the change (the default without a terminal)'
            cand --no-validate 'Print the app even if Marathon would refuse it'
            cand --strict 'Treat warnings (fields Marathon drops or changes) as errors, for CI'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;stack;status'= {
            cand -o 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]'
            cand --output 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]'
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand --json 'The same as `-o json`'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;stack;remove'= {
            cand --timeout 'Give up waiting after this long (exit 8)'
            cand --undo-timeout 'With --atomic: how long the undo of a failed or interrupted change may take, a wait of its own (exit 8 past it, saying that it is the undo that is still running)'
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --wait 'Wait for the deployment to finish (the default in a terminal)'
            cand --no-wait 'Return as soon as Marathon accepted the change (the default without a terminal)'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;stack;help'= {
            cand render 'Print every member''s app JSON in deployment order, as the stack sends it; contacts nobody. `-o json` prints the Marathon group of the members as one document'
            cand apply 'Make Marathon match the file: show the plan (create, update with a diff, unchanged, removals), ask, then send every member as one group deployment and follow it'
            cand status 'Each member: package, version, app id, status and tasks, from Marathon'
            cand remove 'Remove the members from Marathon, in reverse dependency order'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'smack;stack;help;render'= {
        }
        &'smack;stack;help;apply'= {
        }
        &'smack;stack;help;status'= {
        }
        &'smack;stack;help;remove'= {
        }
        &'smack;stack;help;help'= {
        }
        &'smack;ui'= {
            cand --listen 'The address to serve on; port 0 picks a free one. Anything but loopback is reachable by other machines (a warning says so)'
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand --open 'Open the page in the default browser'
            cand --no-remote-icons 'Show the generated placeholders instead of fetching package icons from the addresses in resource.json (for machines that must not reach out)'
            cand --allow-private-icons 'Fetch icons from loopback, private and link-local addresses too (by default only public addresses are asked, so that a package cannot make the server reach into your network). Only for a catalog whose repositories are all local directories or files'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;serve'= {
            cand --listen 'The address to serve on; port 0 picks a free one. Anything but loopback needs a client token'
            cand --client-token-file 'Require `Authorization: token=<first line of FILE>` of every client [env: SMACK_SERVE_TOKEN, the token itself]. The credentials for Marathon are another setting: --token-file, SMACK_TOKEN or marathon.token_file, as for every command'
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand --allow-repository-changes 'Let clients add and delete repositories (`package/repository/add|delete`), which change the config file; off by default'
            cand --allow-private-repositories 'Let an added repository be fetched from a private address (loopback, the local network); off by default: only public http(s) addresses'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;config'= {
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Every key: its value and where it comes from (flag, env, file or default)'
            cand get 'Print one key''s value in effect'
            cand set 'Set a key in the config file'
            cand unset 'Remove a key from the config file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'smack;config;show'= {
            cand -o 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]'
            cand --output 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]'
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand --json 'The same as `-o json`'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;config;get'= {
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;config;set'= {
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;config;unset'= {
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;config;help'= {
            cand show 'Every key: its value and where it comes from (flag, env, file or default)'
            cand get 'Print one key''s value in effect'
            cand set 'Set a key in the config file'
            cand unset 'Remove a key from the config file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'smack;config;help;show'= {
        }
        &'smack;config;help;get'= {
        }
        &'smack;config;help;set'= {
        }
        &'smack;config;help;unset'= {
        }
        &'smack;config;help;help'= {
        }
        &'smack;completion'= {
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;man'= {
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;sandbox'= {
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Show the agents of the sandbox (or any Mesos master behind the Marathon smack talks to) and what is placed on them'
            cand reset 'Forget everything the embedded sandbox has installed'
            cand serve 'Serve the Marathon v2 API subset smack and common clients use, until interrupted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'smack;sandbox;status'= {
            cand -o 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]'
            cand --output 'table or json [default: the config''s output.format, else table] [env: SMACK_OUTPUT]'
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand --json 'The same as `-o json`'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;sandbox;reset'= {
            cand --catalog 'A catalog to read packages from instead of the configured repositories: a Universe directory, a repository index file or its http(s) URL. Repeatable; the first catalog that has a package wins [env: SMACK_CATALOG, comma-separated]'
            cand --marathon 'Marathon''s URL (`http://marathon.example:8080`) [env: SMACK_MARATHON_URL]. Default: smack''s local sandbox'
            cand --dcos-url 'A DC/OS cluster''s URL: Marathon is reached at URL/service/marathon. Not with --marathon; either flag overrides the other''s environment variable [env: SMACK_DCOS_URL]'
            cand --token-file 'A file holding the DC/OS auth token (or set SMACK_TOKEN). Sent as `Authorization: token=...` [env: SMACK_TOKEN_FILE]'
            cand --http-credentials-file 'A file holding Marathon''s HTTP credentials, `user:password` (Marathon''s --http_credentials), sent as HTTP Basic [env: SMACK_HTTP_CREDENTIALS_FILE]'
            cand --ca-file 'A PEM file of CA certificates to trust for Marathon [env: SMACK_CA_FILE]'
            cand --request-timeout 'How long one HTTP request may take [default: 30s] [env: SMACK_REQUEST_TIMEOUT]'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --insecure 'Do not verify TLS certificates (unsafe; only when asked) [env: SMACK_INSECURE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;sandbox;serve'= {
            cand --listen 'Address to listen on; port 0 picks a free one'
            cand --token 'Require `Authorization: token=T` and answer 401 as DC/OS does otherwise [env: SMACK_SANDBOX_TOKEN]'
            cand --token-file 'Read the token from this file (first line), so that it shows neither in `ps` nor in the environment'
            cand --http-credentials 'Require Marathon''s HTTP credentials, USER:PASS, as Marathon''s `--http_credentials` does (HTTP Basic; Jetty''s 401 otherwise) [env: MESOSPHERE_HTTP_CREDENTIALS]'
            cand --http-credentials-file 'Read the HTTP credentials from this file (first line, USER:PASS), out of `ps`'
            cand --state 'Keep the state in this file (written atomically); default: in memory'
            cand --deploy-seconds 'How long a deployment takes, in seconds (fractions allowed)'
            cand --fail-first 'Answer the first N requests with 503, as a Marathon without a leader does'
            cand --mesos-role 'Answer as Marathon''s `--mesos_role` ROLE [default: slave_public, as DC/OS configures it]'
            cand --enable-features 'Answer as Marathon''s `--enable_features` LIST [default: DC/OS''s vips,task_killing,external_volumes,gpu_resources]'
            cand --deprecated-features 'Answer as Marathon''s `--deprecated_features` LIST (1.10: sanitize_accepted_resource_roles)'
            cand --cluster 'Model this cluster: a TOML or JSON list of agents, or a Mesos master''s `/master/state-summary` answer [default: DC/OS''s smallest production cluster, 5 private agents and 1 public]'
            cand --catalog 'catalog'
            cand --marathon 'marathon'
            cand --dcos-url 'dcos-url'
            cand --ca-file 'ca-file'
            cand --request-timeout 'request-timeout'
            cand --marathon-version 'The Marathon line (1.4 to 1.11) apps are checked against. Default: the Marathon smack talks to (its /v2/info), else 1.11 as DC/OS configures it [env: SMACK_MARATHON_VERSION]'
            cand --insecure 'insecure'
            cand -q 'Print only results and errors, no warnings or notes'
            cand --quiet 'Print only results and errors, no warnings or notes'
            cand -v 'Also print every HTTP request and its answer on stderr (never the token)'
            cand --verbose 'Also print every HTTP request and its answer on stderr (never the token)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'smack;sandbox;help'= {
            cand status 'Show the agents of the sandbox (or any Mesos master behind the Marathon smack talks to) and what is placed on them'
            cand reset 'Forget everything the embedded sandbox has installed'
            cand serve 'Serve the Marathon v2 API subset smack and common clients use, until interrupted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'smack;sandbox;help;status'= {
        }
        &'smack;sandbox;help;reset'= {
        }
        &'smack;sandbox;help;serve'= {
        }
        &'smack;sandbox;help;help'= {
        }
        &'smack;help'= {
            cand catalog 'Search and describe the packages of the catalog'
            cand render 'Render a package''s Marathon app JSON to stdout (a dry run of install)'
            cand lint 'Check packages or whole catalogs: schemas, templates, rendering with defaults'
            cand install 'Install a package on Marathon'
            cand list 'List installed packages (apps carrying DCOS_PACKAGE_* labels, DC/OS''s own included)'
            cand upgrade 'Upgrade an installed package to another version or new options'
            cand uninstall 'Uninstall a package: remove its Marathon app'
            cand history 'An app''s revisions as Marathon keeps them, newest first, with what each changed'
            cand rollback 'Roll an app back to an earlier revision with Marathon''s own rollback'
            cand restart 'Restart an app: every task replaced, the definition unchanged'
            cand get 'What is in force for an app: the options, the app definition, the notes'
            cand status 'Show an installed app: package, deployment and tasks'
            cand repo 'Manage the repositories packages come from'
            cand stack 'Stacks: several packages and apps declared in one file, with their dependencies'
            cand ui 'Serve the catalog as a web page: browse, fill the options form, review the app JSON, install, and watch the services deploy'
            cand serve 'DC/OS''s package service (Cosmos''s API) for this Marathon, so that the DC/OS CLI works without DC/OS'
            cand config 'Show and change the configuration file'
            cand completion 'Print a shell completion script'
            cand man 'Print the man page (roff)'
            cand sandbox 'A local Marathon stand-in, for trying smack and for tests'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'smack;help;catalog'= {
            cand search 'Search packages by name, tag and description (`*` globs on the name)'
            cand describe 'Show a package: metadata, options schema, versions'
        }
        &'smack;help;catalog;search'= {
        }
        &'smack;help;catalog;describe'= {
        }
        &'smack;help;render'= {
        }
        &'smack;help;lint'= {
        }
        &'smack;help;install'= {
        }
        &'smack;help;list'= {
        }
        &'smack;help;upgrade'= {
        }
        &'smack;help;uninstall'= {
        }
        &'smack;help;history'= {
        }
        &'smack;help;rollback'= {
        }
        &'smack;help;restart'= {
        }
        &'smack;help;get'= {
            cand options 'The options in force: the user''s (DCOS_PACKAGE_OPTIONS), or with --all merged over the package''s defaults as the render used them. `-o json` prints a file `install --options` takes'
            cand app 'The app definition Marathon holds (without its status fields), as JSON'
            cand notes 'The post-install notes of the app''s package'
        }
        &'smack;help;get;options'= {
        }
        &'smack;help;get;app'= {
        }
        &'smack;help;get;notes'= {
        }
        &'smack;help;status'= {
        }
        &'smack;help;repo'= {
            cand add 'Add a repository (a Universe directory, an index file, an http(s) URL, or builtin:universe)'
            cand list 'List the repositories, in the order they are searched'
            cand remove 'Remove repositories by name'
            cand update 'Download the index of remote repositories into the cache (all, or those named)'
            cand index 'Build a repository index file from a Universe directory'
        }
        &'smack;help;repo;add'= {
        }
        &'smack;help;repo;list'= {
        }
        &'smack;help;repo;remove'= {
        }
        &'smack;help;repo;update'= {
        }
        &'smack;help;repo;index'= {
        }
        &'smack;help;stack'= {
            cand render 'Print every member''s app JSON in deployment order, as the stack sends it; contacts nobody. `-o json` prints the Marathon group of the members as one document'
            cand apply 'Make Marathon match the file: show the plan (create, update with a diff, unchanged, removals), ask, then send every member as one group deployment and follow it'
            cand status 'Each member: package, version, app id, status and tasks, from Marathon'
            cand remove 'Remove the members from Marathon, in reverse dependency order'
        }
        &'smack;help;stack;render'= {
        }
        &'smack;help;stack;apply'= {
        }
        &'smack;help;stack;status'= {
        }
        &'smack;help;stack;remove'= {
        }
        &'smack;help;ui'= {
        }
        &'smack;help;serve'= {
        }
        &'smack;help;config'= {
            cand show 'Every key: its value and where it comes from (flag, env, file or default)'
            cand get 'Print one key''s value in effect'
            cand set 'Set a key in the config file'
            cand unset 'Remove a key from the config file'
        }
        &'smack;help;config;show'= {
        }
        &'smack;help;config;get'= {
        }
        &'smack;help;config;set'= {
        }
        &'smack;help;config;unset'= {
        }
        &'smack;help;completion'= {
        }
        &'smack;help;man'= {
        }
        &'smack;help;sandbox'= {
            cand status 'Show the agents of the sandbox (or any Mesos master behind the Marathon smack talks to) and what is placed on them'
            cand reset 'Forget everything the embedded sandbox has installed'
            cand serve 'Serve the Marathon v2 API subset smack and common clients use, until interrupted'
        }
        &'smack;help;sandbox;status'= {
        }
        &'smack;help;sandbox;reset'= {
        }
        &'smack;help;sandbox;serve'= {
        }
        &'smack;help;help'= {
        }
    ]
    $completions[$command]
}
