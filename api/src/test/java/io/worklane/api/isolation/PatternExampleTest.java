package io.worklane.api.isolation;

import io.worklane.api.support.contract.PatternExample;
import io.worklane.api.support.contract.NotCoveredYet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PatternExampleTest {

    @Test
    void theShortestStringOfEachPatternOfTheContractMatchesIt() {
        assertThat(PatternExample.of("^[A-Z][A-Z0-9]{1,9}$")).isEqualTo("AA");
        assertThat(PatternExample.of("^[a-z][a-z0-9_]{0,39}$")).isEqualTo("a");
        assertThat(PatternExample.of("^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$")).isEqualTo("aaa");
        assertThat(PatternExample.of("^[A-Z]{3}$")).isEqualTo("AAA");
        assertThat(PatternExample.of("^-?[0-9]{1,15}(\\.[0-9]{1,4})?$")).isEqualTo("0");
        assertThat(PatternExample.of("^-?(key|createdAt)$")).isEqualTo("key");
        assertThat(PatternExample.of("^whsec_[A-Za-z0-9+/=]{8,}$")).isEqualTo("whsec_AAAAAAAA");
    }

    @Test
    void aPatternItCannotSatisfyFailsLoudly() {
        assertThatThrownBy(() -> PatternExample.of("^[^a-z]+$")).isInstanceOf(NotCoveredYet.class)
                .hasMessageContaining("^[^a-z]+$");
    }
}
