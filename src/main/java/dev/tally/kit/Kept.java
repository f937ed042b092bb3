package dev.tally.kit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What was built from published versions, the most recently used {@code capacity} of them. Nothing in it goes stale
 * (a published version never changes, and what can change is in the key), so entries are only ever pushed out.
 */
final class Kept<K, V> {

    private final Map<K, V> entries;

    Kept(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<V> get(K key) {
        return Optional.ofNullable(entries.get(key));
    }

    synchronized void put(K key, V value) {
        entries.put(key, value);
    }
}
