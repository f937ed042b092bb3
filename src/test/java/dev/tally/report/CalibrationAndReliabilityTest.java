package dev.tally.report;

import dev.tally.support.ApiTest;
import dev.tally.support.HiringFixtures.Opening;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Calibration and reliability of the {@link LenientPanel}. These tests only read its scores, so the panel is built once
 * for the class; tests that add interviews, which would change the leniencies the others read, are in
 * {@link LeniencyChangesTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalibrationAndReliabilityTest extends ApiTest {

    private Tenant tenant;
    private Opening opening;
    private Member lenny;
    private List<Member> others;

    @BeforeAll
    void aPanelWithALenientInterviewer() {
        LenientPanel built = LenientPanel.build(fixtures, hiring);
        tenant = built.tenant();
        opening = built.opening();
        lenny = built.lenny();
        others = built.others();
        built.anInterview(api, hiring, hiring.anOpeningWithTwoStages(tenant), "Third", "2026-12-08T09:00:00Z", 3);
    }

    /** Two interviews are two data points: Lenny's +1 over 10 comparisons is not yet a habit. */
    @Test
    @SuppressWarnings("unchecked")
    void calibrationDoesNotFlagAnInterviewerAfterTwoInterviews() {
        Response calibration = api.get(tenant.hiringManager().token(), "/api/v1/openings/" + opening.id() + "/calibration");

        Map<String, Object> lenient = interviewer(calibration, lenny);
        assertThat(((Number) lenient.get("leniency")).doubleValue()).isCloseTo(1.0, within(1e-9));
        assertThat(lenient).containsEntry("comparisons", 10).containsEntry("interviews", 2).containsEntry("flagged", false)
                .containsEntry("scorecards", 2);
        assertThat(lenient.get("tendency")).isNull();
        assertThat(((Number) lenient.get("leniencyStandardError")).doubleValue()).isZero();
        assertThat((Map<String, Object>) lenient.get("scores")).containsEntry("4", 10).containsEntry("3", 0);
        assertThat((Map<String, Object>) lenient.get("recommendations")).containsEntry("STRONG_YES", 2).containsEntry("NO_DECISION", 0);
        for (Member other : others) {
            Map<String, Object> row = interviewer(calibration, other);
            assertThat(((Number) row.get("leniency")).doubleValue()).isCloseTo(-1.0 / 3, within(1e-9));
            assertThat(row).containsEntry("flagged", false).containsEntry("comparisons", 10).containsEntry("interviews", 2);
        }
    }

    /**
     * Organisation-wide, the third interview elsewhere makes J = 3: Lenny's differences are +1 in each, so SE = 0 and
     * the interval [1, 1] excludes 0: flagged lenient. The others' −1/3 is below the 0.5 threshold.
     */
    @Test
    @SuppressWarnings("unchecked")
    void organisationCalibrationFlagsTheLenientInterviewerOnceThreeInterviewsAgree() {
        Response calibration = api.get(tenant.admin().token(), "/api/v1/calibration");

        Map<String, Object> lenient = interviewer(calibration, lenny);
        assertThat(lenient).containsEntry("interviews", 3).containsEntry("comparisons", 15).containsEntry("flagged", true)
                .containsEntry("tendency", "lenient");
        Map<String, Object> interval = (Map<String, Object>) lenient.get("leniencyInterval");
        assertThat(((Number) interval.get("lower")).doubleValue()).isCloseTo(1.0, within(1e-9));
        assertThat(((Number) interval.get("upper")).doubleValue()).isCloseTo(1.0, within(1e-9));
        assertThat(((Number) interval.get("confidence")).doubleValue()).isEqualTo(0.95);
        for (Member other : others) {
            assertThat(interviewer(calibration, other)).containsEntry("flagged", false).containsEntry("interviews", 3);
        }
    }

    @Test
    void reliabilityIsKrippendorffsAlphaOverItemsOfInterviewsWithInterviewersAsCoders() {
        Response reliability = api.get(tenant.recruiter().token(), "/api/v1/openings/" + opening.id() + "/reliability");

        List<Map<String, Double>> units = new ArrayList<>();
        for (int unit = 0; unit < 10; unit++) {
            units.add(Map.of("lenny", 4.0, "ann", 3.0, "bea", 3.0, "cal", 3.0));
        }
        assertThat(reliability.number("kits[0].pooled.units")).isEqualTo(10);
        assertThat(reliability.string("kits[0].pooled.status")).isEqualTo("ok");
        assertThat(reliability.number("kits[0].pooled.interval"))
                .isCloseTo(KrippendorffAlpha.compute(units, KrippendorffAlpha.Metric.INTERVAL).alpha(), within(1e-9));
        assertThat(reliability.number("kits[0].pooled.ordinal"))
                .isCloseTo(KrippendorffAlpha.compute(units, KrippendorffAlpha.Metric.ORDINAL).alpha(), within(1e-9));
        KrippendorffAlpha.Interval bootstrap = KrippendorffAlpha.bootstrap(units, Set.of(KrippendorffAlpha.Metric.INTERVAL), 2000,
                ReportAnalytics.BOOTSTRAP_SEED).get(KrippendorffAlpha.Metric.INTERVAL);
        assertThat(reliability.number("kits[0].pooled.intervalInterval.lower")).isCloseTo(bootstrap.lower(), within(1e-9));
        assertThat(reliability.number("kits[0].pooled.intervalInterval.upper")).isCloseTo(bootstrap.upper(), within(1e-9));
        assertThat(reliability.number("kits[0].pooled.intervalInterval.resamples")).isEqualTo(2000);
        assertThat(reliability.number("kits[0].pooled.ordinalInterval.confidence")).isEqualTo(0.95);
        assertThat(reliability.string("kits[0].pooled.intervalReading")).isEqualTo("UNRELIABLE");
        assertThat(reliability.string("definition")).contains("bootstrap");
        assertThat(reliability.<List<Object>>get("kits[0].questions")).hasSize(5);
        assertThat(reliability.number("kits[0].questions[0].alpha.units")).isEqualTo(2);
        assertThat(reliability.string("kits[0].questions[0].alpha.status")).isEqualTo("insufficient data");
        assertThat(reliability.<Object>get("kits[0].questions[0].alpha.interval")).isNull();
        assertThat(reliability.<Object>get("kits[0].questions[0].alpha.intervalInterval")).isNull();
    }

    @Test
    void calibrationAndReliabilityAreRefusedToInterviewersAndStrangers() {
        String calibration = "/api/v1/openings/" + opening.id() + "/calibration";
        String reliability = "/api/v1/openings/" + opening.id() + "/reliability";

        for (Member refused : List.of(lenny, tenant.interviewer(), fixtures.aMember(tenant.admin(), "HIRING_MANAGER"))) {
            assertProblem(api.get(refused.token(), calibration), 403);
            assertProblem(api.get(refused.token(), reliability), 403);
        }
        assertProblem(api.get(lenny.token(), "/api/v1/calibration"), 403);
        Tenant stranger = fixtures.anOrganisation();
        assertProblem(api.get(stranger.admin().token(), calibration), 404);
        assertProblem(api.get(stranger.admin().token(), reliability), 404);
        assertThat(api.get(stranger.admin().token(), "/api/v1/calibration").<List<Object>>get("interviewers")).isEmpty();
    }

    private static Map<String, Object> interviewer(Response calibration, Member member) {
        return calibration.<List<Map<String, Object>>>get("interviewers").stream()
                .filter(row -> row.get("interviewerId").equals(member.id().toString())).findFirst().orElseThrow();
    }
}
