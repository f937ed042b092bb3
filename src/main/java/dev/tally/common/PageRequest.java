package dev.tally.common;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.annotation.QueryValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Which page of a list to return, bound from the query parameters {@code page} (from 0) and {@code size}. */
@Introspected
public record PageRequest(
        @QueryValue(defaultValue = "0") @Min(value = 0, message = "must be 0 or more")
        @Max(value = MAX_PAGE, message = "must be at most " + MAX_PAGE) int page,
        @QueryValue(defaultValue = "20") @Min(value = 1, message = "must be at least 1")
        @Max(value = MAX_SIZE, message = "must be at most " + MAX_SIZE) int size) {

    public static final int MAX_SIZE = 100;
    /** Ten million rows at the largest page size: beyond any list Tally keeps. */
    public static final int MAX_PAGE = 100_000;

    public long offset() {
        return (long) page * size;
    }
}
