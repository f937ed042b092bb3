package dev.tally.access;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Set;

@Serdeable
record TokenView(@JsonProperty("access_token") String accessToken,
                 @JsonProperty("token_type") String tokenType,
                 @JsonProperty("expires_in") int expiresIn,
                 String username,
                 Set<Role> roles) {
}
