package dev.tally.report;

/** A suggested decision, most severe first: a candidate's is the most severe over their interviews. */
enum Decision {
    REJECT, INCOMPLETE, DISCUSS, ADVANCE;

    /** 0 for the most severe: the stored outcomes keep it, so that a candidate's decision is the smallest over interviews. */
    int severity() {
        return ordinal();
    }

    Decision mostSevere(Decision other) {
        return ordinal() <= other.ordinal() ? this : other;
    }
}
