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
 * Once, at the first start after outcomes began to be stored (V22): computes the stored outcome of every interview that
 * existed before, from its submitted revisions, a batch per transaction, before the service answers requests, so that no
 * report is ever read from a half-filled projection.
 */
@Singleton
class OutcomeBackfill implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(OutcomeBackfill.class);
    private static final int BATCH = 200;

    private final InterviewOutcomes outcomes;
    private final InterviewService interviews;

    OutcomeBackfill(InterviewOutcomes outcomes, InterviewService interviews) {
        this.outcomes = outcomes;
        this.interviews = interviews;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (outcomes.backfilled()) {
            return;
        }
        LOG.info("Computing the stored outcome of every interview scheduled before outcomes were stored");
        InterviewRef after = null;
        long done = 0;
        List<InterviewRef> batch;
        while (!(batch = interviews.interviewsAfter(after, BATCH)).isEmpty()) {
            outcomes.backfill(batch);
            done += batch.size();
            after = batch.get(batch.size() - 1);
            LOG.info("Stored outcomes: {} interviews checked", done);
        }
        outcomes.markBackfilled();
        LOG.info("Stored outcomes complete: {} interviews checked", done);
    }
}
