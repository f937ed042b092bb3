package dev.tally.common;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every JSON body is read once here, before it is bound, for two rules the binder does not keep: the body is exactly one
 * JSON value (the binder stops after the first and would accept {@code {...} {"oops"}}), and no text in it holds a control
 * character other than newline and tab (such text passes "not blank", is trimmed to nothing and could only fail later in
 * the database). Both answer 400 here, the second naming the field, for every endpoint alike.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class JsonBodies implements Ordered {

    private static final FilterScope SCOPE = FilterScope.of("/api", "/login");

    private static final JsonFactory JSON = new JsonFactory();

    @RequestFilter
    @Nullable
    HttpResponse<Problem> check(HttpRequest<?> request, @Nullable @Body byte[] body) {
        if (body == null || body.length == 0 || !SCOPE.covers(request) || !isJson(request)) {
            return null;
        }
        return firstFault(body).map(fault -> fault.field() == null
                ? ProblemResponses.notValidJson(request.getPath())
                : ProblemResponses.badRequest("The request has invalid values; see errors.",
                        List.of(new FieldError(fault.field(), "must not contain control characters other than newline and tab")),
                        request.getPath())).orElse(null);
    }

    /** After authentication, so that a caller without a token learns nothing from the shape of their body. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    private static boolean isJson(HttpRequest<?> request) {
        return request.getContentType().map(type -> type.getSubtype().equals("json") || type.getSubtype().endsWith("+json")
                || type.equals(MediaType.APPLICATION_JSON_TYPE)).orElse(false);
    }

    /** What is wrong with the body: it is not one JSON value ({@code field} null), or the text at {@code field} holds a control character. */
    record Fault(@Nullable String field) {
    }

    static Optional<Fault> firstFault(byte[] body) {
        try (JsonParser parser = JSON.createParser(body)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return isBlank(body) ? Optional.empty() : Optional.of(new Fault(null));
            }
            int depth = 0;
            do {
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    depth++;
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    depth--;
                } else if ((token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) && hasControlCharacter(parser.getText())) {
                    return Optional.of(new Fault(fieldOf(parser.getParsingContext(), token == JsonToken.FIELD_NAME)));
                }
            } while (depth > 0 && (token = parser.nextToken()) != null);
            return token == null || parser.nextToken() != null ? Optional.of(new Fault(null)) : Optional.empty();
        } catch (JsonProcessingException unreadable) {
            return Optional.of(new Fault(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                return true;
            }
        }
        return false;
    }

    /** The field in the form validation errors use ({@code items[2].note}); a bad key names the map it is in. */
    private static String fieldOf(JsonStreamContext context, boolean atKey) {
        List<String> steps = new ArrayList<>();
        for (JsonStreamContext step = atKey ? context.getParent() : context; step != null && !step.inRoot(); step = step.getParent()) {
            steps.add(0, step.inArray() ? "[" + step.getCurrentIndex() + "]" : step.getCurrentName());
        }
        StringBuilder field = new StringBuilder();
        for (String step : steps) {
            field.append(field.isEmpty() || step.startsWith("[") ? "" : ".").append(step);
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
