package io.worklane.api.rest.shared;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The trace id a problem document carries ({@code traceId}): with tracing on, the id of the request's
 * trace (the same one in the tracing backend and in JSON logs); with it off, a fresh id of the same
 * form, which the server logs with every 5xx it answers. Computed only when a problem is written.
 */
public final class TraceIds {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private TraceIds() {
    }

    public static String current() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? span.getTraceId() : random();
    }

    /** 32 lower-case hex digits, as W3C Trace Context writes a trace id. */
    static String random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] id = new char[32];
        for (int i = 0; i < id.length; i += 16) {
            long bits = random.nextLong();
            for (int j = 0; j < 16; j++) {
                id[i + j] = HEX[(int) (bits >>> (60 - 4 * j)) & 0xF];
            }
        }
        return new String(id);
    }
}
