package dev.tally.access;

import java.util.UUID;

/**
 * Published, in the renaming transaction, when a user changes their name: state derived with the name in it (the
 * report's stored reasons name interviewers) is brought up to date before the change commits.
 */
public record AccountRenamed(UUID orgId, UUID userId) {
}
