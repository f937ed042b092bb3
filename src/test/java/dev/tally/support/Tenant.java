package dev.tally.support;

import java.util.UUID;

/** A fresh organisation with one logged-in user per role. */
public record Tenant(UUID id, String name, Member admin, Member recruiter, Member interviewer, Member hiringManager) {

    public Member member(String role) {
        return switch (role) {
            case "ADMIN" -> admin;
            case "RECRUITER" -> recruiter;
            case "INTERVIEWER" -> interviewer;
            case "HIRING_MANAGER" -> hiringManager;
            default -> throw new IllegalArgumentException(role);
        };
    }
}
