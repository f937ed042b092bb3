package dev.tally.kit;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.util.List;
import java.util.UUID;

/**
 * What can still change in what a published or archived kit version's view shows, in one small row: its kit's versions
 * as the view lists them (number, status, when published and archived, this version's among them) and the questions
 * its items pin (each item shows its question's latest version, which the question bank tells). Such a version's own
 * fields, items, rules and checklist never change; a draft ({@code status}) is tagged from its header instead.
 */
@Introspected
record KitState(KitStatus status, String versions, @TypeDef(type = DataType.JSON) List<UUID> questionIds) {
}
