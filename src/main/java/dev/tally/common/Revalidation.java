package dev.tally.common;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

/**
 * The entity tags a client already holds, from its {@code If-None-Match}, so that a read whose state can be named
 * cheaply (a draft's revision, a scorecard's version) answers 304 without building its body. The tag must be computed
 * from what this caller may see, never from state hidden from them: a tag that changed when a hidden co-panelist saved
 * would tell that they did.
 */
public record Revalidation(List<String> held) {

    /** Tags are compared weakly, as RFC 9110 asks of If-None-Match: W/"x" and "x" name the same state. */
    public static Revalidation of(HttpRequest<?> request) {
        List<String> held = request.getHeaders().getAll(HttpHeaders.IF_NONE_MATCH).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .filter(tag -> !tag.isEmpty())
                .toList();
        return new Revalidation(held);
    }

    public boolean holds(String tag) {
        return held.contains("*") || held.contains(tag);
    }

    /** The body only when the client does not hold it already. */
    public <T> Tagged<T> answer(String tag, Supplier<T> body) {
        return holds(tag) ? new Tagged<>(tag, null) : new Tagged<>(tag, body.get());
    }

    /** A strong tag naming one state: the same parts give the same tag, any change in a part another. */
    public static String tagOf(Object... parts) {
        return tagOfBytes(String.join("\u0000", Arrays.stream(parts).map(String::valueOf).toList()).getBytes(StandardCharsets.UTF_8));
    }

    static String tagOfBytes(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            // 128 bits are plenty to tell states apart, and keep the header short.
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
