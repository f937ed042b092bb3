package dev.tally.hiring;

import dev.tally.common.DomainException;
import dev.tally.common.FieldError;

import java.util.List;
import java.util.UUID;

/** The domain facts of openings, candidates and interviews. */
final class HiringFacts {

    private HiringFacts() {
    }

    static final class OpeningNotFound extends DomainException.NotFound {
        OpeningNotFound(UUID id) {
            super("opening-not-found", "No opening " + id + " exists in your organisation.");
        }
    }

    static final class CandidateNotFound extends DomainException.NotFound {
        CandidateNotFound(UUID id) {
            super("candidate-not-found", "No candidate " + id + " exists in your organisation.");
        }
    }

    static final class InterviewNotFound extends DomainException.NotFound {
        InterviewNotFound(UUID id) {
            super("interview-not-found", "No interview " + id + " exists in your organisation.");
        }
    }

    static final class NotTheHiringManager extends DomainException.Forbidden {
        NotTheHiringManager(String what) {
            super("not-the-hiring-manager", "Only the opening's hiring manager may " + what + ".");
        }
    }

    static final class NotYourOpening extends DomainException.Forbidden {
        NotYourOpening() {
            super("not-your-opening", "Hiring managers see the openings they manage, and their candidates and interviews.");
        }
    }

    static final class NotOnThePanel extends DomainException.Forbidden {
        NotOnThePanel() {
            super("not-on-the-panel", "Only the interview's panel, the opening's hiring manager, recruiters and admins see this interview.");
        }
    }

    static final class StageInUse extends DomainException.Conflict {
        StageInUse(String name) {
            super("stage-in-use", "The stage '" + name + "' has interviews and cannot be removed from the plan.");
        }
    }

    static final class CandidateNotActive extends DomainException.Conflict {
        CandidateNotActive(CandidateStatus status) {
            super("candidate-not-active", "The candidate is " + status.name().toLowerCase() + "; only active candidates are interviewed.");
        }
    }

    static final class CandidateAlreadyAdded extends DomainException.Conflict {
        CandidateAlreadyAdded(String email) {
            super("candidate-already-added", "A candidate with the email " + email + " is already on this opening.");
        }
    }

    static final class PanelMemberHasScorecard extends DomainException.Conflict {
        PanelMemberHasScorecard(UUID userId) {
            super("panel-member-has-scorecard", "Panel member " + userId + " has started a scorecard and cannot be removed from the panel.");
        }
    }

    static final class OpeningClosed extends DomainException.Conflict {
        OpeningClosed() {
            super("opening-closed", "The opening is closed: it takes no new candidates and no new interviews. Reopen it first.");
        }
    }

    static final class InterviewCancelled extends DomainException.Conflict {
        InterviewCancelled() {
            super("interview-cancelled", "The interview is cancelled: it can no longer change or be scored.");
        }
    }

    static final class InterviewHasSubmittedScorecards extends DomainException.Conflict {
        InterviewHasSubmittedScorecards() {
            super("interview-has-submitted-scorecards", "A panelist has submitted a scorecard for this interview, so it took place "
                    + "and cannot be cancelled.");
        }
    }

    /** A CSV import with invalid rows saves nothing; the errors name each row's field, and the report comes along. */
    static final class InvalidCandidateRows extends DomainException.Invalid {
        private final HiringViews.ImportReport report;

        InvalidCandidateRows(HiringViews.ImportReport report, List<FieldError> errors) {
            super("invalid-candidate-rows", report.invalid() + " of the file's " + report.rows().size()
                    + " rows break the rules; nothing was saved. Correct them and import again.", errors);
            this.report = report;
        }

        @Override
        public Object current() {
            return report;
        }
    }

    static final class InvalidHiringRequest extends DomainException.Invalid {
        InvalidHiringRequest(List<FieldError> errors) {
            super("invalid-request", "The request breaks the rules of the hiring process; see errors.", errors);
        }
    }
}
