package dev.tally.hiring;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;

import java.util.UUID;

/** Which interviews a list shows, bound from the query. */
@Introspected
record InterviewFilter(@QueryValue(defaultValue = "false") boolean mine,
                       @Nullable @QueryValue UUID candidateId,
                       @Nullable @QueryValue UUID openingId,
                       @QueryValue(defaultValue = "false") boolean includeCancelled,
                       @QueryValue(defaultValue = "false") boolean pending,
                       @QueryValue(defaultValue = "false") boolean missingScorecards) {
}
