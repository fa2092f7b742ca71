package io.worklane.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChangeTest {

    @Test
    void an_absent_change_keeps_the_current_value() {
        assertThat(Change.<String>absent().or("current")).isEqualTo("current");
    }

    @Test
    void a_change_to_a_value_sets_it() {
        assertThat(Change.to("new").or("current")).isEqualTo("new");
    }

    @Test
    void a_change_to_null_clears_the_value() {
        assertThat(Change.<String>to(null).or("current")).isNull();
    }

    @Test
    void mapping_keeps_absent_absent_and_null_null() {
        assertThat(Change.<String>absent().map(String::length).present()).isFalse();
        assertThat(Change.<String>to(null).map(String::length)).isEqualTo(Change.to(null));
        assertThat(Change.to("four").map(String::length)).isEqualTo(Change.to(4));
    }
}
