package dev.tally.access;

import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code username} is the account's email, named as in Micronaut Security's login form. */
@Serdeable
record LoginRequest(@NotBlank @Size(max = 254) String username, @NotBlank @FitsBcrypt @Schema(maxLength = PasswordHasher.MAXIMUM_BYTES, description = "at most 72 bytes in UTF-8") String password) {

    @Override
    public String toString() {
        return "LoginRequest[username=" + username + "]";
    }
}
