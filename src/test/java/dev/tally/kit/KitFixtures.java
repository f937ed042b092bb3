package dev.tally.kit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Kit requests built from the built-in bank, as a recruiter would write them. */
final class KitFixtures {

    static final String ORM_IGNORANCE = "00000000-0000-0000-0003-000000000001";
    static final String SECURITY_NEGLIGENCE = "00000000-0000-0000-0003-000000000002";
    static final String NO_TESTING_CULTURE = "00000000-0000-0000-0003-000000000003";
    static final String PHONE_SCREEN = "00000000-0000-0000-0004-000000000001";

    private KitFixtures() {
    }

    static String question(int number) {
        return String.format("00000000-0000-0000-0001-%012d", number);
    }

    /** A kit of the first {@code count} of Q2, Q7, Q10, Q13, Q18, Q3, ... with weights and ten-minute time boxes. */
    static Map<String, Object> aKitWith(int count) {
        int[] numbers = {2, 7, 10, 13, 18, 3, 4, 5, 6, 8};
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(new HashMap<>(Map.of("questionId", question(numbers[i]), "weight", i == 1 ? 2 : 1, "timeBoxMinutes", 10)));
        }
        Map<String, Object> kit = new HashMap<>();
        kit.put("name", "Backend loop " + count);
        kit.put("description", "Screens ORM and security depth");
        kit.put("role", "Backend engineer");
        kit.put("level", "Senior");
        kit.put("items", items);
        return kit;
    }

    /** Five questions, three red flags with one knockout, and all three decision rules. */
    static Map<String, Object> aFullKit() {
        Map<String, Object> kit = aKitWith(5);
        kit.put("redFlagIds", List.of(ORM_IGNORANCE, SECURITY_NEGLIGENCE, NO_TESTING_CULTURE));
        kit.put("knockoutIds", List.of(SECURITY_NEGLIGENCE));
        kit.put("rules", Map.of("minOverall", 2.5, "minPerCompetency", Map.of("ORM", 2.0, "SECURITY", 3.0), "disagreementSpread", 2));
        return kit;
    }

    static Map<String, Object> with(Map<String, Object> kit, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(kit);
        changed.put(key, value);
        return changed;
    }

    /** A question of the organisation's own bank. */
    static Map<String, Object> anOwnQuestion() {
        return new HashMap<>(Map.of(
                "section", "Background work",
                "competency", "PERFORMANCE",
                "text", "How do you keep a Celery task idempotent?",
                "rubric", List.of(
                        Map.of("level", 1, "label", "Retries blindly", "description", "Re-runs tasks without thinking about side effects."),
                        Map.of("level", 2, "label", "Knows the word", "description", "Mentions idempotency but cannot make a task so."),
                        Map.of("level", 3, "label", "Uses idempotency keys", "description", "Guards side effects with a key."),
                        Map.of("level", 4, "label", "Designs for at-least-once", "description", "Designs every step to be repeatable.")),
                "keyPoints", List.of("at-least-once delivery", "idempotency key"),
                "probes", List.of("What if the worker dies after charging the card?")));
    }
}
