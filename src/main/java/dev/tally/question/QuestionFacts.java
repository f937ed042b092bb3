package dev.tally.question;

import dev.tally.common.DomainException;
import dev.tally.common.FieldError;

import java.util.List;
import java.util.UUID;

/** The domain facts of the question bank. */
final class QuestionFacts {

    private QuestionFacts() {
    }

    static final class QuestionNotFound extends DomainException.NotFound {
        QuestionNotFound(UUID id) {
            super("question-not-found", "No question " + id + " exists in your bank.");
        }
    }

    static final class QuestionVersionNotFound extends DomainException.NotFound {
        QuestionVersionNotFound(UUID id, int version) {
            super("question-version-not-found", "Question " + id + " has no version " + version + ".");
        }
    }

    static final class QuestionVersionIdNotFound extends DomainException.NotFound {
        QuestionVersionIdNotFound(UUID versionId) {
            super("question-version-not-found", "No question version " + versionId + " exists in your bank.");
        }
    }

    static final class RedFlagNotFound extends DomainException.NotFound {
        RedFlagNotFound(UUID id) {
            super("red-flag-not-found", "No red flag " + id + " exists in your catalogue.");
        }
    }

    static final class BuiltInContentIsReadOnly extends DomainException.Forbidden {
        BuiltInContentIsReadOnly(String code) {
            super("built-in-read-only", "Question " + code + " is built in and read-only. Create a question of your own instead.");
        }
    }

    static final class QuestionCodeTaken extends DomainException.Conflict {
        QuestionCodeTaken(String code) {
            super("question-code-taken", "Your bank already has a question with the code " + code + ".");
        }
    }

    static final class RedFlagTitleTaken extends DomainException.Conflict {
        RedFlagTitleTaken(String title) {
            super("red-flag-title-taken", "Your catalogue already has a red flag titled '" + title + "'.");
        }
    }

    /** The change was made from an older version than the latest; the body carries the latest. */
    static final class StaleQuestionVersion extends DomainException.Conflict {
        private final QuestionView current;

        StaleQuestionVersion(QuestionView current, int basedOn) {
            super("stale-version", "The change was based on version " + basedOn + ", but the question is now at version "
                    + current.latestVersion() + ". Re-apply your change to the current version.");
            this.current = current;
        }

        @Override
        public Object current() {
            return current;
        }
    }

    static final class InvalidQuestion extends DomainException.Invalid {
        InvalidQuestion(List<FieldError> errors) {
            super("invalid-question", "The question breaks the bank's rules; see errors.", errors);
        }
    }
}
