package dev.tally.kit;

import io.micronaut.core.annotation.Introspected;

import java.math.BigDecimal;
import java.util.UUID;

/** A kit item as this feature stores it: the question version it pins by id (the question bank has its content). */
@Introspected
record KitItemRow(int position, BigDecimal weight, int timeBoxMinutes, boolean required, UUID questionVersionId) {
}
