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

    /** A reader's time zone or language that the printable report cannot write dates in. */
    static final class InvalidReader extends DomainException.Invalid {
        InvalidReader(FieldError error) {
            super("invalid-request", "The report cannot be written for this reader; see errors.", List.of(error));
        }
    }

    static final class NotYourOpening extends DomainException.Forbidden {
        NotYourOpening() {
            super("not-your-opening", "Hiring managers read the reports of the openings they manage.");
        }
    }
}
