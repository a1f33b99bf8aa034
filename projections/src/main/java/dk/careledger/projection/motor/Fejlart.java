package dk.careledger.projection.motor;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Tells a failure that is not tied to an event (the database went away, a connection broke, a serialization failure
 * or a deadlock, a timeout, a transaction that could not begin or commit) from one that might be. The first kind is
 * retried with back-off and never parks an event; only the second is looked into event by event ({@link Giftsoegning}).
 */
final class Fejlart {
    private Fejlart() {
    }

    /** True when {@code fejl}, or anything it was caused by, says that trying again later may well succeed. */
    static boolean forbigaaende(Throwable fejl) {
        for (Throwable t = fejl; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Projektionslease.Tabt) {
                return true; // not the event's fault: the engine stops and goes standby (never parks)
            }
            if (t instanceof TransientDataAccessException || t instanceof RecoverableDataAccessException
                    || t instanceof DataAccessResourceFailureException || t instanceof QueryTimeoutException
                    || t instanceof TransactionException || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException || t instanceof IOException) {
                return true;
            }
            if (t instanceof SQLException sql && forbigaaendeTilstand(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * PostgreSQL's SQLSTATE classes that say nothing about the data: 08 connection exception, 40 transaction rollback
     * (serialization failure, deadlock), 53 insufficient resources, 57 operator intervention (admin shutdown, query
     * cancelled), 58 system error; and 55P03, a lock not available.
     */
    private static boolean forbigaaendeTilstand(String tilstand) {
        if (tilstand == null || tilstand.length() != 5) {
            return false;
        }
        String klasse = tilstand.substring(0, 2);
        return klasse.equals("08") || klasse.equals("40") || klasse.equals("53") || klasse.equals("57") || klasse.equals("58")
                || tilstand.equals("55P03");
    }
}
