package dev.tally.kit;

import java.util.function.Supplier;

/**
 * A kit version as an interview pins it: the tag of its current state, and its view, read only when called (inside
 * the transaction that asked for it).
 */
public record PinnedKit(String tag, Supplier<KitView> view) {
}
