package dev.tally.common;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;

/** JSON text of values the service built itself, for jsonb parameters and stored answers; failing would be a defect. */
@Singleton
public class JsonText {

    private final JsonMapper json;

    JsonText(JsonMapper json) {
        this.json = json;
    }

    public String of(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
