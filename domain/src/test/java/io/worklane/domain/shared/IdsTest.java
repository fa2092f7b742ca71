package io.worklane.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IdsTest {

    @Test
    void a_new_id_is_a_version_7_uuid_of_the_rfc_variant() {
        UUID id = Ids.newId();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void a_new_id_carries_the_unix_milliseconds_of_its_creation() {
        long before = System.currentTimeMillis();
        UUID id = Ids.newId();
        long after = System.currentTimeMillis();

        assertThat(millisOf(id)).isBetween(before, after);
    }

    @Test
    void an_id_generated_later_sorts_after_an_earlier_one() throws InterruptedException {
        UUID earlier = Ids.newId();
        Thread.sleep(2);
        UUID later = Ids.newId();

        assertThat(millisOf(later)).isGreaterThan(millisOf(earlier));
        assertThat(later).isGreaterThan(earlier);
    }

    @Test
    void ids_generated_in_a_row_never_go_back_in_time_and_never_repeat() {
        Set<UUID> seen = new HashSet<>();
        long previousMillis = 0;
        for (int i = 0; i < 10_000; i++) {
            UUID id = Ids.newId();
            assertThat(millisOf(id)).isGreaterThanOrEqualTo(previousMillis);
            previousMillis = millisOf(id);
            seen.add(id);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void parse_or_null_reads_a_uuid() {
        UUID id = Ids.newId();

        assertThat(Ids.parseOrNull(id.toString())).isEqualTo(id);
        assertThat(Ids.parseOrNull(id.toString().toUpperCase())).isEqualTo(id);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ENG-42", "0195a2b0-1234-7abc-8def-0123456789a", "0195a2b0-1234-7abc-8def-0123456789abc",
            "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz", "1-2-3-4-5"})
    void parse_or_null_gives_null_for_anything_else(String notAnId) {
        assertThat(Ids.parseOrNull(notAnId)).isNull();
    }

    private static long millisOf(UUID id) {
        return id.getMostSignificantBits() >>> 16;
    }
}
