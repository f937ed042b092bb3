package dev.tally.support;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An HTTP response as a test sees it: status, headers and the body parsed as JSON where it is JSON. */
public record Response(int status, Map<String, List<String>> headers, String body, Object json) {

    public String header(String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(entry -> entry.getValue().get(0))
                .findFirst().orElse(null);
    }

    public String contentType() {
        return Optional.ofNullable(header("content-type")).orElse("");
    }

    /** A part of an answer, such as one element of a JSON array, read by the same paths. */
    public static Response of(Object json) {
        return new Response(200, Map.of(), String.valueOf(json), json);
    }

    /** A value by path: {@code "items[0].rubric[3].label"}; null when absent. */
    @SuppressWarnings("unchecked")
    public <T> T get(String path) {
        Object current = json;
        for (String part : path.split("\\.")) {
            String name = part.contains("[") ? part.substring(0, part.indexOf('[')) : part;
            if (!name.isEmpty()) {
                if (!(current instanceof Map<?, ?> map)) {
                    return null;
                }
                current = map.get(name);
            }
            int open = part.indexOf('[');
            while (open >= 0) {
                int close = part.indexOf(']', open);
                int index = Integer.parseInt(part.substring(open + 1, close));
                if (!(current instanceof List<?> list) || index >= list.size()) {
                    return null;
                }
                current = list.get(index);
                open = part.indexOf('[', close);
            }
        }
        return (T) current;
    }

    public String string(String path) {
        Object value = get(path);
        return value == null ? null : String.valueOf(value);
    }

    /** A number by path, whatever its JSON form (1, 1.0, 1.00). */
    public double number(String path) {
        Object value = get(path);
        if (!(value instanceof Number number)) {
            throw new AssertionError("No number at " + path + " in " + body);
        }
        return number.doubleValue();
    }

    public List<Map<String, Object>> items() {
        return get("items");
    }

    /** The fields named in a problem's errors. */
    public List<String> errorFields() {
        List<Map<String, Object>> errors = get("errors");
        return errors == null ? List.of() : errors.stream().map(error -> String.valueOf(error.get("field"))).toList();
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
