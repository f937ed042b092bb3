package dev.tally.access;

/** What a user may do. A user may hold several. The names are the role strings used in {@code @Secured}. */
public enum Role {
    ADMIN, RECRUITER, INTERVIEWER, HIRING_MANAGER;

    public static final String ADMIN_ROLE = "ADMIN";
    public static final String RECRUITER_ROLE = "RECRUITER";
    public static final String INTERVIEWER_ROLE = "INTERVIEWER";
    public static final String HIRING_MANAGER_ROLE = "HIRING_MANAGER";
}
