package dev.tally.database;

import jakarta.inject.Singleton;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;

/**
 * Lets exactly one of the instances sharing a database run each run of a scheduled job. Every instance schedules the
 * job; when its turn comes it asks here, and only the first to ask after {@code every} has passed since the last start
 * runs it. A lease row rather than an advisory lock: a lock stops two runs overlapping, not two instances each running
 * their own hourly run minutes apart.
 */
@Singleton
public class SingleRunner {

    private final JobRunRepository runs;
    /** Which instance ran a job, for whoever reads job_run: the JVM's pid@host and a random part, unique per start. */
    private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);

    SingleRunner(JobRunRepository runs) {
        this.runs = runs;
    }

    /** Whether this instance runs {@code job} now; false when another started it less than {@code every} ago. */
    public boolean claim(String job, Duration every) {
        return runs.claim(job, instance, every.toMillis() / 1000.0) == 1;
    }
}
