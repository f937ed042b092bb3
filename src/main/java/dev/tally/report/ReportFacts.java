package dev.tally.report;

import dev.tally.common.DomainException;
import dev.tally.common.FieldError;

import java.util.List;
import java.util.UUID;

/** The domain facts of reporting. */
final class ReportFacts {

    private ReportFacts() {
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

    static final class QuestionNotFound extends DomainException.NotFound {
        QuestionNotFound(UUID id) {
            super("question-not-found", "No question " + id + " exists in your bank.");
        }
    }

    static final class NotYourOpening extends DomainException.Forbidden {
        NotYourOpening() {
            super("not-your-opening", "Hiring managers read the reports of the openings they manage.");
        }
    }

    /** A comparison takes two to four distinct candidates of the opening. */
    static final class CannotCompare extends DomainException.Invalid {
        CannotCompare(String rule) {
            super("cannot-compare", "Candidates cannot be compared: candidate " + rule + ".",
                    List.of(new FieldError("candidate", rule)));
        }
    }

    /** Every place for heavy reads is taken (see {@link ReportCapacity}); the reports of others are running. */
    static final class ReportsAtCapacity extends DomainException.Overloaded {
        ReportsAtCapacity(long retryAfterSeconds) {
            super("reports-at-capacity", "Reports are at capacity right now: try again in " + retryAfterSeconds
                    + " s. Live scoring is not affected.", retryAfterSeconds);
        }
    }
}
