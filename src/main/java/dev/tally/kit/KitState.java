package dev.tally.kit;

import io.micronaut.core.annotation.Introspected;

/**
 * What can still change in what a published or archived kit version's view shows, in one small row: its kit's versions
 * as the view lists them (number, status, when published and archived, this version's among them) and the questions
 * its items pin (each item shows its question's latest version). Such a version's own fields, items, rules and
 * checklist never change; a draft ({@code status}) is tagged from its header instead.
 */
@Introspected
record KitState(KitStatus status, String versions, String questions) {
}
