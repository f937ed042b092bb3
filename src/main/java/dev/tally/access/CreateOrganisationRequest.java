package dev.tally.access;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Serdeable
record CreateOrganisationRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email(message = "must be a valid email address") @Size(max = 254) String adminEmail,
        @NotNull @Size(min = 10, message = "must be at least 10 characters") @FitsBcrypt String adminPassword,
        @Size(max = 200) String adminName) {

    @Override
    public String toString() {
        return "CreateOrganisationRequest[name=" + name + ", adminEmail=" + adminEmail + "]";
    }
}
