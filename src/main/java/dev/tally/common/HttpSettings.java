package dev.tally.common;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** {@code trustedProxies}: addresses or CIDR blocks of the proxies whose X-Forwarded-For is believed; none by default. */
@ConfigurationProperties("tally.http")
record HttpSettings(@Nullable List<String> trustedProxies) {
}
