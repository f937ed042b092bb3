package dev.tally.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The PostgreSQL driver, counting the statements the service sends: every {@code execute*} call on a statement of
 * one of its connections, whichever thread makes it, is listed with its SQL while a count is open. Commits and
 * rollbacks are not statements here, nor is the pool's validation ({@code Connection.isValid}), nor a new connection's
 * session settings ({@code SET …}, the pool's connection-init-sql), which HikariCP sends on its own thread whenever it
 * opens a connection, not for any request. A test points the
 * service at it with {@code datasources.default.driver-class-name}; HikariCP then opens its connections through it.
 */
public final class CountingDriver implements Driver {

    private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
            "executeBatch", "executeLargeBatch");
    private static volatile List<String> counted;

    private final Driver postgres = new org.postgresql.Driver();

    /** Starts listing the statements sent from now on, forgetting any earlier list. */
    public static void start() {
        counted = Collections.synchronizedList(new ArrayList<>());
    }

    /** The statements sent since {@link #start()}, in order; stops listing. */
    public static List<String> stop() {
        List<String> statements = counted;
        counted = null;
        return statements == null ? List.of() : List.copyOf(statements);
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Connection connection = postgres.connect(url, info);
        return connection == null ? null : proxy(Connection.class, connection, (target, method, args) -> {
            Object result = invoke(target, method, args);
            if (result instanceof Statement statement) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
                Class<? extends Statement> type = statement instanceof CallableStatement ? CallableStatement.class
                        : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
                return counting(type, statement, sql);
            }
            return result;
        });
    }

    private static <T extends Statement> T counting(Class<T> type, Statement statement, String preparedSql) {
        return proxy(type, statement, (target, method, args) -> {
            List<String> list = counted;
            if (list != null && EXECUTES.contains(method.getName())) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : String.valueOf(preparedSql);
                if (!sql.startsWith("SET ")) {
                    list.add(sql);
                }
            }
            return invoke(target, method, args);
        });
    }

    private interface Call {
        Object on(Object target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, Object target, Call call) {
        InvocationHandler handler = (proxy, method, args) -> call.on(target, method, args);
        return type.cast(Proxy.newProxyInstance(CountingDriver.class.getClassLoader(), new Class<?>[]{type}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return postgres.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return postgres.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return postgres.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return postgres.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return postgres.jdbcCompliant();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return postgres.getParentLogger();
    }
}
