package dev.tally.question;

import dev.tally.common.BuiltInContent;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** A red flag of the catalogue: what the interviewer observes, and how much it weighs. */
@Serdeable
public record RedFlagView(UUID id, String title, Severity severity, String description, boolean builtIn) {

    static RedFlagView from(RedFlag flag) {
        return new RedFlagView(flag.id(), flag.title(), flag.severity(), flag.description(), BuiltInContent.ORG_ID.equals(flag.orgId()));
    }
}
