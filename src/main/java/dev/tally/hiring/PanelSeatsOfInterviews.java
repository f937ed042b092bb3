package dev.tally.hiring;

import dev.tally.kit.PanelSeats;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.UUID;

/** Answers the kit feature's question of who may read a kit version: those on a panel of an interview that pins it. */
@Singleton
class PanelSeatsOfInterviews implements PanelSeats {

    private final InterviewRepository interviews;

    PanelSeatsOfInterviews(InterviewRepository interviews) {
        this.interviews = interviews;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean sitsOnPanelUsing(UUID orgId, UUID kitVersionId, UUID userId) {
        return interviews.onPanelUsing(orgId, kitVersionId, userId);
    }
}
