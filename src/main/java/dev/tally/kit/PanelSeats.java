package dev.tally.kit;

import java.util.UUID;

/**
 * Who sits on the panels that use a kit version. Panels belong to hiring, which depends on kits, so hiring answers
 * through this interface of the kit feature rather than the kit feature reading hiring's tables.
 */
public interface PanelSeats {

    boolean sitsOnPanelUsing(UUID orgId, UUID kitVersionId, UUID userId);
}
