package dev.tally.kit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.tally.support.BuiltInBank.NO_TESTING_CULTURE;
import static dev.tally.support.BuiltInBank.ORM_IGNORANCE;
import static dev.tally.support.BuiltInBank.SECURITY_NEGLIGENCE;
import static dev.tally.support.BuiltInBank.question;

/** Kit requests built from the built-in bank, as a recruiter would write them. */
final class KitFixtures {

    private KitFixtures() {
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
}
