package io.worklane.domain.workitem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RankTest {
    @Test
    void keys_are_strictly_between_their_neighbours() {
        assertThat(Rank.between(null, null)).isEqualTo("a0");
        assertThat(Rank.between("a0", null)).isEqualTo("a1");
        assertThat(Rank.between(null, "a0")).isEqualTo("Zz");
        assertThat(Rank.between("a0", "a1")).isEqualTo("a0V");
        assertThat(Rank.between("a0V", "a1")).isEqualTo("a0l");
        assertThat(Rank.between("az", null)).isEqualTo("b00");
        assertThatThrownBy(() -> Rank.between("a1", "a0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_thousand_random_moves_keep_the_order_and_short_keys_and_appends_stay_short() {
        List<String> keys = new ArrayList<>(List.of("a0"));
        Random random = new Random(14);
        for (int i = 0; i < 1000; i++) {
            int at = random.nextInt(keys.size() + 1);
            String key = Rank.between(at == 0 ? null : keys.get(at - 1), at == keys.size() ? null : keys.get(at));
            keys.add(at, key);
        }
        for (int i = 1; i < keys.size(); i++) {
            assertThat(keys.get(i - 1)).isLessThan(keys.get(i));
            assertThat(keys.get(i)).matches("[0-9A-Za-z]+");
        }
        String last = "a0";
        for (int i = 0; i < 100_000; i++) {
            last = Rank.between(last, null);
        }
        assertThat(last.length()).isLessThanOrEqualTo(5);
    }

    @Test
    void the_backfilled_keys_of_migration_v47_sit_in_the_same_scheme() {
        // V47 gives existing items 'd' + four base-62 digits in creation order: a valid integer part
        assertThat(Rank.integer("d0001")).isEqualTo("d0001");
        assertThat(Rank.between("d0001", "d0002")).startsWith("d0001").isGreaterThan("d0001").isLessThan("d0002");
        assertThat(Rank.between("dzzzz", null)).isEqualTo("e00000");
    }
}
