package dev.tally.access;

import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The password an admin sets for a user, who must replace it at their next login. */
@Serdeable
record ResetPasswordRequest(@NotNull @Size(min = 10, message = "must be at least 10 characters") @FitsBcrypt @Schema(maxLength = PasswordHasher.MAXIMUM_BYTES, description = "at most 72 bytes in UTF-8") String newPassword) {

    @Override
    public String toString() {
        return "ResetPasswordRequest[]";
    }
}
