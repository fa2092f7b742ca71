package io.worklane.domain.webhook;

import static io.worklane.domain.Refusals.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.DomainException;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WebhookUrlTest {

    private static WebhookUrl url(String value) {
        return WebhookUrl.parse(value, "url");
    }

    @Test
    void an_https_url_keeps_its_path_and_query_and_connects_to_443() {
        WebhookUrl url = url("https://hooks.example.com/worklane?team=7");

        assertThat(url.toString()).isEqualTo("https://hooks.example.com/worklane?team=7");
        assertThat(url.host()).isEqualTo("hooks.example.com");
        assertThat(url.port()).isEqualTo(443);
    }

    @Test
    void http_is_allowed_and_an_explicit_port_is_kept() {
        assertThat(url("http://example.com/h").port()).isEqualTo(80);
        assertThat(url("http://example.com:8080/h").port()).isEqualTo(8080);
        assertThat(url("HTTPS://Example.com").port()).isEqualTo(443);
    }

    @Test
    void an_ip_literal_is_a_host_too() {
        assertThat(url("https://[2001:db8::1]/h").host()).isEqualTo("[2001:db8::1]");
        assertThat(url("https://93.184.216.34/h").host()).isEqualTo("93.184.216.34");
    }

    @Test
    void at_most_2048_characters() {
        String base = "https://example.com/";
        String longest = base + "a".repeat(2048 - base.length());

        assertThat(url(longest).toString()).hasSize(2048);
        assertThatThrownBy(() -> url(longest + "a"))
                .isInstanceOfSatisfying(DomainException.class, invalid("url", "TOO_LONG"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                                | REQUIRED",
            "'   '                             | REQUIRED",
            "ftp://example.com/hooks           | UNSUPPORTED_SCHEME",
            "example.com/hooks                 | UNSUPPORTED_SCHEME",
            "javascript:alert(1)               | UNSUPPORTED_SCHEME",
            "https://user:secret@example.com/h | USERINFO_NOT_ALLOWED",
            "https://token@example.com/h       | USERINFO_NOT_ALLOWED",
            "https:///hooks                    | HOST_REQUIRED",
            "https:example.com                 | HOST_REQUIRED",
            "https://exa_mple.com/h            | HOST_REQUIRED",
            "https://example.com/h#top         | FRAGMENT_NOT_ALLOWED",
            "https://example.com/h#            | FRAGMENT_NOT_ALLOWED",
            "https://example.com:0/h           | INVALID_PORT",
            "https://example.com:70000/h       | INVALID_PORT",
            "https://exa mple.com/h            | INVALID_FORMAT",
            "https://example.com/a b           | INVALID_FORMAT"})
    void a_bad_url_is_refused_with_a_precise_code(String value, String code) {
        assertThatThrownBy(() -> url(value)).isInstanceOfSatisfying(DomainException.class, invalid("url", code));
    }

    @Test
    void a_missing_url_is_required() {
        assertThatThrownBy(() -> url(null)).isInstanceOfSatisfying(DomainException.class, invalid("url", "REQUIRED"));
    }

    @Test
    void a_syntax_error_says_where_as_java_finds_it() {
        assertThatThrownBy(() -> url("https://exa mple.com/h"))
                .hasMessage("url: is not a valid URL: Illegal character in authority at character 9");
    }
}
