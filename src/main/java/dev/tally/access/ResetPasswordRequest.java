package dev.tally.access;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The password an admin sets for a user, who must replace it at their next login. */
@Serdeable
record ResetPasswordRequest(@NotNull @Size(min = 10, message = "must be at least 10 characters") @FitsBcrypt String newPassword) {

    @Override
    public String toString() {
        return "ResetPasswordRequest[]";
    }
}
