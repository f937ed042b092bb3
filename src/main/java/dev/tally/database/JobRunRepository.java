package dev.tally.database;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.repository.GenericRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface JobRunRepository extends GenericRepository<JobRun, String> {

    /**
     * Starts a run of {@code name} unless one started less than {@code seconds} ago: one statement, so that of two
     * instances asking at once exactly one moves started_at forward (the row lock of ON CONFLICT decides) and gets 1.
     */
    @Query("""
            WITH claimed AS (
                INSERT INTO job_run (name, started_at, holder) VALUES (:name, now(), :holder)
                ON CONFLICT (name) DO UPDATE SET started_at = now(), holder = excluded.holder
                 WHERE job_run.started_at <= now() - make_interval(secs => :seconds)
                RETURNING 1)
            SELECT count(*) FROM claimed""")
    long claim(String name, String holder, double seconds);
}
