package dev.tally.demo;

/**
 * The demo organisation's people: one per role, and three more interviewers so that panels have two or three members.
 * {@code bias} is how far from a candidate's level each one scores: a lenient and a severe rater give calibration
 * and leniency something to find.
 */
enum DemoPerson {
    ADMIN("admin", "Alex Morgan", "admin@demo.tally.local", "ADMIN", 0),
    RECRUITER("recruiter", "Riley Chen", "recruiter@demo.tally.local", "RECRUITER", 0),
    HIRING_MANAGER("hiring manager", "Hana Okafor", "hiring-manager@demo.tally.local", "HIRING_MANAGER", 0),
    INTERVIEWER("interviewer", "Ivan Petrov", "interviewer@demo.tally.local", "INTERVIEWER", 0),
    LENIENT("interviewer, lenient", "Lena Brooks", "lena.brooks@demo.tally.local", "INTERVIEWER", 1),
    SEVERE("interviewer, severe", "Sam Keller", "sam.keller@demo.tally.local", "INTERVIEWER", -1),
    STEADY("interviewer", "Theo Grant", "theo.grant@demo.tally.local", "INTERVIEWER", 0);

    /** What the sign-in block calls them. */
    final String label;
    final String fullName;
    final String email;
    final String role;
    final double bias;

    DemoPerson(String label, String fullName, String email, String role, double bias) {
        this.label = label;
        this.fullName = fullName;
        this.email = email;
        this.role = role;
        this.bias = bias;
    }
}
