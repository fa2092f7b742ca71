package io.worklane.api.rest.imports;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An uploaded file's bytes as text: UTF-8 only, strictly (a byte that is not UTF-8 is refused with the row and
 * column it is on, never read as a replacement character), without a byte-order mark (Excel and Jira write one).
 */
final class FileText {
    private FileText() {
    }

    static String of(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            throw notUtf8(bytes, start);
        }
    }

    /** Where the first byte that is not UTF-8 is: its line and its place in the line, counted in characters. */
    private static DomainException notUtf8(byte[] bytes, int start) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        var out = java.nio.CharBuffer.allocate(bytes.length);
        decoder.decode(in, out, true);
        out.flip();
        int line = 1;
        int column = 1;
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return DomainException.validation(List.of(FieldError.inFile(line, "character " + column, "INVALID_ENCODING",
                "Line " + line + ", character " + column + ": the file is not UTF-8 (byte 0x"
                        + Integer.toHexString(bytes[start + in.position()] & 0xFF) + "). Save it as UTF-8 (in Excel:"
                        + " CSV UTF-8) and send it again.")));
    }
}
