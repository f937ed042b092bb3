package dev.tally.fairness;

import dev.tally.common.DomainException;
import dev.tally.common.FieldError;

import java.util.List;
import java.util.UUID;

/** The domain facts of self-identification and fairness monitoring. */
final class FairnessFacts {

    private FairnessFacts() {
    }

    static final class CandidateNotFound extends DomainException.NotFound {
        CandidateNotFound(UUID id) {
            super("candidate-not-found", "No candidate " + id + " exists in your organisation.");
        }
    }

    static final class OpeningNotFound extends DomainException.NotFound {
        OpeningNotFound(UUID id) {
            super("opening-not-found", "No opening " + id + " exists in your organisation.");
        }
    }

    static final class CategoryNotFound extends DomainException.NotFound {
        CategoryNotFound(UUID id) {
            super("category-not-found", "No self-identification category " + id + " exists in your organisation.");
        }
    }

    /** Unknown, expired, used or replaced: all alike, so that the answer tells nothing about a token. */
    static final class LinkNotValid extends DomainException.NotFound {
        LinkNotValid() {
            super("link-not-valid", "This link cannot be used: it has been used already, it expired, or a newer one replaced it. "
                    + "Ask the recruiter for a new one.");
        }
    }

    static final class CategoryNameTaken extends DomainException.Conflict {
        CategoryNameTaken(String name) {
            super("category-name-taken", "A self-identification category named '" + name + "' exists already.");
        }
    }

    static final class InvalidSelfIdentification extends DomainException.Invalid {
        InvalidSelfIdentification(List<FieldError> errors) {
            super("invalid-self-identification", "The request breaks the rules of self-identification; see errors.", errors);
        }
    }
}
