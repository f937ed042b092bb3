package dev.tally.common;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.JsonExceptionHandler;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** The exception handlers that turn failures into problem+json, each naming the field at fault where there is one. */
final class ProblemHandlers {

    private ProblemHandlers() {
    }

    @Singleton
    static class DomainFacts implements ExceptionHandler<DomainException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, DomainException fact) {
            return ProblemResponses.of(fact, request.getPath());
        }
    }

    /** Bean validation: one error per violated constraint, the field named as the client sent it. */
    @Singleton
    @Replaces(ConstraintExceptionHandler.class)
    static class ConstraintViolations implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException exception) {
            List<FieldError> errors = exception.getConstraintViolations().stream()
                    .map(violation -> new FieldError(fieldOf(violation), violation.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                    .toList();
            return ProblemResponses.badRequest("The request has invalid values; see errors.", errors, request.getPath());
        }

        /** {@code create.request.rubric[0].label} becomes {@code rubric[0].label}; a query parameter keeps its name. */
        private static String fieldOf(ConstraintViolation<?> violation) {
            List<String> parts = new ArrayList<>();
            Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
            String parameter = null;
            while (nodes.hasNext()) {
                Path.Node node = nodes.next();
                if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                    continue;
                }
                if (node.getKind() == ElementKind.PARAMETER) {
                    parameter = node.getName();
                    continue;
                }
                // An index or key belongs to the collection before it: rubric[0].label, not rubric.label[0].
                String position = node.getIndex() != null ? "[" + node.getIndex() + "]"
                        : node.getKey() != null ? "[" + node.getKey() + "]" : "";
                if (!position.isEmpty() && !parts.isEmpty() && !parts.get(parts.size() - 1).endsWith("]")) {
                    parts.set(parts.size() - 1, parts.get(parts.size() - 1) + position);
                }
                if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                    parts.add(node.getName());
                }
            }
            if (parts.isEmpty()) {
                return parameter == null ? "body" : parameter;
            }
            return String.join(".", parts);
        }
    }

    /** A value of the wrong type (a word where a number belongs, a malformed UUID, an unknown enum constant). */
    @Singleton
    @Replaces(ConversionErrorHandler.class)
    static class ConversionErrors implements ExceptionHandler<ConversionErrorException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ConversionErrorException exception) {
            return ProblemResponses.badRequest("The request has invalid values; see errors.", List.of(error(exception)),
                    request.getPath());
        }

        private static FieldError error(ConversionErrorException exception) {
            if (!exception.getArgument().getAnnotationMetadata().hasAnnotation(Body.class)) {
                String value = exception.getConversionError().getOriginalValue().map(String::valueOf).orElse(null);
                return new FieldError(exception.getArgument().getName(), value == null || value.length() > 100
                        ? "has a value of the wrong type or format"
                        : "'" + value + "' is not valid: expected " + expected(exception.getArgument()));
            }
            Optional<SerdeException> inBody = serdeCause(exception);
            if (inBody.isEmpty() || path(inBody.get()).isEmpty()) {
                return new FieldError("body", "has a value of the wrong type (for example text where a number or a list belongs)");
            }
            return new FieldError(path(inBody.get()), "has a value of the wrong type: expected " + expected(innermost(inBody.get())));
        }

        private static Optional<SerdeException> serdeCause(Throwable error) {
            for (Throwable cause = error; cause != null; cause = cause.getCause()) {
                if (cause instanceof SerdeException serde && !serde.getPath().isEmpty()) {
                    return Optional.of(serde);
                }
            }
            return Optional.empty();
        }

        /** Where in the body the value sits, in the form validation errors use: items[2].weight. */
        private static String path(SerdeException error) {
            List<ReferencePath> steps = new ArrayList<>(error.getPath());
            Collections.reverse(steps); // recorded innermost first
            StringBuilder path = new StringBuilder();
            for (ReferencePath step : steps) {
                if (step instanceof CollectionItemReferencePath item) {
                    path.append('[').append(item.index()).append(']');
                } else if (step instanceof MapItemReferencePath entry) {
                    path.append('[').append(entry.key()).append(']');
                } else {
                    path.append(path.isEmpty() ? "" : ".").append(step.getArgument().getName());
                }
            }
            return path.toString();
        }

        /** What the failing value should have been; a list item's step names the list, so take its element. */
        private static Argument<?> innermost(SerdeException error) {
            ReferencePath innermost = error.getPath().get(0);
            if (innermost instanceof CollectionItemReferencePath item) {
                return item.collectionArgument().getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT);
            }
            return innermost.getArgument();
        }

        private static String expected(Argument<?> argument) {
            Class<?> type = argument.getType();
            if (type == java.util.UUID.class) {
                return "a UUID";
            }
            if (type == boolean.class || type == Boolean.class) {
                return "true or false";
            }
            if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
                return "a number";
            }
            if (type.isEnum()) {
                return "one of " + java.util.Arrays.toString(type.getEnumConstants());
            }
            if (java.util.Collection.class.isAssignableFrom(type)) {
                return argument.getFirstTypeVariable().map(item -> "a list, each item " + expected(item)).orElse("a list");
            }
            return type == String.class ? "text" : "an object";
        }
    }

    /** A body that is not JSON, or JSON of the wrong shape. The parser's message names our classes, so it stays in the log. */
    @Singleton
    @Replaces(JsonExceptionHandler.class)
    static class MalformedJson implements ExceptionHandler<JsonSyntaxException, HttpResponse<Problem>> {
        private static final Logger LOG = LoggerFactory.getLogger(MalformedJson.class);

        @Override
        public HttpResponse<Problem> handle(HttpRequest request, JsonSyntaxException exception) {
            LOG.debug("Unreadable JSON body on {}: {}", request.getPath(), exception.getMessage());
            return ProblemResponses.notValidJson(request.getPath());
        }
    }

    /**
     * Anything no other handler claims. PostgreSQL unreachable or the pool exhausted is 503, and the pool reconnects
     * by itself when the database returns; whatever else is a defect, logged in full and answered without detail.
     */
    @Singleton
    static class Unexpected implements ExceptionHandler<Exception, HttpResponse<Problem>> {
        private static final Logger LOG = LoggerFactory.getLogger(Unexpected.class);

        @Override
        public HttpResponse<Problem> handle(HttpRequest request, Exception exception) {
            String state = sqlStateOf(exception);
            if (state != null && state.startsWith("23")) {
                // A race past a service check, e.g. two identical creates at once: the database kept its rule.
                LOG.info("Integrity rule {} on {} {}", state, request.getMethodName(), request.getPath());
                return ProblemResponses.of(HttpStatus.CONFLICT, "conflict",
                        "The change conflicts with data saved at the same moment; reload and try again.", request.getPath());
            }
            if (state != null && state.startsWith("22")) {
                return ProblemResponses.badRequest("A value cannot be stored: text must not contain NUL characters and numbers must be in range.",
                        List.of(new FieldError("body", "has a value that cannot be stored")), request.getPath());
            }
            if (ConnectionFailures.isIn(exception)) {
                LOG.warn("Database unavailable on {} {}: {}", request.getMethodName(), request.getPath(), exception.getMessage());
                return ProblemResponses.of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable",
                        "The database is unavailable; try again shortly.", request.getPath());
            }
            LOG.error("Unexpected error on {} {}", request.getMethodName(), request.getPath(), exception);
            return ProblemResponses.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                    "Something went wrong on our side. It has been logged; please try again.", request.getPath());
        }
    }

    private static String sqlStateOf(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

}
