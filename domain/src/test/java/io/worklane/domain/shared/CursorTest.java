package io.worklane.domain.shared;

import static io.worklane.domain.Refusals.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.UUID;
import java.util.zip.CRC32;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CursorTest {
    private static final String SORT = "-createdAt";
    private static final char SEP = '\u001f';
    private static final UUID LAST_ID = UUID.fromString("0195a2b0-1234-7abc-8def-0123456789ab");
    private static final Cursor A_CURSOR = new Cursor(SORT, "2025-03-10T09:00:00Z", LAST_ID);

    @Test
    void a_cursor_decodes_to_what_was_encoded() {
        assertThat(Cursor.decode(A_CURSOR.encode(), SORT)).isEqualTo(A_CURSOR);
    }

    @Test
    void a_cursor_without_a_sort_value_round_trips_with_a_null_value() {
        Cursor withoutValue = new Cursor(SORT, null, LAST_ID);

        assertThat(Cursor.decode(withoutValue.encode(), SORT)).isEqualTo(withoutValue);
    }

    @Test
    void an_encoded_cursor_is_opaque_and_url_safe() {
        assertThat(A_CURSOR.encode())
                .matches("[A-Za-z0-9_-]+")
                .doesNotContain(LAST_ID.toString());
    }

    @ParameterizedTest
    @NullAndEmptySource
    void no_cursor_means_the_first_page(String nothing) {
        assertThat(Cursor.decode(nothing, SORT)).isNull();
    }

    @Test
    void a_cursor_with_one_character_flipped_is_refused() {
        String encoded = A_CURSOR.encode();
        int middle = encoded.length() / 2;
        String tampered = encoded.substring(0, middle) + otherChar(encoded.charAt(middle)) + encoded.substring(middle + 1);

        assertThatThrownBy(() -> Cursor.decode(tampered, SORT))
                .isInstanceOfSatisfying(DomainException.class, refusedWith(ErrorCode.INVALID_CURSOR));
    }

    /**
     * Every position but the last: base64 without padding leaves spare bits in the last character,
     * so changing only those bits decodes to the very same bytes (nothing was tampered with).
     */
    @Test
    void a_cursor_with_any_one_character_changed_is_refused() {
        String encoded = A_CURSOR.encode();
        for (int i = 0; i < encoded.length() - 1; i++) {
            String tampered = encoded.substring(0, i) + otherChar(encoded.charAt(i)) + encoded.substring(i + 1);

            assertThatThrownBy(() -> Cursor.decode(tampered, SORT))
                    .as("cursor changed at position %d", i)
                    .isInstanceOfSatisfying(DomainException.class, refusedWith(ErrorCode.INVALID_CURSOR));
        }
    }

    @Test
    void random_base64_is_refused() {
        byte[] noise = new byte[48];
        new Random(42).nextBytes(noise);
        String random = Base64.getUrlEncoder().withoutPadding().encodeToString(noise);

        assertThatThrownBy(() -> Cursor.decode(random, SORT))
                .isInstanceOfSatisfying(DomainException.class, refusedWith(ErrorCode.INVALID_CURSOR));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a cursor!", "%%%", "ENG-42", "eyJpZCI6MX0"})
    void text_that_is_not_a_cursor_is_refused(String text) {
        assertThatThrownBy(() -> Cursor.decode(text, SORT))
                .isInstanceOfSatisfying(DomainException.class, refusedWith(ErrorCode.INVALID_CURSOR));
    }

    @Test
    void a_cursor_with_a_wrong_checksum_is_refused() {
        String body = SORT + SEP + "2025-03-10T09:00:00Z" + SEP + LAST_ID;
        String forged = encode(body + SEP + "deadbeef");

        assertThatThrownBy(() -> Cursor.decode(forged, SORT))
                .isInstanceOfSatisfying(DomainException.class, refusedWith(ErrorCode.INVALID_CURSOR));
    }

    @Test
    void a_cursor_whose_id_is_not_a_uuid_is_refused_even_with_a_matching_checksum() {
        String body = SORT + SEP + "2025-03-10T09:00:00Z" + SEP + "not-a-uuid";
        String forged = encode(body + SEP + crc(body));

        assertThatThrownBy(() -> Cursor.decode(forged, SORT))
                .isInstanceOfSatisfying(DomainException.class, refusedWith(ErrorCode.INVALID_CURSOR));
    }

    @Test
    void a_cursor_issued_for_another_sort_is_refused() {
        String issuedForAscending = new Cursor("createdAt", "2025-03-10T09:00:00Z", LAST_ID).encode();

        assertThatThrownBy(() -> Cursor.decode(issuedForAscending, SORT))
                .isInstanceOfSatisfying(DomainException.class, refusedWith(ErrorCode.INVALID_CURSOR))
                .hasMessageContaining("createdAt");
    }

    private static char otherChar(char c) {
        return c == 'A' ? 'B' : 'A';
    }

    private static String encode(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static String crc(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }
}
