package dev.tally.hiring;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** What a scorecard change needs of its interview: the kit version it is scored by, and whether the caller is on its panel. */
@Introspected
public record PanelSeat(UUID kitVersionId, boolean onPanel) {
}
