package dev.tally.access;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("organisation")
record Organisation(@Id UUID id, String name, Kind kind, @DateCreated Instant createdAt) {

    enum Kind {
        BUILTIN,
        /** Created at bootstrap; its admins may create further organisations. */
        PRIMARY,
        STANDARD
    }
}
