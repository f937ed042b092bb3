package dev.tally.access;

import dev.tally.audit.AuditActors;
import dev.tally.common.Caller;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The audit log's actors, from the users this feature owns: one read for a page of events. */
@Singleton
class AuditActorEmails implements AuditActors {

    private final AccessService access;

    AuditActorEmails(AccessService access) {
        this.access = access;
    }

    @Override
    public Map<UUID, String> emailsOf(Caller caller, Collection<UUID> ids) {
        return access.colleagues(caller, ids).values().stream().collect(Collectors.toMap(Colleague::id, Colleague::email));
    }
}
