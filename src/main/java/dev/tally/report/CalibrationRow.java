package dev.tally.report;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.util.List;
import java.util.UUID;

/**
 * One interviewer's scoring habits over a scope, as PostgreSQL aggregates them; their comparisons with co-panelists
 * per interview, from which {@link LeniencyEstimate} computes leniency and its interval.
 */
@Introspected
record CalibrationRow(UUID interviewerId, String interviewerName, int scorecards,
                      int scored1, int scored2, int scored3, int scored4, int notAssessed,
                      int definitelyNo, int no, int yes, int strongYes, int noDecision,
                      @TypeDef(type = DataType.JSON) List<LeniencyEstimate.Cluster> clusters) {
}
