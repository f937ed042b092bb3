package dev.tally.access;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Serdeable
record ChangePasswordRequest(@NotBlank @Size(max = 200) String currentPassword,
                             @NotNull @Size(min = 10, max = 200, message = "must be between 10 and 200 characters") String newPassword) {

    @Override
    public String toString() {
        return "ChangePasswordRequest[]";
    }
}
