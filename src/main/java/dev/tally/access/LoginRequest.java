package dev.tally.access;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code username} is the account's email, named as in Micronaut Security's login form. */
@Serdeable
record LoginRequest(@NotBlank @Size(max = 254) String username, @NotBlank @FitsBcrypt String password) {

    @Override
    public String toString() {
        return "LoginRequest[username=" + username + "]";
    }
}
