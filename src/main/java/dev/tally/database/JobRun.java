package dev.tally.database;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** The last start of a scheduled job. */
@MappedEntity("job_run")
record JobRun(@Id String name, Instant startedAt, String holder) {
}
