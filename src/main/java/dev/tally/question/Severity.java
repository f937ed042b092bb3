package dev.tally.question;

/** How much a red flag weighs. By default a kit treats a CRITICAL flag as a knockout. */
public enum Severity {
    CRITICAL, MAJOR, MINOR
}
