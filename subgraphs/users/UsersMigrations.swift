/// The users subgraph's tables: people and what they did.
enum UsersMigrations {
    static let all: [(id: String, sql: String)] = [
        (
            "users-001-users",
            """
            CREATE TABLE IF NOT EXISTS users (
                id bigserial PRIMARY KEY,
                email text NOT NULL UNIQUE,
                name text NOT NULL,
                role text NOT NULL DEFAULT 'MEMBER'
                    CHECK (role IN ('ADMIN', 'MANAGER', 'MEMBER')),
                password_hash text NOT NULL,
                is_active boolean NOT NULL DEFAULT true,
                created_at timestamptz NOT NULL DEFAULT now(),
                last_login timestamptz
            );
            CREATE INDEX IF NOT EXISTS users_email_active_idx
                ON users (email, is_active) WHERE is_active;
            CREATE INDEX IF NOT EXISTS users_created_at_idx ON users (created_at DESC);
            """
        ),
        (
            "users-002-activity",
            """
            CREATE TABLE IF NOT EXISTS user_activity_logs (
                id bigserial PRIMARY KEY,
                user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                action_type text NOT NULL,
                details jsonb,
                created_at timestamptz NOT NULL DEFAULT now()
            );
            CREATE INDEX IF NOT EXISTS user_activity_logs_user_action_idx
                ON user_activity_logs (user_id, action_type, created_at DESC);
            CREATE INDEX IF NOT EXISTS user_activity_logs_user_created_idx
                ON user_activity_logs (user_id, created_at DESC, id DESC);
            """
        ),
    ]
}
