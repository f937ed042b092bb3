package dev.tally.question;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** What a question assesses, from a fixed vocabulary shared by every organisation. */
@Serdeable
@MappedEntity("competency")
public record Competency(@Id String code, String name, String description, int position) {
}
