package dev.tally.common;

import io.micronaut.data.connection.exceptions.ConnectionException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Whether a failure is the database being out of reach (a 503, or another source to try), not a fault of the request. */
public final class ConnectionFailures {

    private ConnectionFailures() {
    }

    public static boolean isIn(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("57P01"))) {
                return true;
            }
            if (cause instanceof java.net.ConnectException || cause instanceof ConnectionException) {
                return true;
            }
        }
        return false;
    }
}
