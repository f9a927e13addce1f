package no.samvirke.platform;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells an error caused by the database being unreachable (down, restarting, no free connection
 * within the pool's timeout) from every other error. Such a request is answered 503 and may be
 * retried: the connection pool reconnects by itself when the database is back.
 */
public final class DatabaseOutage {

    private static final int MAX_DEPTH = 20;

    private DatabaseOutage() {
    }

    /** True if the error, or anything it was caused by, says the database cannot be reached. */
    public static boolean isCause(Throwable error) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = error; t != null && seen.add(t) && seen.size() <= MAX_DEPTH; t = t.getCause()) {
            if (isConnectionFailure(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException || t instanceof java.net.ConnectException
                || t instanceof org.springframework.transaction.CannotCreateTransactionException
                || t instanceof org.springframework.dao.DataAccessResourceFailureException
                || t instanceof org.hibernate.exception.JDBCConnectionException) {
            return true;
        }
        return t instanceof SQLException sql && isConnectionState(sql);
    }

    /**
     * SQL state class 08 is "connection exception" in every database; PostgreSQL's 57P01-57P03
     * mean the server is shutting down or starting; H2's 90067 and 90098 mean the connection or
     * the database is closed.
     */
    private static boolean isConnectionState(SQLException sql) {
        String state = sql.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P0")
                || state.equals("90067") || state.equals("90098"));
    }
}
