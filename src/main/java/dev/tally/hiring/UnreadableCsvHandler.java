package dev.tally.hiring;

import dev.tally.common.Problem;
import dev.tally.common.ProblemResponses;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A file that is not a table of candidates is a malformed request (400), unlike valid rows that break rules (422). */
@Singleton
class UnreadableCsvHandler implements ExceptionHandler<CandidateCsv.Unreadable, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, CandidateCsv.Unreadable exception) {
        return ProblemResponses.badRequest("The file cannot be read as candidates; see errors.", exception.errors(), request.getPath());
    }
}
