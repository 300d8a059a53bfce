/// `xpgraph help`: what each subcommand does.
enum HelpCommand {
    static let text = """
        xpgraph: the XP Graph federation gateway, its subgraphs and tools.

        Usage: xpgraph <command> [options]

          serve [--data DIR] [--port 4000] [--users 1000] [--jwt-secret-file F]
              Everything on one machine: PostgreSQL and Redis under DIR (./data),
              migrations, demo data when empty, the four subgraphs on ports
              4001-4004 and the gateway on http://localhost:PORT/graphql.
              With DATABASE_URL and REDIS_URL set, uses those servers instead.
          subgraph <users|auth|forms|gps> --port P
              One subgraph. Needs DATABASE_URL, REDIS_URL, XPGRAPH_JWT_SECRET.
          gateway --supergraph schema/supergraph.graphql --port P
          gateway --subgraph name=url [--subgraph name=url ...] --port P
          gateway ... [--redis redis://HOST:PORT] [--jwt-secret-file F] [--safelist M.json]
              The gateway alone; with the second form it composes the subgraphs'
              live _service SDLs. --redis (or REDIS_URL) shares persisted queries
              between gateways; --jwt-secret-file (or XPGRAPH_JWT_SECRET, at
              least 32 bytes) checks access tokens. --safelist (also for serve) runs
              only the operations of a persisted-query manifest, by sha256 hash or
              identical text; others get 403 PERSISTED_QUERY_NOT_IN_SAFELIST or
              OPERATION_NOT_IN_SAFELIST, and APQ registration is off.
          compose [--config xpgraph.json] [--out schema/supergraph.graphql]
              Composes schema/{users,auth,forms,gps}.graphql (or the config's
              list of {name, url, sdl}) into a supergraph SDL.
          migrate                       Applies migrations to DATABASE_URL.
          seed --users N [--seed S]     Replaces DATABASE_URL's data with demo data.
          plan [--supergraph F] QUERY_FILE [--json]
              Prints the query plan of an operation.
          bench --url URL [--concurrency 50] [--duration 30] [--login EMAIL]
                [--query schema/operations/Dashboard.graphql]
              Drives an operation through a gateway; prints requests/s and latency.
          bench-planner [--iterations 2000] [--query F]
              Cold and cached planning time of the reference query and of a
              50-fragment query over a generated 100-type supergraph.
          bench-subgraphs [--port-base 4201] [--replay N]
              The public federation benchmark's four subgraphs with their static
              data (bench/gateway/run.sh drives them through a gateway).
          exec --schema S --data root.json [--variables V.json] [--operation NAME] [QUERY_FILE | -]
          mock --schema S --data root.json [--port 4000]
              Runs (exec) or serves over HTTP (mock) a schema whose fields read root.json.
          check (--supergraph OLD.graphql | --base-rev GITREV) [--subgraph name=path ...]
                [--operations DIR] [--manifest M.json] [--format text|json|github]
                [--allow-unused-removals]
              Composes the subgraphs (default schema/*.graphql), classifies every API
              change as breaking, dangerous or safe and validates client operations;
              exits 1 on composition errors, breaking changes or broken operations.
          codegen swift --schema S.graphql --output DIR [--namespace NAME]
              Swift enums, inputs, object structs and resolver protocols.
          codegen client --schema API.graphql --operations DIR --output DIR
                [--scalar Name=tsType ...]
              TypeScript types per operation and persisted-query-manifest.json.
          introspect URL [--header 'Name: value']
              Prints the SDL of a live endpoint (standard introspection query).
          help                          This text.

        Environment: XPGRAPH_LOG_LEVEL=debug|info|warn|error (logs go to stderr).
        """

    static func run() { print(text) }
}
