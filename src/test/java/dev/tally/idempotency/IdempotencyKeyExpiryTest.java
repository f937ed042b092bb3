package dev.tally.idempotency;

import dev.tally.support.ApiTest;
import dev.tally.support.HiringFixtures.PanelInterview;
import dev.tally.support.Member;
import dev.tally.support.Response;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class IdempotencyKeyExpiryTest extends ApiTest {

    @Inject
    IdempotencyKeyExpiry expiry;

    @Test
    void anExpiredKeyIsForgottenAndALateRetryIsStillNotAppliedTwice() {
        PanelInterview interview = hiring.anInterviewWithPanelOf(fixtures.anOrganisation(), 1);
        Member interviewer = interview.panel().get(0);
        String item = "/api/v1/interviews/" + interview.id() + "/scorecard/items/3";
        String body = api.toJson(Map.of("baseVersion", 0, "score", 2, "note", "Partial"));
        Response first = api.sendRaw("PUT", item, interviewer.token(), body, "application/json", "a-late-retry");

        int forgotten = expiry.forgetOlderThan(Instant.now().plusSeconds(1));
        Response lateRetry = api.sendRaw("PUT", item, interviewer.token(), body, "application/json", "a-late-retry");

        assertThat(first.status()).isEqualTo(200);
        assertThat(forgotten).isPositive();
        assertProblem(lateRetry, 409);
        assertThat(api.get(interviewer.token(), "/api/v1/interviews/" + interview.id() + "/scorecard").number("version"))
                .isEqualTo(1);
    }
}
