package dev.tally.scorecard;

import dev.tally.common.DomainException;
import dev.tally.common.FieldError;

import java.util.List;
import java.util.UUID;

/** The domain facts of scoring. */
final class ScorecardFacts {

    private ScorecardFacts() {
    }

    static final class NotOnThisPanel extends DomainException.Forbidden {
        NotOnThisPanel() {
            super("not-on-the-panel", "Only the interview's panel members score it, each on their own scorecard.");
        }
    }

    static final class SubmitYourOwnFirst extends DomainException.Forbidden {
        SubmitYourOwnFirst() {
            super("submit-your-own-first", "Submit your own scorecard before reading your co-panelists': scores stay independent until then.");
        }
    }

    static final class MayNotReadScorecards extends DomainException.Forbidden {
        MayNotReadScorecards() {
            super("may-not-read-scorecards", "Submitted scorecards are for the panel, the opening's hiring manager, recruiters and admins.");
        }
    }

    static final class ItemNotInKit extends DomainException.NotFound {
        ItemNotInKit(int position) {
            super("item-not-in-kit", "The interview's kit has no item " + position + ".");
        }
    }

    static final class FlagNotOnChecklist extends DomainException.NotFound {
        FlagNotOnChecklist(UUID id) {
            super("flag-not-on-checklist", "Red flag " + id + " is not on the interview's checklist.");
        }
    }

    static final class SubmittedScorecardNotFound extends DomainException.NotFound {
        SubmittedScorecardNotFound() {
            super("scorecard-not-found", "No submitted scorecard (or revision) of that interviewer exists for this interview.");
        }
    }

    static final class ScorecardAlreadySubmitted extends DomainException.Conflict {
        private final Object current;

        ScorecardAlreadySubmitted(Object current) {
            super("scorecard-submitted", "The scorecard is submitted and cannot change. To correct it, amend it with a reason "
                    + "(POST …/scorecard/amend); the submitted revision is kept.");
            this.current = current;
        }

        @Override
        public Object current() {
            return current;
        }
    }

    static final class StaleScorecard extends DomainException.Conflict {
        private final Object current;

        StaleScorecard(int baseVersion, int version, Object current) {
            super("stale-version", "This change was made from version " + baseVersion + " of the scorecard, which is now at version "
                    + version + " (another device or tab saved since). Reload the current state, then re-apply the change.");
            this.current = current;
        }

        @Override
        public Object current() {
            return current;
        }
    }

    static final class NotAmendable extends DomainException.Conflict {
        NotAmendable(String detail) {
            super("not-amendable", detail);
        }
    }

    static final class InvalidAnswer extends DomainException.Invalid {
        InvalidAnswer(List<FieldError> errors) {
            super("invalid-answer", "The answer breaks the scorecard's rules; see errors.", errors);
        }
    }

    static final class ScorecardIncomplete extends DomainException.Invalid {
        ScorecardIncomplete(List<FieldError> errors) {
            super("scorecard-incomplete", "The scorecard cannot be submitted yet: " + errors.size()
                    + (errors.size() == 1 ? " thing needs" : " things need") + " your attention; see errors.", errors);
        }
    }
}
