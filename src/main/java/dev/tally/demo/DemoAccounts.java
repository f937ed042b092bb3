package dev.tally.demo;

import dev.tally.access.GeneratedPassword;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The demo people's passwords, generated at creation, printed once, and kept in memory only. */
record DemoAccounts(Map<DemoPerson, String> passwords) {

    static DemoAccounts generated() {
        Map<DemoPerson, String> passwords = new EnumMap<>(DemoPerson.class);
        for (DemoPerson person : DemoPerson.values()) {
            passwords.put(person, GeneratedPassword.next());
        }
        return new DemoAccounts(passwords);
    }

    String password(DemoPerson person) {
        return passwords.get(person);
    }

    /** Never the passwords, should a log line ever print the record. */
    @Override
    public String toString() {
        return "DemoAccounts[" + passwords.size() + " people]";
    }

    /** One line per person, to print once. */
    String signIns() {
        return Arrays.stream(DemoPerson.values())
                .map(person -> String.format("   %-22s %-32s %s", person.label + ":",
                        person.email, password(person)))
                .collect(Collectors.joining("\n"));
    }
}
