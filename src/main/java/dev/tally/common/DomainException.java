package dev.tally.common;

import java.util.List;

/**
 * A fact of the domain that refuses a request, such as {@code KitAlreadyPublished}. Each fact extends one of the
 * kinds below, and {@link ProblemResponses} turns the kind into an HTTP status in one place.
 */
public abstract sealed class DomainException extends RuntimeException
        permits DomainException.NotFound, DomainException.Conflict, DomainException.Forbidden,
        DomainException.Invalid, DomainException.Throttled, DomainException.Overloaded,
        DomainException.Unauthenticated {

    private final String slug;

    protected DomainException(String slug, String detail) {
        super(detail, null, false, false);
        this.slug = slug;
    }

    /** Short, stable name of the fact, used as the problem type: {@code urn:tally:problem:<slug>}. */
    public String slug() {
        return slug;
    }

    /** Extra members for the problem body (for example the current state after a conflict); null when none. */
    public Object current() {
        return null;
    }

    /** The thing does not exist or belongs to another organisation: both answer 404 alike. */
    public abstract static non-sealed class NotFound extends DomainException {
        protected NotFound(String slug, String detail) {
            super(slug, detail);
        }
    }

    /** The request is valid but clashes with the current state (stale version, duplicate, wrong lifecycle step). */
    public abstract static non-sealed class Conflict extends DomainException {
        protected Conflict(String slug, String detail) {
            super(slug, detail);
        }
    }

    /** The caller may not do this to this thing, whatever their role (for example edit a built-in question). */
    public abstract static non-sealed class Forbidden extends DomainException {
        protected Forbidden(String slug, String detail) {
            super(slug, detail);
        }
    }

    /** The request is well-formed but breaks a rule of the domain; lists each field and the rule it broke. */
    public abstract static non-sealed class Invalid extends DomainException {
        private final List<FieldError> errors;

        protected Invalid(String slug, String detail, List<FieldError> errors) {
            super(slug, detail);
            this.errors = List.copyOf(errors);
        }

        public List<FieldError> errors() {
            return errors;
        }
    }

    /** Too many attempts: try again after the given number of seconds. */
    public abstract static non-sealed class Throttled extends DomainException {
        private final long retryAfterSeconds;

        protected Throttled(String slug, String detail, long retryAfterSeconds) {
            super(slug, detail);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /**
     * The service is at its capacity for this kind of request, whoever asks: try again after the given number of
     * seconds. Unlike {@link Throttled} it says nothing about the caller's own request rate.
     */
    public abstract static non-sealed class Overloaded extends DomainException {
        private final long retryAfterSeconds;

        protected Overloaded(String slug, String detail, long retryAfterSeconds) {
            super(slug, detail);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** The caller could not be identified (wrong credentials); says nothing about which part was wrong. */
    public abstract static non-sealed class Unauthenticated extends DomainException {
        protected Unauthenticated(String slug, String detail) {
            super(slug, detail);
        }
    }
}
