package dev.tally.report;

/** A suggested decision, most severe first: a candidate's is the most severe over their interviews. */
enum Decision {
    REJECT, INCOMPLETE, DISCUSS, ADVANCE;

    /**
     * 0 for the most severe. The stored outcomes keep it, so that a candidate's decision is the smallest over their
     * interviews; spelled out rather than the declaration order, so that reordering the constants cannot change it.
     */
    int severity() {
        return switch (this) {
            case REJECT -> 0;
            case INCOMPLETE -> 1;
            case DISCUSS -> 2;
            case ADVANCE -> 3;
        };
    }

    /** The decision of a stored severity. */
    static Decision ofSeverity(int severity) {
        return java.util.Arrays.stream(values()).filter(decision -> decision.severity() == severity).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no decision of severity " + severity));
    }

    Decision mostSevere(Decision other) {
        return severity() <= other.severity() ? this : other;
    }
}
