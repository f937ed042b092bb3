package dev.tally.report;

import dev.tally.database.ReplicaStatus;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;

/**
 * The report queries a request reads: the replica's when {@link ReplicaReadsFilter} found it usable as the request
 * began (report, export, calibration, reliability and analytics reads), the primary's for everything else, such as a
 * decision being recorded, which must read its own writes. Decided once per request, so that all its statements read
 * one source.
 */
@Singleton
class ReportReads {

    private final ReportRepository primary;
    private final ReplicaReportRepository replica;

    ReportReads(ReportRepository primary, ReplicaReportRepository replica) {
        this.primary = primary;
        this.replica = replica;
    }

    ReportRepository rows() {
        return fromReplica() ? replica : primary;
    }

    boolean fromReplica() {
        return ServerRequestContext.currentRequest()
                .flatMap(request -> request.getAttribute(ReplicaStatus.SOURCE, ReplicaStatus.Reading.class))
                .map(reading -> reading.source() == ReplicaStatus.Source.REPLICA).orElse(false);
    }
}
