package dev.tally.report;

import dev.tally.hiring.InterviewRef;
import dev.tally.hiring.InterviewService;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * At every start, before the service answers requests: computes the stored outcome of every interview that has none
 * (all of them at the first start after V22; afterwards only those an older instance scheduled during an upgrade), from
 * its submitted revisions, a batch per transaction, so that no report is read from a half-filled projection. Checking
 * costs two short queries per 500 interviews.
 */
@Singleton
class OutcomeBackfill implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(OutcomeBackfill.class);
    private static final int BATCH = 500;

    private final InterviewOutcomes outcomes;
    private final InterviewService interviews;

    OutcomeBackfill(InterviewOutcomes outcomes, InterviewService interviews) {
        this.outcomes = outcomes;
        this.interviews = interviews;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (!outcomes.outcomesStored()) {
            return;
        }
        InterviewRef after = null;
        long checked = 0;
        long filled = 0;
        List<InterviewRef> batch;
        while (!(batch = interviews.interviewsAfter(after, BATCH)).isEmpty()) {
            int batchFilled = outcomes.backfill(batch);
            filled += batchFilled;
            checked += batch.size();
            after = batch.get(batch.size() - 1);
            if (batchFilled > 0) {
                LOG.info("Stored outcomes: {} interviews checked, {} computed", checked, filled);
            }
        }
        LOG.info("Stored outcomes complete: {} interviews checked, {} computed", checked, filled);
    }
}
