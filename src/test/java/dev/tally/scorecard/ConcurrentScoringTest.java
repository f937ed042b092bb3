package dev.tally.scorecard;

import dev.tally.support.ApiTest;
import dev.tally.support.Concurrently;
import dev.tally.support.HiringFixtures.PanelInterview;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** Real concurrent requests against real PostgreSQL: no lost update, no duplicate, no half-applied change. */
class ConcurrentScoringTest extends ApiTest {

    @Test
    void fiftyConcurrentSavesOfOneItemLeaveOneScorecardWhoseVersionCountsEveryAcknowledgedSave() throws Exception {
        PanelInterview interview = hiring.anInterviewWithPanelOf(fixtures.anOrganisation(), 1);
        Member interviewer = interview.panel().get(0);
        String scorecard = "/api/v1/interviews/" + interview.id() + "/scorecard";
        List<Callable<Response>> saves = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String note = "save " + i;
            saves.add(() -> saveRetryingUntilAcknowledged(interviewer, scorecard + "/items/2", note));
        }

        List<Response> acknowledged = Concurrently.run(saves);

        assertThat(acknowledged).allSatisfy(response -> assertThat(response.status()).isEqualTo(200));
        assertThat(acknowledged).extracting(response -> response.number("version")).doesNotHaveDuplicates();
        Response now = api.get(interviewer.token(), scorecard);
        assertThat(now.number("version")).isEqualTo(50);
        Response last = acknowledged.stream().max(Comparator.comparingDouble(response -> response.number("version"))).orElseThrow();
        assertThat(now.string("items[0].note")).isEqualTo(last.string("item.note"));
        assertThat(now.<List<Object>>get("items")).hasSize(1);
    }

    @Test
    void ofSavesMadeFromOneVersionExactlyOneIsAcknowledged() throws Exception {
        PanelInterview interview = hiring.anInterviewWithPanelOf(fixtures.anOrganisation(), 1);
        Member interviewer = interview.panel().get(0);
        String item = "/api/v1/interviews/" + interview.id() + "/scorecard/items/2";
        List<Callable<Response>> saves = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Map<String, Object> body = Map.of("baseVersion", 0, "score", 1 + i % 4, "note", "device " + i);
            saves.add(() -> api.put(interviewer.token(), item, body));
        }

        List<Response> responses = Concurrently.run(saves);

        assertThat(responses).filteredOn(response -> response.status() == 200).hasSize(1);
        assertThat(responses).filteredOn(response -> response.status() == 409).hasSize(19);
        Response winner = responses.stream().filter(response -> response.status() == 200).findFirst().orElseThrow();
        Response now = api.get(interviewer.token(), "/api/v1/interviews/" + interview.id() + "/scorecard");
        assertThat(now.number("version")).isEqualTo(1);
        assertThat(now.string("items[0].note")).isEqualTo(winner.string("item.note"));
    }

    @Test
    void aRetryRacingTheOriginalRequestIsAppliedOnce() throws Exception {
        PanelInterview interview = hiring.anInterviewWithPanelOf(fixtures.anOrganisation(), 1);
        Member interviewer = interview.panel().get(0);
        String item = "/api/v1/interviews/" + interview.id() + "/scorecard/items/2";
        String body = api.toJson(Map.of("baseVersion", 0, "score", 3, "note", "flaky wifi"));
        List<Callable<Response>> attempts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            attempts.add(() -> api.sendRaw("PUT", item, interviewer.token(), body, "application/json", "retry-me"));
        }

        List<Response> responses = Concurrently.run(attempts);

        assertThat(responses).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(responses.get(0).body());
        });
        assertThat(api.get(interviewer.token(), "/api/v1/interviews/" + interview.id() + "/scorecard").number("version")).isEqualTo(1);
    }

    @Test
    void panelistsSavingAtOnceDoNotDisturbEachOther() throws Exception {
        PanelInterview interview = hiring.anInterviewWithPanelOf(fixtures.anOrganisation(), 3);
        List<Callable<Response>> saves = new ArrayList<>();
        for (Member panelist : interview.panel()) {
            for (int position = 1; position <= 5; position++) {
                int at = position;
                saves.add(() -> saveRetryingUntilAcknowledged(panelist,
                        "/api/v1/interviews/" + interview.id() + "/scorecard/items/" + at, "item " + at + " by " + panelist.email()));
            }
        }

        Concurrently.run(saves);

        for (Member panelist : interview.panel()) {
            Response own = api.get(panelist.token(), "/api/v1/interviews/" + interview.id() + "/scorecard");
            assertThat(own.number("version")).isEqualTo(5);
            assertThat(own.items()).extracting(item -> item.get("note")).allSatisfy(note -> assertThat((String) note).endsWith(panelist.email()));
        }
    }

    @Test
    void aSaveRacingASubmitIsEitherInTheSubmittedRevisionOrRefused() throws Exception {
        Tenant tenant = fixtures.anOrganisation();
        PanelInterview interview = hiring.anInterviewWithPanelOf(tenant, 6);
        String base = "/api/v1/interviews/" + interview.id();
        List<Callable<Response>> race = new ArrayList<>();
        for (Member panelist : interview.panel()) {
            int version = completeButDoNotSubmit(panelist, base);
            race.add(() -> api.put(panelist.token(), base + "/scorecard/items/2",
                    Map.of("baseVersion", version, "score", 2, "note", "late change")));
            race.add(() -> api.post(panelist.token(), base + "/scorecard/submit", Map.of()));
        }

        List<Response> responses = Concurrently.run(race);

        for (int i = 0; i < interview.panel().size(); i++) {
            Member panelist = interview.panel().get(i);
            Response save = responses.get(2 * i);
            assertThat(responses.get(2 * i + 1).status()).as("the submit").isIn(200, 409);
            Response submitted = api.get(tenant.recruiter().token(), base + "/scorecards/" + panelist.id());
            assertThat(submitted.status()).isEqualTo(200);
            if (save.status() == 200) {
                assertThat(submitted.string("items[1].note")).as("an acknowledged save is never lost").isEqualTo("late change");
            } else {
                assertThat(save.status()).isEqualTo(409);
                assertThat(submitted.string("items[1].note")).isEqualTo("fine");
            }
            Response own = api.get(panelist.token(), base + "/scorecard");
            if (save.status() == 200) {
                assertThat(own.string("items[1].note")).isEqualTo("late change");
            }
        }
    }

    /** Saves like a page would: from the version it last saw, reloading and trying again after a conflict. */
    private Response saveRetryingUntilAcknowledged(Member interviewer, String item, String note) {
        int version = api.get(interviewer.token(), item.substring(0, item.lastIndexOf("/scorecard/") + "/scorecard".length()))
                .<Number>get("version").intValue();
        for (int attempt = 0; attempt < 500; attempt++) {
            Response response = api.put(interviewer.token(), item, Map.of("baseVersion", version, "score", 3, "note", note));
            if (response.status() == 200) {
                return response;
            }
            if (response.status() != 409) {
                throw new AssertionError("Unexpected " + response);
            }
            version = response.<Number>get("current.version").intValue();
        }
        throw new AssertionError("Never acknowledged: " + note);
    }

    private int completeButDoNotSubmit(Member panelist, String base) {
        int version = 0;
        for (int position = 1; position <= 5; position++) {
            version = api.put(panelist.token(), base + "/scorecard/items/" + position,
                    Map.of("baseVersion", version, "score", 3, "note", "fine")).<Number>get("version").intValue();
        }
        return api.put(panelist.token(), base + "/scorecard/overall", Map.of("baseVersion", version, "recommendation", "YES"))
                .<Number>get("version").intValue();
    }
}
