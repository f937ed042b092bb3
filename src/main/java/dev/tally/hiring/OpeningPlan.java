package dev.tally.hiring;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** An opening with the stages of its plan in order, for features that report per stage. */
@Serdeable
public record OpeningPlan(UUID id, String title, OpeningStatus status, List<Stage> stages) {

    /** An opening as a list shows it. */
    @Serdeable
    public record Heading(UUID id, String title, OpeningStatus status) {
    }

    @Serdeable
    public record Stage(UUID id, int position, String name) {
    }
}
