package dev.tally.hiring;

import java.util.Set;
import java.util.UUID;

/** What scoring needs to know of an interview: its kit version, its panel and who manages its opening. */
public record InterviewContext(UUID id, UUID openingId, UUID candidateId, UUID hiringManagerId, UUID kitVersionId, Set<UUID> panel) {

    public boolean onPanel(UUID userId) {
        return panel.contains(userId);
    }
}
