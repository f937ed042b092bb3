package dev.tally.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error response. At most {@link #MAX_ERRORS} field errors are listed and
 * {@code omittedErrors} counts the rest, so a body with thousands of bad values cannot produce an answer many times its size.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      @Nullable List<FieldError> errors, @Nullable Object current, @Nullable Integer omittedErrors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final int MAX_ERRORS = 100;

    static Problem of(String type, String title, int status, String detail, String instance, @Nullable List<FieldError> errors,
                      @Nullable Object current) {
        if (errors == null || errors.isEmpty()) {
            return new Problem(type, title, status, detail, instance, null, current, null);
        }
        if (errors.size() <= MAX_ERRORS) {
            return new Problem(type, title, status, detail, instance, errors, current, null);
        }
        return new Problem(type, title, status, detail, instance, List.copyOf(errors.subList(0, MAX_ERRORS)), current,
                errors.size() - MAX_ERRORS);
    }
}
