package dev.tally.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static dev.tally.demo.DemoPerson.HIRING_MANAGER;
import static dev.tally.demo.DemoPerson.INTERVIEWER;
import static dev.tally.demo.DemoPerson.LENIENT;
import static dev.tally.demo.DemoPerson.RECRUITER;
import static dev.tally.demo.DemoPerson.SEVERE;
import static dev.tally.demo.DemoPerson.STEADY;

/**
 * The demo's hiring process, played through the API by the people who would do each step: the admin adds colleagues,
 * the recruiter builds the kits, opens the position, adds ten candidates and schedules their interviews, each
 * interviewer scores their own scorecards, and the hiring manager decides. Candidates stand at every point of the
 * process. Scores come from a seeded Random, so every demo holds the same report.
 */
final class DemoHiring {

    static final String OPENING_TITLE = "Robotics Software Engineer";
    private static final String PHONE_SCREEN_STARTER = "00000000-0000-0000-0004-000000000001";
    private static final String ORM_IGNORANCE = "00000000-0000-0000-0003-000000000001";
    private static final String SECURITY_NEGLIGENCE = "00000000-0000-0000-0003-000000000002";
    private static final String NO_TESTING_CULTURE = "00000000-0000-0000-0003-000000000003";
    private static final String[] SOURCES = {"Referral", "LinkedIn", "Careers page", "Agency"};
    private static final String[] NOTES = {
            "",
            "Could not explain the basics, even with prompting.",
            "A partial answer that missed the main trade-off.",
            "A solid answer with a concrete example from their own work.",
            "Excellent: covered the trade-offs unprompted and went further on every probe."};

    private final LoopbackApi api;
    private final DemoAccounts accounts;
    private final Random random = new Random(20261202L);
    private final Map<DemoPerson, String> tokens = new EnumMap<>(DemoPerson.class);
    private final Map<DemoPerson, UUID> ids = new EnumMap<>(DemoPerson.class);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
    private UUID openingId;
    private Stage screen;
    private Stage onsite;

    DemoHiring(LoopbackApi api, DemoAccounts accounts) {
        this.api = api;
        this.accounts = accounts;
    }

    /** Plays the whole process; returns the opening's id. */
    UUID play() {
        signInEveryone();
        open(phoneScreen(), onsiteKit());
        notYetInterviewed();
        interviewsInProgress();
        fullySubmittedPanels();
        return openingId;
    }

    private void signInEveryone() {
        tokens.put(DemoPerson.ADMIN, signIn(DemoPerson.ADMIN));
        ids.put(DemoPerson.ADMIN, LoopbackApi.id(api.get(tokens.get(DemoPerson.ADMIN), "/api/v1/me")));
        for (DemoPerson person : Arrays.copyOfRange(DemoPerson.values(), 1, DemoPerson.values().length)) {
            ids.put(person, LoopbackApi.id(api.post(tokens.get(DemoPerson.ADMIN), "/api/v1/users", Map.of("email", person.email,
                    "name", person.fullName, "password", accounts.password(person), "roles", List.of(person.role)))));
            tokens.put(person, signIn(person));
        }
    }

    private String signIn(DemoPerson person) {
        return api.login(person.email, accounts.password(person));
    }

    private Map<String, Object> phoneScreen() {
        return api.post(tokens.get(RECRUITER), "/api/v1/kits/" + PHONE_SCREEN_STARTER + "/clone", Map.of("name", "Robotics phone screen"));
    }

    /** Six bank questions weighted towards the ORM, a knockout on security negligence, and all three decision rules. */
    private Map<String, Object> onsiteKit() {
        return api.post(tokens.get(RECRUITER), "/api/v1/kits", Map.of(
                "name", "Robotics platform onsite",
                "description", "The fleet-management backend: data modelling, query cost, security, tests and APIs.",
                "role", OPENING_TITLE, "level", "Mid-level",
                "items", List.of(item(2, 1, 8), item(7, 2, 12), item(10, 1.5, 10), item(13, 1, 10), item(16, 1, 10), item(8, 1, 10)),
                "redFlagIds", List.of(ORM_IGNORANCE, SECURITY_NEGLIGENCE, NO_TESTING_CULTURE),
                "knockoutIds", List.of(SECURITY_NEGLIGENCE),
                // A lenient and a severe rater on one panel differ by two as a matter of course; three is a real split.
                "rules", Map.of("minOverall", 2.5, "minPerCompetency", Map.of("SECURITY", 2.0), "disagreementSpread", 3)));
    }

    private static Map<String, Object> item(int question, double weight, int minutes) {
        return Map.of("questionId", String.format("00000000-0000-0000-0001-%012d", question), "weight", weight,
                "timeBoxMinutes", minutes);
    }

