package org.statementatlas.graphql.server;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects what is logged at ERROR (JUL SEVERE) anywhere in this JVM while it is open. */
final class ErrorLogCapture extends Handler implements AutoCloseable {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private ErrorLogCapture() {
    }

    static ErrorLogCapture start() {
        ErrorLogCapture capture = new ErrorLogCapture();
        Logger.getLogger("").addHandler(capture);
        return capture;
    }

    /** The messages (format strings) logged at ERROR so far. */
    List<String> messages() {
        return records.stream().map(LogRecord::getMessage).toList();
    }

    List<LogRecord> records() {
        return List.copyOf(records);
    }

    @Override
    public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
            records.add(record);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
