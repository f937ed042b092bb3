package dev.tally;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

@OpenAPIDefinition(
        info = @Info(title = "Tally", version = "v1",
                description = "Structured technical interviews: question bank, interview kits, live scoring and hiring reports."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "A JWT from POST /login, following RFC8725 (JWT best current practices): signed with HS256 only, so a "
                + "token naming another algorithm or none is refused; issuer and expiry are checked on every request.")
public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
