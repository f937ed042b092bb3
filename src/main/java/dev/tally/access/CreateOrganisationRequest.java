package dev.tally.access;

import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Serdeable
record CreateOrganisationRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email(message = "must be a valid email address") @Size(max = 254) String adminEmail,
        @NotNull @Size(min = 10, message = "must be at least 10 characters") @FitsBcrypt @Schema(maxLength = PasswordHasher.MAXIMUM_BYTES, description = "at most 72 bytes in UTF-8") String adminPassword,
        @Size(max = 200) String adminName) {

    @Override
    public String toString() {
        return "CreateOrganisationRequest[name=" + name + ", adminEmail=" + adminEmail + "]";
    }
}
