package dev.tally.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the run's database before the first test and points every application context of the run at it
 * through system properties, which outrank application.yml; after the last test, stops the shared service that uses
 * it and drops it.
 */
public class TestDatabaseSession implements LauncherSessionListener {

    private TestDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        database = TestDatabase.start();
        System.setProperty("datasources.default.url", database.jdbcUrl());
        System.setProperty("datasources.default.username", database.username());
        System.setProperty("datasources.default.password", database.password());
        System.out.println("Tests run against " + database.description());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        SharedService.stop();
        if (database != null) {
            try {
                database.close();
            } catch (Exception e) {
                System.err.println("Could not clean up the test database: " + e.getMessage());
            }
        }
    }
}
