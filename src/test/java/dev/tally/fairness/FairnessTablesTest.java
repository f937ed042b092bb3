package dev.tally.fairness;

import dev.tally.support.ApiTest;
import dev.tally.support.CsvReader;
import dev.tally.support.HiringFixtures;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * An opening's fairness tables from real interviews: at the onsite stage five men (four advanced, one rejected), six
 * women (three suggested ADVANCE, but the hiring manager turned one of them down, so two advanced) and two non-binary
 * candidates (both advanced, too few to show), and one who preferred not to say.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FairnessTablesTest extends ApiTest {

    private Tenant tenant;
    private Member compliance;
    private HiringFixtures.Opening opening;

    @BeforeAll
    void anOnsiteStageWithDecisions() {
        tenant = fixtures.anOrganisation();
        compliance = fixtures.aMember(tenant.admin(), "COMPLIANCE");
        Response category = api.post(tenant.admin().token(), "/api/v1/self-identification/categories",
                Map.of("name", "Gender", "options", List.of("Woman", "Man", "Non-binary")));
        UUID gender = UUID.fromString(category.string("id"));
        opening = hiring.anOpeningWithTwoStages(tenant);
        Member interviewer = fixtures.aMember(tenant.admin(), "INTERVIEWER");
        String[][] candidates = {{"Man", "ADVANCE"}, {"Man", "ADVANCE"}, {"Man", "ADVANCE"}, {"Man", "ADVANCE"}, {"Man", "REJECT"},
                {"Woman", "ADVANCE"}, {"Woman", "ADVANCE"}, {"Woman", "ADVANCE", "NO_HIRE"}, {"Woman", "REJECT"}, {"Woman", "REJECT"},
                {"Woman", "REJECT"}, {"Non-binary", "ADVANCE"}, {"Non-binary", "ADVANCE"}, {null, "ADVANCE"}};
        for (int i = 0; i < candidates.length; i++) {
            String[] who = candidates[i];
            UUID candidate = hiring.aCandidate(tenant, opening, "Candidate " + i);
            boolean advance = who[1].equals("ADVANCE");
            UUID interview = hiring.anOnsiteInterview(tenant, opening, candidate, List.of(interviewer));
            if (!advance) {
                // the kit's knockout: the report suggests REJECT
                hiring.raiseFlag(interviewer, interview, HiringFixtures.SECURITY_NEGLIGENCE, "Never mentioned CSRF");
            }
            hiring.submitAComplete(interviewer, interview, advance ? 4 : 2, advance ? "STRONG_YES" : "NO");
            assertThat(api.put(tenant.recruiter().token(), "/api/v1/candidates/" + candidate + "/self-identification",
                    SelfIdentificationTest.answers(gender, who[0])).status()).isEqualTo(204);
            if (who.length > 2) {
                Response decided = api.post(tenant.hiringManager().token(), "/api/v1/candidates/" + candidate + "/decision",
                        Map.of("decision", who[2], "reason", "Another candidate fits the team better"));
                assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
            }
        }
    }

    @Test
    void eachGroupsRateIsComparedWithTheHighestAndSmallGroupsShowNothing() {
        Response report = api.get(compliance.token(), "/api/v1/openings/" + opening.id() + "/fairness");

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.string("stages[0].name")).isEqualTo("Phone screen");
        assertThat(report.<List<Map<String, Object>>>get("stages[0].categories[0].groups")).allSatisfy(group ->
                assertThat(group).containsEntry("suppressed", true));
        String onsite = "stages[1].categories[0].groups";
        assertThat(report.string(onsite + "[0].option")).isEqualTo("Woman");
        assertThat(report.number(onsite + "[0].decided")).isEqualTo(6);
        assertThat(report.number(onsite + "[0].advanced")).isEqualTo(2);
        assertThat(report.number(onsite + "[0].finalDecisions")).isEqualTo(1);
        assertThat(report.number(onsite + "[0].suggestedDecisions")).isEqualTo(5);
        assertThat(report.number(onsite + "[0].selectionRate")).isCloseTo(2.0 / 6, within(1e-9));
        assertThat(report.number(onsite + "[0].impactRatio")).isCloseTo((2.0 / 6) / (4.0 / 5), within(1e-9));
        assertThat(report.<Boolean>get(onsite + "[0].belowFourFifths")).isTrue();
        // [[2, 4], [4, 1]]: C(6, x)·C(5, 6 − x) over C(11, 6) = 462 for x = 1 … 6 are 6, 75, 200, 150, 30, 1; no larger than 75: 112
        assertThat(report.number(onsite + "[0].fisherP")).isCloseTo(112.0 / 462, within(1e-9));
        assertThat(report.<Boolean>get(onsite + "[0].smallSample")).isTrue();
        assertThat(report.string(onsite + "[1].option")).isEqualTo("Man");
        assertThat(report.<Boolean>get(onsite + "[1].reference")).isTrue();
        assertThat(report.number(onsite + "[1].selectionRate")).isCloseTo(0.8, within(1e-9));
        assertThat(report.<Map<String, Object>>get(onsite + "[2]")).containsEntry("option", "Non-binary").containsEntry("suppressed", true)
                .containsEntry("decided", null).containsEntry("selectionRate", null);
        assertThat(report.string("method")).contains("final decision", "suggested decision", "fewer than 5");
    }

    @Test
    void theCsvHasTheSameNumbersAndNoCountOfASmallGroup() {
        Response csv = api.get(compliance.token(), "/api/v1/openings/" + opening.id() + "/fairness.csv");

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        List<Map<String, String>> rows = rows(csv.body());
        Map<String, String> woman = rows.stream().filter(row -> row.get("stage").equals("Onsite") && row.get("group").equals("Woman"))
                .findFirst().orElseThrow();
        assertThat(woman).containsEntry("decided", "6").containsEntry("advanced", "2").containsEntry("below four-fifths", "yes")
                .containsEntry("final decisions", "1").containsEntry("suggested decisions", "5");
        assertThat(Double.parseDouble(woman.get("impact ratio"))).isCloseTo(0.4167, within(1e-4));
        Map<String, String> nonBinary = rows.stream().filter(row -> row.get("stage").equals("Onsite") && row.get("group").equals("Non-binary"))
                .findFirst().orElseThrow();
        assertThat(nonBinary).containsEntry("decided", "fewer than 5").containsEntry("advanced", "").containsEntry("selection rate", "");
    }

    @Test
    void nobodyButComplianceReadsTheTablesAndAnotherOrganisationsOpeningIsNotFound() {
        for (Member other : List.of(tenant.admin(), tenant.recruiter(), tenant.interviewer(), tenant.hiringManager())) {
            assertProblem(api.get(other.token(), "/api/v1/openings/" + opening.id() + "/fairness"), 403);
            assertProblem(api.get(other.token(), "/api/v1/openings/" + opening.id() + "/fairness.csv"), 403);
            assertProblem(api.get(other.token(), "/api/v1/fairness/openings"), 403);
        }
        Member foreign = fixtures.aMember(fixtures.anOrganisation().admin(), "COMPLIANCE");
        assertProblem(api.get(foreign.token(), "/api/v1/openings/" + opening.id() + "/fairness"), 404);
        assertProblem(api.get(foreign.token(), "/api/v1/openings/" + opening.id() + "/fairness.csv"), 404);
        assertThat(api.get(compliance.token(), "/api/v1/fairness/openings").string("items[0].title")).isEqualTo("Senior Django developer");
    }

    /** The CSV's lines as maps from its header's names. */
    private static List<Map<String, String>> rows(String text) {
        List<List<String>> lines = CsvReader.read(text);
        List<String> header = lines.get(0);
        return lines.subList(1, lines.size()).stream().map(line -> {
            Map<String, String> row = new java.util.LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i).replace("\uFEFF", ""), i < line.size() ? line.get(i) : "");
            }
            return row;
        }).toList();
    }
}
