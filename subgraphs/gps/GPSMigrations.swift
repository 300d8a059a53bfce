/// The gps subgraph's table: location points, partitioned by month so old
/// tracks can be dropped a partition at a time.
enum GPSMigrations {
    static let all: [(id: String, sql: String)] = [
        (
            "gps-001-locations",
            """
            CREATE TABLE IF NOT EXISTS user_locations (
                id bigserial,
                session_id bigint NOT NULL,
                user_id bigint NOT NULL,
                latitude double precision NOT NULL,
                longitude double precision NOT NULL,
                accuracy double precision,
                "timestamp" timestamptz NOT NULL
            ) PARTITION BY RANGE ("timestamp");
            CREATE TABLE IF NOT EXISTS user_locations_default
                PARTITION OF user_locations DEFAULT;
            CREATE INDEX IF NOT EXISTS user_locations_session_time_idx
                ON user_locations (session_id, "timestamp" DESC);
            CREATE INDEX IF NOT EXISTS user_locations_user_time_idx
                ON user_locations (user_id, "timestamp" DESC);
            """
        ),
        (
            "gps-002-monthly-partitions",
            """
            CREATE OR REPLACE FUNCTION xp_ensure_location_partition(month date)
            RETURNS void LANGUAGE plpgsql AS $$
            DECLARE
                first_day date := date_trunc('month', month)::date;
                name text := format('user_locations_y%sm%s',
                    to_char(first_day, 'YYYY'), to_char(first_day, 'MM'));
            BEGIN
                IF to_regclass(name) IS NULL THEN
                    EXECUTE format(
                        'CREATE TABLE %I PARTITION OF user_locations
                         FOR VALUES FROM (%L) TO (%L)',
                        name, first_day, (first_day + interval '1 month')::date);
                END IF;
            END $$;
            SELECT xp_ensure_location_partition((now() + make_interval(months => m))::date)
                FROM generate_series(-3, 12) AS m;
            """
        ),
    ]
}
