package dev.tally.kit;

import dev.tally.common.DomainException;
import dev.tally.common.FieldError;

import java.util.List;
import java.util.UUID;

/** The domain facts of interview kits. */
final class KitFacts {

    private KitFacts() {
    }

    static final class KitNotFound extends DomainException.NotFound {
        KitNotFound(UUID id) {
            super("kit-not-found", "No kit " + id + " exists in your organisation.");
        }
    }

    static final class KitVersionNotFound extends DomainException.NotFound {
        KitVersionNotFound(UUID id, int version) {
            super("kit-version-not-found", "Kit " + id + " has no version " + version + ".");
        }
    }

    static final class KitVersionIdNotFound extends DomainException.NotFound {
        KitVersionIdNotFound(UUID versionId) {
            super("kit-version-not-found", "No kit version " + versionId + " exists in your organisation.");
        }
    }

    /** Only published and archived versions have content that never changes; a draft is read as the kit. */
    static final class KitVersionIsADraft extends DomainException.Conflict {
        KitVersionIsADraft(KitVersionRef draft) {
            super("kit-version-is-draft", "Version " + draft.version() + " of this kit is a draft and can still change; read it at "
                    + "/api/v1/kits/" + draft.kitId() + ".");
        }
    }

    /** Only a draft changes; the kit's versions are all published or archived. */
    static final class KitAlreadyPublished extends DomainException.Conflict {
        private final KitView current;

        KitAlreadyPublished(KitView current) {
            super("kit-already-published", "Version " + current.version() + " of this kit is " + current.status().name().toLowerCase()
                    + " and can no longer change. Revise the kit (POST /api/v1/kits/" + current.id() + "/revise) to start version "
                    + (current.version() + 1) + ".");
            this.current = current;
        }

        @Override
        public Object current() {
            return current;
        }
    }

    static final class KitHasADraft extends DomainException.Conflict {
        private final KitView current;

        KitHasADraft(KitView current) {
            super("kit-has-draft", "Version " + current.version() + " of this kit is already a draft; edit or publish it first.");
            this.current = current;
        }

        @Override
        public Object current() {
            return current;
        }
    }

    static final class StaleKitRevision extends DomainException.Conflict {
        private final KitView current;

        StaleKitRevision(KitView current, int basedOn) {
            super("stale-revision", "The change was based on revision " + basedOn + " of the draft, which is now at revision "
                    + current.revision() + ". Someone else changed it; re-apply your change to the current draft.");
            this.current = current;
        }

        @Override
        public Object current() {
            return current;
        }
    }

    static final class NothingToArchive extends DomainException.Conflict {
        NothingToArchive(String detail) {
            super("nothing-to-archive", detail);
        }
    }

    static final class StarterKitIsReadOnly extends DomainException.Forbidden {
        StarterKitIsReadOnly() {
            super("starter-kit-read-only", "Starter kits are read-only. Clone one (POST /api/v1/kits/{id}/clone) to make it your own.");
        }
    }

    static final class KitNotOnYourPanels extends DomainException.Forbidden {
        KitNotOnYourPanels() {
            super("kit-not-on-your-panels", "Interviewers read only the kit versions of interviews whose panel they sit on.");
        }
    }

    static final class InvalidKit extends DomainException.Invalid {
        InvalidKit(List<FieldError> errors) {
            super("invalid-kit", "The kit breaks the rules for kits; see errors.", errors);
        }
    }

    static final class KitNotReadyToPublish extends DomainException.Invalid {
        KitNotReadyToPublish(List<FieldError> errors) {
            super("kit-not-ready", "The draft cannot be published yet; see errors.", errors);
        }
    }
}
