package dev.tally.common;

import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A set of ids as one PostgreSQL uuid[] literal ('{…}'), bound as text and read with {@code = ANY(CAST(:ids AS uuid[]))}:
 * one parameter whatever the number of ids, so each statement is planned once.
 */
public final class UuidArray {

    private UuidArray() {
    }

    public static String of(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
