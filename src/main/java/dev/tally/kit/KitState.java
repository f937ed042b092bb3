package dev.tally.kit;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/**
 * What can still change in what a kit version's view shows, in one small row: the version's own status and revision,
 * its kit's versions as the view lists them (number, status, when published and archived), and the questions its
 * items pin (each item shows its question's latest version). A published version's items, rules and checklist never
 * change, so for one that is not a draft these name its whole view.
 */
@Introspected
record KitState(KitStatus status, int revision, Instant updatedAt, String versions, String questions) {
}
