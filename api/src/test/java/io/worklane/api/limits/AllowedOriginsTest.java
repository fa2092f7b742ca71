package io.worklane.api.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** WORKLANE_CORS_ORIGINS holds exact origins, written the way browsers send them. */
class AllowedOriginsTest {
    @Test
    void originsAreComparedAsBrowsersSendThem() {
        assertThat(AllowedOrigins.parse(List.of(" https://App.Example.com/ ", "http://localhost:5173",
                "https://app.example.com:443", "http://intranet:80", "")))
                .containsExactlyInAnyOrder("https://app.example.com", "http://localhost:5173", "http://intranet");
    }

    @Test
    void nothingConfiguredAllowsNothing() {
        assertThat(AllowedOrigins.parse(List.of())).isEmpty();
    }

    @Test
    void wildcardsPathsAndOtherSchemesStopTheStart() {
        for (String wrong : List.of("*", "https://*.example.com", "https://app.example.com/path", "app.example.com",
                "ftp://app.example.com", "https://user@app.example.com", "https://app.example.com?x=1")) {
            assertThatThrownBy(() -> AllowedOrigins.parse(List.of(wrong))).as(wrong)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("WORKLANE_CORS_ORIGINS");
        }
    }
}
