package dev.tally.access;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

@Serdeable
record CreateUserRequest(
        @NotBlank @Email(message = "must be a valid email address") @Size(max = 254) String email,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Size(min = 10, message = "must be at least 10 characters") @FitsBcrypt @Schema(maxLength = PasswordHasher.MAXIMUM_BYTES, description = "at most 72 bytes in UTF-8") String password,
        @NotEmpty(message = "must name at least one role") @Size(max = Role.COUNT, message = "must have at most " + Role.COUNT + " roles")
        @ArraySchema(schema = @Schema(implementation = Role.class))
        List<@NotNull Role> roles) {

    @Override
    public String toString() {
        return "CreateUserRequest[email=" + email + ", roles=" + roles + "]";
    }
}
