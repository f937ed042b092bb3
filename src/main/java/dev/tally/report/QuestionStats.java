package dev.tally.report;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.util.UUID;

/** How one version of a question fared across the submitted scorecards the caller may read. */
@Introspected
record QuestionStats(UUID questionId, String questionCode, int questionVersion, int timesAsked, int answers, int notAssessed,
                     int scored1, int scored2, int scored3, int scored4, @Nullable Double mean,
                     @Nullable Double hiredMean, int hiredCandidates, @Nullable Double notHiredMean, int notHiredCandidates,
                     @Nullable @TypeDef(type = DataType.JSON) Correlation.Sums itemRest,
                     @Nullable @TypeDef(type = DataType.JSON) Correlation.Sums decisionAgreement) {

    int scored() {
        return scored1 + scored2 + scored3 + scored4;
    }
}
