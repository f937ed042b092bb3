package dev.tally.kit;

import io.micronaut.core.annotation.Introspected;

/** What scoring checks of one kit item: its position, whether it must be answered, and how many key points its question has. */
@Introspected
public record ItemRule(int position, boolean required, int keyPoints) {
}
