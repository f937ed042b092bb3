package dev.tally.access;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Serdeable
record ChangePasswordRequest(@NotBlank @FitsBcrypt String currentPassword,
                             @NotNull @Size(min = 10, message = "must be at least 10 characters") @FitsBcrypt String newPassword) {

    @Override
    public String toString() {
        return "ChangePasswordRequest[]";
    }
}
