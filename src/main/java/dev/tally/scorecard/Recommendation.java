package dev.tally.scorecard;

/** The overall recommendation, in the enumeration ATSs commonly use, so results can be handed over as they are. */
enum Recommendation {
    DEFINITELY_NO, NO, YES, STRONG_YES, NO_DECISION
}
