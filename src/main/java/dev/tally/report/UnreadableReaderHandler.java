package dev.tally.report;

import dev.tally.common.Problem;
import dev.tally.common.ProblemResponses;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.List;

/** A zone or locale the printable report cannot read is a query value that breaks its rule: a 400 naming it. */
@Singleton
class UnreadableReaderHandler implements ExceptionHandler<CandidateReportPage.Reader.UnreadableReader, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, CandidateReportPage.Reader.UnreadableReader exception) {
        return ProblemResponses.badRequest("The request has invalid values; see errors.", List.of(exception.error()), request.getPath());
    }
}
