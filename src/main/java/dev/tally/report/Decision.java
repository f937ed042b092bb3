package dev.tally.report;

/** A suggested decision, most severe first: a candidate's is the most severe over their interviews. */
enum Decision {
    REJECT, INCOMPLETE, DISCUSS, ADVANCE;

    Decision mostSevere(Decision other) {
        return ordinal() <= other.ordinal() ? this : other;
    }
}
