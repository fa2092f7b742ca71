package io.worklane.api.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.InputDecorator;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Refuses, while Jackson reads a request body, the text no field can hold: a NUL character
 * ({@code \u0000}; PostgreSQL cannot store it) and a lone surrogate ({@code \ud800} without its pair, or
 * its UTF-8 bytes; no valid text has one). It watches the escapes as they stream past, so every body read
 * through the application's ObjectMapper is covered, typed DTOs and merge patches alike.
 */
public final class JsonTextCheck extends InputDecorator {

    /** The refusal, thrown from the stream Jackson reads and answered with 400 by {@link InputExceptionMappers}. */
    public static final class InvalidText extends JsonParseException {
        InvalidText(String message) {
            super(null, message, JsonLocation.NA);
        }
    }

    @Override
    public InputStream decorate(IOContext context, InputStream in) {
        Scanner scanner = new Scanner();
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    scanner.accept(b, true);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int count = super.read(buffer, offset, length);
                for (int i = 0; i < count; i++) {
                    scanner.accept(buffer[offset + i] & 0xFF, true);
                }
                return count;
            }
        };
    }

    @Override
    public InputStream decorate(IOContext context, byte[] src, int offset, int length) {
        return decorate(context, new ByteArrayInputStream(src, offset, length));
    }

    @Override
    public Reader decorate(IOContext context, Reader in) {
        Scanner scanner = new Scanner();
        return new FilterReader(in) {
            @Override
            public int read() throws IOException {
                int c = super.read();
                if (c >= 0) {
                    scanner.accept(c, false);
                }
                return c;
            }

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                int count = super.read(buffer, offset, length);
                for (int i = 0; i < count; i++) {
                    scanner.accept(buffer[offset + i], false);
                }
                return count;
            }
        };
    }

    /** Follows backslash escapes (bytes or chars): {@code \\u0000} is text, {@code \u0000} is NUL. */
    private static final class Scanner {
        private boolean escaped;
        private int hexLeft = -1;
        private int hex;
        private boolean awaitingLow;
        private int previous;

        void accept(int unit, boolean bytes) throws InvalidText {
            if (bytes && previous == 0xED && unit >= 0xA0 && unit <= 0xBF) {
                throw new InvalidText("The request body holds a surrogate encoded as UTF-8, which is not text.");
            }
            if (!bytes) {
                checkChar((char) unit);
            }
            previous = unit;
            if (hexLeft > 0) {
                int digit = Character.digit(unit, 16);
                if (digit < 0) {
                    hexLeft = -1; // not an escape Jackson accepts: it refuses the body itself
                    return;
                }
                hex = hex * 16 + digit;
                if (--hexLeft == 0) {
                    hexLeft = -1;
                    escapedCharacter(hex);
                }
                return;
            }
            if (escaped) {
                escaped = false;
                if (unit == 'u') {
                    hexLeft = 4;
                    hex = 0;
                    return;
                }
                loneHighSurrogate();
                return;
            }
            if (unit == '\\') {
                escaped = true;
                return;
            }
            loneHighSurrogate();
        }

        private void escapedCharacter(int c) throws InvalidText {
            if (c == 0) {
                throw new InvalidText("The request body holds a NUL character (\\u0000), which no text may contain.");
            }
            boolean high = c >= 0xD800 && c <= 0xDBFF;
            boolean low = c >= 0xDC00 && c <= 0xDFFF;
            if (low && !awaitingLow || awaitingLow && !low) {
                throw lone();
            }
            awaitingLow = high;
        }

        private int pendingHighChar;

        private void checkChar(char c) throws InvalidText {
            if (c == 0) {
                throw new InvalidText("The request body holds a NUL character, which no text may contain.");
            }
            if (pendingHighChar != 0) {
                pendingHighChar = 0;
                if (!Character.isLowSurrogate(c)) {
                    throw lone();
                }
                return;
            }
            if (Character.isLowSurrogate(c)) {
                throw lone();
            }
            pendingHighChar = Character.isHighSurrogate(c) ? c : 0;
        }

        private void loneHighSurrogate() throws InvalidText {
            if (awaitingLow) {
                throw lone();
            }
        }

        private static InvalidText lone() {
            return new InvalidText("The request body holds a lone surrogate (such as \\ud800 without its pair), which "
                    + "is not text.");
        }
    }
}
