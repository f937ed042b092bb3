package dev.tally.common;

import io.micronaut.http.HttpRequest;

import java.util.Arrays;

/**
 * The paths a filter is for. Every filter of the service is declared for all paths
 * ({@code @ServerFilter(ServerFilter.MATCH_ALL_PATTERN)}) and asks its scope instead: Micronaut keeps one ready,
 * sorted list of filters only while every filter matches all paths; a single filter with its own patterns makes it
 * match each filter's Ant patterns against every request's path and sort the list again, which measured 15 % of the
 * CPU of a kit read (JFR, issue 13). A root covers itself and everything below it; {@code "/"} covers only itself.
 */
public final class FilterScope {

    private final String[] roots;
    private final String[] below;

    private FilterScope(String[] roots) {
        this.roots = roots;
        this.below = Arrays.stream(roots).map(root -> root.equals("/") ? null : root + "/").toArray(String[]::new);
    }

    public static FilterScope of(String... roots) {
        return new FilterScope(roots.clone());
    }

    public boolean covers(HttpRequest<?> request) {
        String path = request.getPath();
        for (int i = 0; i < roots.length; i++) {
            if (path.equals(roots[i]) || below[i] != null && path.startsWith(below[i])) {
                return true;
            }
        }
        return false;
    }
}
