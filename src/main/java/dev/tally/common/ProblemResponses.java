package dev.tally.common;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Renders every error response as {@code application/problem+json}: our domain facts, and the framework's own
 * (unknown route, wrong method, body too large, missing token, validation). Messages of server errors are never
 * passed on, so no stack trace, class name or SQL reaches a client.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemResponses implements ErrorResponseProcessor<Problem> {

    static final MediaType PROBLEM_JSON = MediaType.of(Problem.MEDIA_TYPE);

    @Override
    @NonNull
    public MutableHttpResponse<Problem> processResponse(@NonNull ErrorContext context, @NonNull MutableHttpResponse<?> response) {
        HttpStatus status = response.status();
        List<FieldError> errors = context.getErrors().stream()
                .filter(error -> error.getPath().isPresent())
                .map(error -> new FieldError(error.getPath().get(), error.getMessage()))
                .toList();
        String detail = status.getCode() >= 500 ? serverErrorDetail(status) : clientErrorDetail(context, status);
        Problem problem = Problem.of("about:blank", status.getReason(), status.getCode(), detail,
                context.getRequest().getPath(), errors, null);
        return response.body(problem).contentType(PROBLEM_JSON);
    }

    /** The response for one of our domain facts. */
    public static MutableHttpResponse<Problem> of(DomainException fact, String path) {
        HttpStatus status = statusOf(fact);
        List<FieldError> errors = fact instanceof DomainException.Invalid invalid ? invalid.errors() : null;
        Problem problem = Problem.of("urn:tally:problem:" + fact.slug(), status.getReason(), status.getCode(),
                fact.getMessage(), path, errors, fact.current());
        MutableHttpResponse<Problem> response = HttpResponse.<Problem>status(status).body(problem).contentType(PROBLEM_JSON);
        if (fact instanceof DomainException.Throttled throttled) {
            response.header("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
        } else if (fact instanceof DomainException.Overloaded overloaded) {
            response.header("Retry-After", String.valueOf(overloaded.retryAfterSeconds()));
        }
        return response;
    }

    /** A response built here, for errors that are neither domain facts nor framework errors (e.g. 503). */
    public static MutableHttpResponse<Problem> of(HttpStatus status, String slug, String detail, String path) {
        Problem problem = Problem.of("urn:tally:problem:" + slug, status.getReason(), status.getCode(), detail, path, null, null);
        return HttpResponse.<Problem>status(status).body(problem).contentType(PROBLEM_JSON);
    }

    /** A 400 naming the fields that could not be read. */
    public static MutableHttpResponse<Problem> badRequest(String detail, List<FieldError> errors, String path) {
        Problem problem = Problem.of("about:blank", HttpStatus.BAD_REQUEST.getReason(), 400, detail, path, errors, null);
        return HttpResponse.<Problem>status(HttpStatus.BAD_REQUEST).body(problem).contentType(PROBLEM_JSON);
    }

    /** A 400 for a body that is not exactly one well-formed JSON value. */
    static MutableHttpResponse<Problem> notValidJson(String path) {
        return badRequest("The request body is not valid JSON.", List.of(new FieldError("body", "must be a well-formed JSON document")), path);
    }

    /** A refusal the framework answered without a body (for example CORS), given the body every other refusal has. */
    static Problem forBodiless(HttpStatus status, String detail, String path) {
        return Problem.of("about:blank", status.getReason(), status.getCode(), detail, path, null, null);
    }

    private static HttpStatus statusOf(DomainException fact) {
        if (fact instanceof DomainException.NotFound) {
            return HttpStatus.NOT_FOUND;
        } else if (fact instanceof DomainException.Conflict) {
            return HttpStatus.CONFLICT;
        } else if (fact instanceof DomainException.Forbidden) {
            return HttpStatus.FORBIDDEN;
        } else if (fact instanceof DomainException.Invalid) {
            return HttpStatus.UNPROCESSABLE_ENTITY;
        } else if (fact instanceof DomainException.Unauthenticated) {
            return HttpStatus.UNAUTHORIZED;
        } else if (fact instanceof DomainException.Overloaded) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        return HttpStatus.TOO_MANY_REQUESTS;
    }

    private static String serverErrorDetail(HttpStatus status) {
        return status == HttpStatus.SERVICE_UNAVAILABLE
                ? "The service is temporarily unavailable; try again shortly."
                : "Something went wrong on our side. It has been logged; please try again.";
    }

    private static String clientErrorDetail(ErrorContext context, HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> "Authentication is required: send 'Authorization: Bearer <token>' with a valid, unexpired token from POST /login.";
            case FORBIDDEN -> "Your roles do not allow this action.";
            case NOT_FOUND -> "No resource exists at " + context.getRequest().getPath() + ".";
            case METHOD_NOT_ALLOWED -> context.getRequest().getMethodName() + " is not allowed on " + context.getRequest().getPath() + ".";
            case REQUEST_ENTITY_TOO_LARGE -> "The request body is too large.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json.";
            case BAD_REQUEST -> context.getErrors().isEmpty() ? "The request could not be read." : "The request has invalid values; see errors.";
            default -> context.getErrors().stream().findFirst().map(e -> e.getMessage()).orElse(status.getReason());
        };
    }
}
