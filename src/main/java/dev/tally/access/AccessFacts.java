package dev.tally.access;

import dev.tally.common.DomainException;
import dev.tally.common.FieldError;

import java.util.List;
import java.util.UUID;

/** The domain facts of the access feature. */
final class AccessFacts {

    private AccessFacts() {
    }

    static final class InvalidCredentials extends DomainException.Unauthenticated {
        InvalidCredentials() {
            super("invalid-credentials", "The email or password is not correct.");
        }
    }

    static final class LoginThrottled extends DomainException.Throttled {
        LoginThrottled(long retryAfterSeconds) {
            super("login-throttled", "Too many failed logins for this account. Try again in " + retryAfterSeconds + " seconds.", retryAfterSeconds);
        }
    }

    static final class LoginSlowed extends DomainException.Throttled {
        LoginSlowed(long retryAfterSeconds) {
            super("login-slowed", "Many logins to this account have failed recently, from everywhere; logins to it are slowed. "
                    + "Try again in " + retryAfterSeconds + " seconds.", retryAfterSeconds);
        }
    }

    static final class TooManyLoginAttempts extends DomainException.Throttled {
        TooManyLoginAttempts(long retryAfterSeconds) {
            super("too-many-login-attempts", "Too many login attempts from your address. Try again in " + retryAfterSeconds + " seconds.",
                    retryAfterSeconds);
        }
    }

    static final class PasswordNotYetChanged extends DomainException.Forbidden {
        PasswordNotYetChanged() {
            super("password-change-required", "Your password was reset by an admin: choose a new one with "
                    + "POST /api/v1/me/password before doing anything else.");
        }
    }

    static final class UserNotFound extends DomainException.NotFound {
        UserNotFound(UUID id) {
            super("user-not-found", "No user " + id + " exists in your organisation.");
        }
    }

    static final class EmailAlreadyRegistered extends DomainException.Conflict {
        EmailAlreadyRegistered(String email) {
            super("email-already-registered", "An account with the email " + email + " already exists.");
        }
    }

    static final class LastAdmin extends DomainException.Conflict {
        LastAdmin() {
            super("last-admin", "This would leave the organisation without an active admin. Make another user an admin first.");
        }
    }

    static final class NotAPrimaryAdmin extends DomainException.Forbidden {
        NotAPrimaryAdmin() {
            super("not-a-primary-admin", "Only admins of the organisation created at installation may create organisations.");
        }
    }

    static final class WrongCurrentPassword extends DomainException.Invalid {
        WrongCurrentPassword() {
            super("wrong-current-password", "The current password is not correct.",
                    List.of(new FieldError("currentPassword", "does not match your current password")));
        }
    }
}
