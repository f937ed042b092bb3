package dev.tally.hiring;

import dev.tally.common.Caller;

import java.util.UUID;

/**
 * The decision the hiring report suggests for a candidate, as the caller reads it (ADVANCE, DISCUSS, INCOMPLETE or
 * REJECT). The report feature answers it; hiring asks through this port because nothing may depend on reports.
 */
public interface DecisionSuggestions {

    String suggestionFor(Caller caller, UUID candidateId);
}
