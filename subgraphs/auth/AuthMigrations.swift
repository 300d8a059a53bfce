/// The auth subgraph's table: sessions (live refresh tokens are in Redis).
enum AuthMigrations {
    static let all: [(id: String, sql: String)] = [
        (
            "auth-001-sessions",
            """
            CREATE TABLE IF NOT EXISTS user_sessions (
                id bigserial PRIMARY KEY,
                user_id bigint NOT NULL,
                created_at timestamptz NOT NULL DEFAULT now(),
                expires_at timestamptz NOT NULL,
                last_activity timestamptz NOT NULL DEFAULT now(),
                is_active boolean NOT NULL DEFAULT true
            );
            CREATE INDEX IF NOT EXISTS user_sessions_active_idx
                ON user_sessions (user_id, is_active, expires_at) WHERE is_active;
            CREATE INDEX IF NOT EXISTS user_sessions_user_created_idx
                ON user_sessions (user_id, created_at DESC, id DESC);
            """
        )
    ]
}
