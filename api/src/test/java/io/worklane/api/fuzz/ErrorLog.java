package io.worklane.api.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the server logs while the fuzzer runs: every ERROR, and every record that carries a stack trace.
 * Bad input is the client's mistake: it must leave neither (issue #20, "a quiet, honest log").
 */
final class ErrorLog extends Handler implements AutoCloseable {
    private final List<String> records = new ArrayList<>();
    private final Logger root = Logger.getLogger("");

    static ErrorLog capture() {
        ErrorLog log = new ErrorLog();
        log.root.addHandler(log);
        return log;
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.SEVERE.intValue() || record.getThrown() != null) {
            String message = record.getMessage();
            try {
                if (record.getParameters() != null && message != null) {
                    message = String.format(message.replace("{0}", "%s"), record.getParameters());
                }
            } catch (RuntimeException unformattable) {
                // keep the raw message
            }
            records.add(record.getLevel() + " [" + record.getLoggerName() + "] " + HttpCase.abbreviated(String.valueOf(message))
                    + (record.getThrown() == null ? "" : " — " + record.getThrown()));
        }
    }

    synchronized List<String> records() {
        return List.copyOf(records);
    }

    synchronized int size() {
        return records.size();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        root.removeHandler(this);
    }
}
