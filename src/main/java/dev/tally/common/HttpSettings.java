package dev.tally.common;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * {@code trustedProxies}: addresses or CIDR blocks of the proxies whose X-Forwarded-For is believed; none by default.
 * {@code publicUrl}: where users reach Tally; an https one makes browsers keep to https (HSTS).
 */
@ConfigurationProperties("tally.http")
record HttpSettings(@Nullable List<String> trustedProxies, @Nullable String publicUrl) {

    boolean servedOverHttps() {
        return publicUrl != null && publicUrl.startsWith("https://");
    }
}
