package dev.tally.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanInitializedEventListener;
import io.micronaut.context.event.BeanInitializingEvent;
import jakarta.inject.Singleton;

import java.net.URI;

/**
 * Points the datasource at the configured server, accepting both JDBC URLs and the common
 * {@code postgres://user:password@host:port/db} form, or at the embedded server when none is configured.
 */
@Singleton
class DatasourceLocator implements BeanInitializedEventListener<DatasourceConfiguration> {

    private final BeanProvider<EmbeddedDatabase> embedded;

    DatasourceLocator(BeanProvider<EmbeddedDatabase> embedded) {
        this.embedded = embedded;
    }

    @Override
    public DatasourceConfiguration onInitialized(BeanInitializingEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
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
