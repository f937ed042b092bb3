package dev.tally.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What a user may do. A user may hold several. The names are the role strings used in {@code @Secured}. */
public enum Role {
    ADMIN, RECRUITER, INTERVIEWER, HIRING_MANAGER,
    /** Reads candidates' self-identification and the fairness tables built from it, and nothing else of theirs. */
    COMPLIANCE;

    public static final String ADMIN_ROLE = "ADMIN";
    public static final String RECRUITER_ROLE = "RECRUITER";
    public static final String INTERVIEWER_ROLE = "INTERVIEWER";
    public static final String HIRING_MANAGER_ROLE = "HIRING_MANAGER";
    public static final String COMPLIANCE_ROLE = "COMPLIANCE";

    /**
     * The most roles a request may name: one of each. A constant, not {@code values().length}, because annotations
     * need one; a role added above must raise it.
     */
    static final int COUNT = 5;

    /** Roles from their names as stored with a user. */
    static Set<Role> allOf(Collection<String> names) {
        return names.stream().map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
