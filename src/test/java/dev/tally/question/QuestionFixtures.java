package dev.tally.question;

import java.util.List;
import java.util.Map;

/** Request bodies for questions of an organisation's own. */
public final class QuestionFixtures {

    private QuestionFixtures() {
    }

    public static Map<String, Object> aQuestion(String code) {
        return aQuestionVersion(code, null, "How do you keep a Celery task idempotent?");
    }

    public static Map<String, Object> aQuestionVersion(String code, Integer basedOnVersion, String text) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "section", "Background work",
                "competency", "PERFORMANCE",
                "text", text,
                "rubric", List.of(
                        Map.of("level", 1, "label", "Retries blindly", "description", "Re-runs tasks without thinking about side effects."),
                        Map.of("level", 2, "label", "Knows the word", "description", "Mentions idempotency but cannot make a task so."),
                        Map.of("level", 3, "label", "Uses idempotency keys", "description", "Guards side effects with a key or a state check."),
                        Map.of("level", 4, "label", "Designs for at-least-once", "description", "Explains delivery guarantees and designs every step to be repeatable.")),
                "keyPoints", List.of("at-least-once delivery", "idempotency key", "acks_late and retries"),
                "probes", List.of("What happens if the worker dies after charging the card?"),
                "redFlags", List.of("Assumes every task runs exactly once")));
        if (code != null) {
            body.put("code", code);
        }
        if (basedOnVersion != null) {
            body.put("basedOnVersion", basedOnVersion);
        }
        return body;
    }
}
