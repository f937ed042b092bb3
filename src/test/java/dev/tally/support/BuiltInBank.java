package dev.tally.support;

/** Ids of what every organisation starts with (migrations seed them): the question bank, red flags and starter kits. */
public final class BuiltInBank {

    public static final String ORM_IGNORANCE = "00000000-0000-0000-0003-000000000001";
    public static final String SECURITY_NEGLIGENCE = "00000000-0000-0000-0003-000000000002";
    public static final String NO_TESTING_CULTURE = "00000000-0000-0000-0003-000000000003";
    /** The built-in phone-screen kit. */
    public static final String PHONE_SCREEN = "00000000-0000-0000-0004-000000000001";

    private BuiltInBank() {
    }

    /** The built-in bank's question Q{number}. */
    public static String question(int number) {
        return String.format("00000000-0000-0000-0001-%012d", number);
    }
}
