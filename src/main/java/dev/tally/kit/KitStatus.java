package dev.tally.kit;

/** Where a kit version is in its life: edited, frozen for use, or retired from new interviews. */
public enum KitStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
