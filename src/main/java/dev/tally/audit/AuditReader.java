package dev.tally.audit;

import dev.tally.common.Caller;
import dev.tally.common.PageRequest;
import dev.tally.common.PageView;
import dev.tally.common.UuidArray;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads the audit log for admins, leaving out what blind scoring still hides from the caller. Apart from
 * {@link AuditLog}, which every feature writes through, so that reading may ask those features without a cycle.
 */
@Singleton
class AuditReader {

    private final AuditRepository events;
    private final HiddenFromAudit hidden;
    private final AuditActors actors;

    AuditReader(AuditRepository events, HiddenFromAudit hidden, AuditActors actors) {
        this.events = events;
        this.hidden = hidden;
        this.actors = actors;
    }

    @Transactional(readOnly = true)
    PageView<AuditEvent> find(Caller caller, @Nullable String entityType, @Nullable UUID entityId, @Nullable UUID actorId,
                              PageRequest paging) {
        String hiddenIds = UuidArray.of(hidden.scorecardsHiddenFrom(caller));
        List<AuditEvent.Row> rows = events.find(caller.orgId(), entityType, entityId, actorId, hiddenIds, paging.size(), paging.offset());
        Map<UUID, String> emails = actors.emailsOf(caller, rows.stream().map(AuditEvent.Row::actorId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return PageView.of(rows.stream().map(row -> row.by(emails)).toList(), paging,
                events.count(caller.orgId(), entityType, entityId, actorId, hiddenIds));
    }
}
