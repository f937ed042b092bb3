package dev.tally.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanInitializedEventListener;
import io.micronaut.context.event.BeanInitializingEvent;
import jakarta.inject.Singleton;

import java.net.URI;

/**
 * Points the datasource at the configured server, accepting both JDBC URLs and the common
 * {@code postgres://user:password@host:port/db} form, or at the embedded server when none is configured. The replica
 * without a URL of its own is the primary, wherever that is; without a user of its own it signs in as the primary's.
 */
@Singleton
class DatasourceLocator implements BeanInitializedEventListener<DatasourceConfiguration> {

    private final BeanProvider<EmbeddedDatabase> embedded;
    private final String primaryUrl;
    private final String primaryUser;
    private final String primaryPassword;

    DatasourceLocator(BeanProvider<EmbeddedDatabase> embedded, @Value("${datasources.default.url:}") String primaryUrl,
                      @Value("${datasources.default.username:}") String primaryUser,
                      @Value("${datasources.default.password:}") String primaryPassword) {
        this.embedded = embedded;
        this.primaryUrl = primaryUrl;
        this.primaryUser = primaryUser;
        this.primaryPassword = primaryPassword;
    }

    @Override
    public DatasourceConfiguration onInitialized(BeanInitializingEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        if (!"default".equals(config.getName())) {
            if (isBlank(config.getConfiguredUrl()) && !isBlank(primaryUrl)) {
                config.setUrl(primaryUrl);
            }
            // credentials in a postgres://user:password@… URL of its own come first (useServerUrl reads them)
            boolean ownCredentials = config.getConfiguredUrl() != null && config.getConfiguredUrl().matches("postgres(ql)?://[^/]*@.*");
            if (isBlank(config.getConfiguredUsername()) && !ownCredentials) {
                config.setUsername(primaryUser);
                config.setPassword(primaryPassword);
            }
        }
        String url = config.getConfiguredUrl();
        if (isBlank(url)) {
            config.setUrl(embedded.get().start());
            config.setUsername("postgres");
        } else if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
            useServerUrl(config, URI.create(url));
        }
        return config;
    }

    private static void useServerUrl(DatasourceConfiguration config, URI uri) {
        String port = uri.getPort() > 0 ? ":" + uri.getPort() : "";
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        config.setUrl("jdbc:postgresql://" + uri.getHost() + port + uri.getRawPath() + query);
        String userInfo = uri.getUserInfo();
        if (userInfo != null && isBlank(config.getConfiguredUsername())) {
            int colon = userInfo.indexOf(':');
            config.setUsername(colon < 0 ? userInfo : userInfo.substring(0, colon));
            if (colon >= 0 && isBlank(config.getPassword())) {
                config.setPassword(userInfo.substring(colon + 1));
            }
        }
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
