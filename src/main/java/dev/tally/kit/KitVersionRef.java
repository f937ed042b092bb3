package dev.tally.kit;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** Which kit version something uses: enough to name it and to tell whether it may start new interviews. */
@Serdeable
@Introspected
public record KitVersionRef(UUID versionId, UUID kitId, UUID orgId, int version, String name, KitStatus status) {

    public boolean usableForNewInterviews() {
        return status == KitStatus.PUBLISHED;
    }
}
