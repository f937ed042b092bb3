package dev.tally.scorecard;

import dev.tally.audit.HiddenFromAudit;
import dev.tally.common.Caller;
import dev.tally.common.UuidArray;
import dev.tally.hiring.InterviewContext;
import dev.tally.hiring.InterviewService;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The one rule of blind scoring, asked by every read that carries scores: until a caller has submitted their own
 * scorecard for an interview whose panel they sit on, nothing derived from that interview's scores reaches them, whatever
 * other roles they hold. Roles decide who may read reports at all; this decides which interviews they leave out.
 */
@Singleton
public class ScoreVisibility implements HiddenFromAudit {

    private final InterviewService interviews;
    private final ScorecardRepository scorecards;

    ScoreVisibility(InterviewService interviews, ScorecardRepository scorecards) {
        this.interviews = interviews;
        this.scorecards = scorecards;
    }

    /** The interviews whose scores the caller may not read yet: on their panel, their own scorecard not yet submitted. */
    @Transactional(readOnly = true)
    public Hidden hiddenFrom(Caller caller) {
        Set<UUID> panels = interviews.panelInterviewsOf(caller);
        if (panels.isEmpty()) {
            return Hidden.NOTHING;
        }
        Set<UUID> hidden = new HashSet<>(panels);
        scorecards.submittedAmong(caller.orgId(), UuidArray.of(panels), caller.userId()).forEach(hidden::remove);
        return new Hidden(Set.copyOf(hidden));
    }

    /** Whether the caller sits on this interview's panel and has not submitted: then its scorecards stay closed to them. */
    boolean hides(Caller caller, InterviewContext interview) {
        return interview.onPanel(caller.userId()) && scorecards.find(caller.orgId(), interview.id(), caller.userId())
                .map(own -> own.revision() == 0).orElse(true);
    }

    /** Every scorecard of the hidden interviews: their audit entries carry the submitted scores. */
    @Override
    @Transactional(readOnly = true)
    public Set<UUID> scorecardsHiddenFrom(Caller caller) {
        Hidden hidden = hiddenFrom(caller);
        return hidden.interviews().isEmpty() ? Set.of()
                : Set.copyOf(scorecards.scorecardsOf(caller.orgId(), hidden.asArray()));
    }

    /** Interviews hidden from one caller. */
    public record Hidden(Set<UUID> interviews) {

        public static final Hidden NOTHING = new Hidden(Set.of());

        public boolean hides(UUID interviewId) {
            return interviews.contains(interviewId);
        }

        /** As a PostgreSQL array literal, for {@code NOT (i.id = ANY(CAST(:hidden AS uuid[])))}; '{}' hides nothing. */
        public String asArray() {
            return UuidArray.of(interviews);
        }
    }
}
