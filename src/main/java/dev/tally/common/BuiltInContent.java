package dev.tally.common;

import java.util.UUID;

/**
 * Built-in content (the question bank and the red-flag catalogue) belongs to one organisation that has no users.
 * Every organisation reads it; none may change it.
 */
public final class BuiltInContent {

    public static final UUID ORG_ID = new UUID(0, 0);

    private BuiltInContent() {
    }
}
