package dev.tally.report;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Calibration thresholds: an interviewer is flagged as lenient or severe when |L_r| ≥ {@code leniencyFlag} over at
 * least {@code minComparisons} comparisons and {@link LeniencyEstimate} finds it clear of 0; an interviewer's leniency is
 * taken out of adjusted scores from {@code minComparisons} comparisons on, flagged or not. Reliability
 * needs {@code minUnits} units with two or more scores before alpha is reported; a question's item–rest correlation
 * {@code minUnits} interviewer-interviews, its agreement with the final decision {@code minUnits} interviews with at least
 * {@code minEachDecision} of hired and of rejected candidates.
 */
@ConfigurationProperties("tally.reports")
record ReportSettings(@Bindable(defaultValue = "10") int minComparisons,
                      @Bindable(defaultValue = "0.5") double leniencyFlag,
                      @Bindable(defaultValue = "10") int minUnits,
                      @Bindable(defaultValue = "3") int minEachDecision) {
}