    /** Opens the position with a two-stage plan, each stage on its kit's first version, published here. */
    private void open(Map<String, Object> screenKit, Map<String, Object> onsiteKit) {
        for (Map<String, Object> kit : List.of(screenKit, onsiteKit)) {
            api.post(tokens.get(RECRUITER), "/api/v1/kits/" + LoopbackApi.id(kit) + "/publish", null);
        }
        Map<String, Object> opening = api.post(tokens.get(RECRUITER), "/api/v1/openings", Map.of(
                "title", OPENING_TITLE, "team", "Fleet platform", "hiringManagerId", ids.get(HIRING_MANAGER),
                "stages", List.of(Map.of("name", "Phone screen", "kitId", LoopbackApi.id(screenKit), "kitVersion", 1),
                        Map.of("name", "Onsite", "kitId", LoopbackApi.id(onsiteKit), "kitVersion", 1))));
        openingId = LoopbackApi.id(opening);
        List<Map<String, Object>> stages = LoopbackApi.list(opening, "stages");
        screen = new Stage(LoopbackApi.id(stages.get(0)), LoopbackApi.list(screenKit, "items").size());
        onsite = new Stage(LoopbackApi.id(stages.get(1)), LoopbackApi.list(onsiteKit, "items").size());
    }

    private void notYetInterviewed() {
        candidate("Mira Okonkwo");
        UUID ben = candidate("Ben Adeyemi");
        schedule(ben, screen, now.plus(Duration.ofHours(20)), INTERVIEWER, STEADY);
    }

    /** One panel member has submitted, another has not: Theo is half way through; Ivan, the demo interviewer, has not begun. */
    private void interviewsInProgress() {
        UUID clara = candidate("Clara Jensen");
        Interview claraScreen = schedule(clara, screen, now.minus(Duration.ofDays(1)), LENIENT, STEADY);
        submit(claraScreen, LENIENT, 2.9);
        draft(claraScreen, STEADY, 2.9, 2);
        UUID dev = candidate("Dev Raman");
        Interview devScreen = schedule(dev, screen, now.minus(Duration.ofHours(2)), SEVERE, INTERVIEWER);
        submit(devScreen, SEVERE, 3.1);
    }

    /**
     * Leniency is measured against co-panelists, so the two steady interviewers sit with each other or with the
     * lenient and the severe one together: only Lena and Sam should stand out in calibration.
     */
    private void fullySubmittedPanels() {
        UUID emma = candidate("Emma Lindqvist");
        submit(schedule(emma, screen, daysAgo(24), STEADY), STEADY, 3.4);
        Interview emmaOnsite = schedule(emma, onsite, daysAgo(17), INTERVIEWER, STEADY);
        submit(emmaOnsite, INTERVIEWER, 3.5);
        submit(emmaOnsite, STEADY, 3.5);
        decide(emma, "HIRE", "Strongest onsite of the loop; the panel agreed on the ORM and security depth.");

        UUID felix = candidate("Felix Moreau");
        Interview felixOnsite = schedule(felix, onsite, daysAgo(15), LENIENT, SEVERE);
        submit(felixOnsite, LENIENT, 2.9);
        submit(felixOnsite, SEVERE, 2.9);

        UUID grace = candidate("Grace Tan");
        Interview graceOnsite = schedule(grace, onsite, daysAgo(13), LENIENT, SEVERE, INTERVIEWER);
        submit(graceOnsite, LENIENT, 2.8);
        submit(graceOnsite, SEVERE, everywhere(2.8, graceOnsite.items()),
                raiseFlag(graceOnsite, SEVERE, SECURITY_NEGLIGENCE, "Stored API keys in the repository and saw no problem with it."));
        submit(graceOnsite, INTERVIEWER, 2.8);
        decide(grace, "NO_HIRE", "Knockout: security negligence, confirmed in the debrief.");

        UUID hugo = candidate("Hugo Silva");
        Interview hugoOnsite = schedule(hugo, onsite, daysAgo(10), STEADY, INTERVIEWER);
        // The testing answer (item 4) heard two ways, a 4 and a 1: the split the report must surface.
        submit(hugoOnsite, STEADY, new double[] {3.1, 3.1, 3.1, 3.9, 3.1, 3.1}, 0);
        submit(hugoOnsite, INTERVIEWER, new double[] {3.0, 3.0, 3.0, 1.1, 3.0, 3.0}, 0);

        UUID iris = candidate("Iris Novak");
        Interview irisOnsite = schedule(iris, onsite, daysAgo(8), LENIENT, SEVERE);
        submit(irisOnsite, LENIENT, 1.8);
        submit(irisOnsite, SEVERE, 1.8);

        UUID jonas = candidate("Jonas Weber");
        Interview jonasOnsite = schedule(jonas, onsite, daysAgo(6), INTERVIEWER, LENIENT, SEVERE);
        for (DemoPerson panelist : List.of(INTERVIEWER, LENIENT, SEVERE)) {
            submit(jonasOnsite, panelist, 2.9);
        }
    }

