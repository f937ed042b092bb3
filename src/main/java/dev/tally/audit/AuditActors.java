package dev.tally.audit;

import dev.tally.common.Caller;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Who the log's actors are. The access feature owns the users and implements this, and the log asks, so that the log
 * never reads another feature's tables nor depends on the features it records.
 */
public interface AuditActors {

    /** The emails of these users of the caller's organisation, deactivated ones too; ids it has not are left out. */
    Map<UUID, String> emailsOf(Caller caller, Collection<UUID> ids);
}
