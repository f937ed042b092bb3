package dev.tally.access;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("app_user")
record User(@Id UUID id, UUID orgId, String email, String name, String passwordHash,
            @TypeDef(type = DataType.STRING_ARRAY) String[] roles, boolean active,
            @DateCreated Instant createdAt, @DateUpdated Instant updatedAt,
            int tokenGeneration, boolean mustChangePassword) {

    /** The claim in which a token carries the {@link #tokenGeneration()} it was issued at. */
    static final String GENERATION_CLAIM = "gen";
}
