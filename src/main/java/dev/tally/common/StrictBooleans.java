package dev.tally.common;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.convert.TypeConverter;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Optional;

/**
 * Text to true or false, for query values above all. Micronaut's own converter reads any word it does not know as
 * false, so a mistyped {@code ?withKit=ture} or {@code ?mine=maybe} quietly changed the answer. This one knows the same
 * words for true (and their opposites for false) and refuses anything else, which the problem handlers answer with 400
 * naming the parameter. An empty value stays absent.
 */
@Singleton
class StrictBooleans implements TypeConverter<String, Boolean> {

    @Override
    public Optional<Boolean> convert(String text, Class<Boolean> targetType, ConversionContext context) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "" -> Optional.empty();
            case "true", "yes", "y", "on", "1" -> Optional.of(true);
            case "false", "no", "n", "off", "0" -> Optional.of(false);
            default -> {
                context.reject(text, new IllegalArgumentException("'" + text + "' is not true or false"));
                yield Optional.empty();
            }
        };
    }
}
