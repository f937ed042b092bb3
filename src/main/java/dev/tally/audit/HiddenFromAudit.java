package dev.tally.audit;

import dev.tally.common.Caller;

import java.util.Set;
import java.util.UUID;

/**
 * Entities whose audit entries a caller may not read yet. Blind scoring decides it (the scorecard feature implements
 * this), and the audit log asks, so that the log never depends on the features it records.
 */
public interface HiddenFromAudit {

    Set<UUID> scorecardsHiddenFrom(Caller caller);
}
