/// The forms subgraph's tables. Owners and submitters are user ids only:
/// names come from the users subgraph through the gateway.
enum FormsMigrations {
    static let all: [(id: String, sql: String)] = [
        (
            "forms-001-forms",
            """
            CREATE TABLE IF NOT EXISTS forms (
                id bigserial PRIMARY KEY,
                owner_id bigint NOT NULL,
                title text NOT NULL,
                description text,
                fields jsonb NOT NULL DEFAULT '[]',
                created_at timestamptz NOT NULL DEFAULT now()
            );
            CREATE INDEX IF NOT EXISTS forms_owner_created_idx
                ON forms (owner_id, created_at DESC, id DESC);
            CREATE INDEX IF NOT EXISTS forms_created_idx ON forms (created_at DESC, id DESC);
            """
        ),
        (
            "forms-002-submissions",
            """
            CREATE TABLE IF NOT EXISTS form_submissions (
                id bigserial PRIMARY KEY,
                form_id bigint NOT NULL REFERENCES forms (id) ON DELETE CASCADE,
                user_id bigint NOT NULL,
                data jsonb NOT NULL,
                created_at timestamptz NOT NULL DEFAULT now()
            );
            CREATE INDEX IF NOT EXISTS form_submissions_form_user_idx
                ON form_submissions (form_id, user_id, created_at DESC);
            CREATE INDEX IF NOT EXISTS form_submissions_form_created_idx
                ON form_submissions (form_id, created_at DESC, id DESC);
            CREATE INDEX IF NOT EXISTS form_submissions_user_created_idx
                ON form_submissions (user_id, created_at DESC, id DESC);
            """
        ),
    ]
}
