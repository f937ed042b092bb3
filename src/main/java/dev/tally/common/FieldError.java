package dev.tally.common;

import io.micronaut.serde.annotation.Serdeable;

/** One field of a request and the rule it broke. */
@Serdeable
public record FieldError(String field, String message) {
}
