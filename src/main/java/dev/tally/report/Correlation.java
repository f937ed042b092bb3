package dev.tally.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Pearson's r over n pairs (x, y), from the sums the database adds up (docs/statistics.md): r = (n·Σxy − Σx·Σy) /
 * sqrt((n·Σx² − (Σx)²)·(n·Σy² − (Σy)²)). With y a 0/1 outcome it is the point-biserial correlation. "Insufficient data"
 * below the stated minimums, or when x or y does not vary.
 *
 * @param units n, the pairs it rests on
 */
@Serdeable
record Correlation(@Nullable Double r, long units, String status) {

    static final String OK = "ok";
    static final String INSUFFICIENT = "insufficient data";

    /** Σ over the pairs; {@code ones} counts the pairs with y = 1, for a 0/1 outcome. */
    @Serdeable
    record Sums(long n, double x, double y, double xx, double yy, double xy, long ones) {
        static final Sums NONE = new Sums(0, 0, 0, 0, 0, 0, 0);
    }

    /** At least {@code minUnits} pairs. */
    static Correlation of(@Nullable Sums sums, int minUnits) {
        Sums given = sums == null ? Sums.NONE : sums;
        if (given.n() < minUnits) {
            return new Correlation(null, given.n(), INSUFFICIENT);
        }
        double varianceX = given.n() * given.xx() - given.x() * given.x();
        double varianceY = given.n() * given.yy() - given.y() * given.y();
        // sums of squares of equal values can leave a rounding residue instead of 0: no variation either way
        if (varianceX <= 1e-9 * Math.max(1, given.n() * given.xx()) || varianceY <= 1e-9 * Math.max(1, given.n() * given.yy())) {
            return new Correlation(null, given.n(), INSUFFICIENT);
        }
        double r = (given.n() * given.xy() - given.x() * given.y()) / Math.sqrt(varianceX * varianceY);
        return new Correlation(Math.max(-1, Math.min(1, r)), given.n(), OK);
    }

    /** At least {@code minUnits} pairs with at least {@code minEachOutcome} of each outcome, y = 1 and y = 0. */
    static Correlation pointBiserial(@Nullable Sums sums, int minUnits, int minEachOutcome) {
        Sums given = sums == null ? Sums.NONE : sums;
        if (given.ones() < minEachOutcome || given.n() - given.ones() < minEachOutcome) {
            return new Correlation(null, given.n(), INSUFFICIENT);
        }
        return of(given, minUnits);
    }
}
