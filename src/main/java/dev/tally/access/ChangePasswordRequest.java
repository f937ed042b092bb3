package dev.tally.access;

import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Serdeable
record ChangePasswordRequest(@NotBlank @FitsBcrypt @Schema(maxLength = PasswordHasher.MAXIMUM_BYTES, description = "at most 72 bytes in UTF-8") String currentPassword,
                             @NotNull @Size(min = 10, message = "must be at least 10 characters") @FitsBcrypt @Schema(maxLength = PasswordHasher.MAXIMUM_BYTES, description = "at most 72 bytes in UTF-8") String newPassword) {

    @Override
    public String toString() {
        return "ChangePasswordRequest[]";
    }
}