    private Instant daysAgo(int days) {
        return now.minus(Duration.ofDays(days));
    }

    private UUID candidate(String name) {
        String handle = name.toLowerCase().replace(' ', '.');
        return LoopbackApi.id(api.post(tokens.get(RECRUITER), "/api/v1/candidates", Map.of("openingId", openingId,
                "name", name, "email", handle + "@example.com", "source", SOURCES[Math.floorMod(name.hashCode(), SOURCES.length)],
                "link", "https://cv.example.com/" + handle + ".pdf",
                "notes", "Five years on robot fleet software; interested in the navigation stack.\nAvailable from next month.")));
    }

    private Interview schedule(UUID candidate, Stage stage, Instant at, DemoPerson... panel) {
        UUID id = LoopbackApi.id(api.post(tokens.get(RECRUITER), "/api/v1/interviews", Map.of("candidateId", candidate,
                "stageId", stage.id(), "scheduledAt", at.toString(), "location", "https://meet.example.com/acme-robotics",
                "panel", Arrays.stream(panel).map(ids::get).toList())));
        return new Interview(id, stage.items());
    }

    /** Raises a red flag on a new scorecard; answers the scorecard's version after it. */
    private int raiseFlag(Interview interview, DemoPerson interviewer, String redFlag, String note) {
        return LoopbackApi.version(api.put(tokens.get(interviewer), "/api/v1/interviews/" + interview.id() + "/scorecard/flags/" + redFlag,
                Map.of("baseVersion", 0, "raised", true, "note", note)));
    }

    /**
     * Scores every item as this interviewer hears a candidate of the given level (1-4): their bias, plus noise. The
     * recommendation follows the level heard, not the biased scores, as a lenient or severe rater's usually does.
     */
    private void submit(Interview interview, DemoPerson interviewer, double level) {
        submit(interview, interviewer, everywhere(level, interview.items()), 0);
    }

    /** As above, with the level heard on each item in turn. */
    private void submit(Interview interview, DemoPerson interviewer, double[] levels, int fromVersion) {
        int version = scoreItems(interview, interviewer, levels, fromVersion);
        double heard = Arrays.stream(levels).average().orElseThrow() + random.nextGaussian() * 0.2;
        String recommendation = heard >= 3.4 ? "STRONG_YES" : heard >= 2.7 ? "YES" : heard >= 1.9 ? "NO" : "DEFINITELY_NO";
        version = LoopbackApi.version(api.put(tokens.get(interviewer), "/api/v1/interviews/" + interview.id() + "/scorecard/overall",
                Map.of("baseVersion", version, "recommendation", recommendation, "summary", summary(recommendation))));
        api.post(tokens.get(interviewer), "/api/v1/interviews/" + interview.id() + "/scorecard/submit", Map.of("baseVersion", version));
    }

    /** A scorecard begun and left: the first {@code items} answers saved, nothing submitted. */
    private void draft(Interview interview, DemoPerson interviewer, double level, int items) {
        scoreItems(interview, interviewer, everywhere(level, items), 0);
    }

    private static double[] everywhere(double level, int items) {
        double[] levels = new double[items];
        Arrays.fill(levels, level);
        return levels;
    }

    private int scoreItems(Interview interview, DemoPerson interviewer, double[] levels, int fromVersion) {
        int version = fromVersion;
        for (int position = 1; position <= levels.length; position++) {
            double heard = levels[position - 1] + interviewer.bias + random.nextGaussian() * 0.35;
            int score = (int) Math.max(1, Math.min(4, Math.round(heard)));
            List<Integer> keyPoints = new ArrayList<>();
            for (int point = 0; point < score - 1 && point < 2; point++) {
                keyPoints.add(point);
            }
            version = LoopbackApi.version(api.put(tokens.get(interviewer), "/api/v1/interviews/" + interview.id() + "/scorecard/items/" + position,
                    Map.of("baseVersion", version, "score", score, "keyPoints", keyPoints, "note", NOTES[score])));
        }
        return version;
    }

    private static String summary(String recommendation) {
        return switch (recommendation) {
            case "STRONG_YES" -> "Would raise the team's bar; I would hire.";
            case "YES" -> "Meets the bar for the role.";
            case "NO" -> "Not yet at the level the role needs.";
            default -> "Clearly below the bar on the fundamentals.";
        };
    }

    private void decide(UUID candidate, String decision, String reason) {
        api.post(tokens.get(HIRING_MANAGER), "/api/v1/candidates/" + candidate + "/decision",
                Map.of("decision", decision, "reason", reason));
    }

    private record Stage(UUID id, int items) {
    }

    private record Interview(UUID id, int items) {
    }
}
