package dev.tally.demo;

import dev.tally.support.ApiTest;
import dev.tally.support.Response;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Property(name = "tally.demo.enabled", value = "true")
class DemoOrganisationTest extends ApiTest {

    @Inject
    DemoOrganisation demo;

    private DemoAccounts accounts;

    @BeforeEach
    void waitForTheDemo() throws Exception {
        accounts = demo.finished().get(3, TimeUnit.MINUTES).orElseThrow();
    }

    @Test
    void theHiringManagerReadsAReportWithScoresDecisionsAndCalibration() {
        String manager = signIn(DemoPerson.HIRING_MANAGER);
        String opening = api.get(manager, "/api/v1/openings").string("items[0].id");

        Response report = api.get(manager, "/api/v1/openings/" + opening + "/report?size=50");
        Response calibration = api.get(manager, "/api/v1/openings/" + opening + "/calibration");
        Response reliability = api.get(manager, "/api/v1/openings/" + opening + "/reliability");

        assertThat(report.string("openingTitle")).isEqualTo("Robotics Software Engineer");
        List<Map<String, Object>> rows = report.items();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(8);
        assertThat(rows).filteredOn(row -> ((Map<?, ?>) row.get("overall")).get("score") != null).hasSizeGreaterThanOrEqualTo(6);
        assertThat(rows).extracting(row -> row.get("suggestedDecision"))
                .contains("ADVANCE", "REJECT", "DISCUSS", "INCOMPLETE");
        assertThat(rows).extracting(row -> row.get("finalDecision")).contains("HIRE", "NO_HIRE");
        assertThat(rows).filteredOn(row -> ((Number) row.get("knockouts")).intValue() > 0).hasSize(1);
        assertThat(calibration.<List<Map<String, Object>>>get("interviewers")).as(calibration.body()).hasSize(4)
                .filteredOn(row -> Boolean.TRUE.equals(row.get("flagged")))
                .extracting(row -> row.get("interviewerName"))
                .containsExactlyInAnyOrder(DemoPerson.LENIENT.fullName, DemoPerson.SEVERE.fullName);
        assertThat(reliability.<List<Map<String, Object>>>get("kits")).as(reliability.body())
                .anySatisfy(kit -> assertThat(((Map<?, ?>) kit.get("pooled")).get("ordinal")).isNotNull());
    }

    @Test
    void theDemoInterviewerHasAnInterviewWaitingToBeScored() {
        Response mine = api.get(signIn(DemoPerson.INTERVIEWER), "/api/v1/interviews?mine=true");

        assertThat(mine.items()).filteredOn(interview -> !"SUBMITTED".equals(interview.get("myScorecardStatus")))
                .extracting(interview -> Instant.parse((String) interview.get("scheduledAt")))
                .anySatisfy(at -> assertThat(at).isAfter(Instant.now().minusSeconds(4 * 3600)));
        Response prep = api.get(signIn(DemoPerson.INTERVIEWER), "/api/v1/interviews/" + mine.items().get(0).get("id"));
        assertThat(prep.string("candidateLink")).startsWith("https://cv.example.com/");
        assertThat(prep.string("candidateNotes")).contains("navigation stack");
        assertThat(prep.string("location")).isEqualTo("https://meet.example.com/acme-robotics");
    }

    @Test
    void startingAgainCreatesNoSecondDemo() throws Exception {
        assertThat(demo.createUnlessPresent(server.getURI())).isEmpty();

        assertThat(organisationNames()).containsOnlyOnce(DemoOrganisation.NAME);
        assertThat(api.get(signIn(DemoPerson.RECRUITER), "/api/v1/openings").string("totalItems")).isEqualTo("1");
    }

    /** Every organisation's name: the suite's other tests create many. */
    private List<Object> organisationNames() {
        List<Object> names = new ArrayList<>();
        Response page;
        int number = 0;
        do {
            page = api.get(fixtures.primaryAdminToken(), "/api/v1/organisations?size=100&page=" + number++);
            page.items().forEach(organisation -> names.add(organisation.get("name")));
        } while (number < page.number("totalPages"));
        return names;
    }

    private String signIn(DemoPerson person) {
        return fixtures.login(person.email, accounts.password(person));
    }
}
