package io.worklane.api.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.worklane.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

/** The request-target rules (issue #20): dot segments, control characters, bad escapes, length. */
class RequestTargetsTest {
    @Test
    void ordinaryTargetsPass() {
        assertThat(RequestTargets.judge("/api/v1/workspaces/acme/work-items?limit=10&q=caf%C3%A9+bar")).isEmpty();
        assertThat(RequestTargets.judge("/api/v1/workspaces/acme/work-items/ENG-1.2")).isEmpty();
    }

    @Test
    void dotSegmentsAreRefusedInEveryForm() {
        for (String target : new String[]{"/api/v1/workspaces/acme/members/..", "/api/v1/workspaces/acme/members/%2e%2e",
                "/api/v1/workspaces/acme/members/%2E.", "/api/v1/workspaces/./acme", "/a/%2e/b"}) {
            assertThat(RequestTargets.judge(target)).as(target).get()
                    .satisfies(r -> assertThat(r.errors().get(0).code()).isEqualTo("DOT_SEGMENT"));
        }
    }

    @Test
    void controlCharactersAndBrokenEscapesAreRefused() {
        assertThat(RequestTargets.judge("/api/v1/workspaces/a%00b").get().errors().get(0).code()).isEqualTo("INVALID_CHARACTERS");
        assertThat(RequestTargets.judge("/api/v1/workspaces?q=%0A").get().errors().get(0).field()).isEqualTo("q");
        assertThat(RequestTargets.judge("/api/v1/workspaces/%FF").get().errors().get(0).code()).isEqualTo("INVALID_ENCODING");
        assertThat(RequestTargets.judge("/api/v1/workspaces/%C0%AE").get().errors().get(0).code()).isEqualTo("INVALID_ENCODING");
        assertThat(RequestTargets.judge("/api/v1/workspaces/%ED%A0%80").get().errors().get(0).code()).isEqualTo("INVALID_ENCODING");
        assertThat(RequestTargets.judge("/api/v1/workspaces/%4").get().errors().get(0).code()).isEqualTo("INVALID_ENCODING");
    }

    @Test
    void aTargetOverEightKibibytesIsTooLong() {
        assertThat(RequestTargets.judge("/" + "a".repeat(RequestTargets.MAX_LENGTH))).get()
                .satisfies(r -> assertThat(r.code()).isEqualTo(ErrorCode.URI_TOO_LONG));
    }

    @Test
    void problemInstancesAreUriReferences() {
        assertThat(UriReferences.of("/api/v1/workspaces/a b/\u0000/é/%41/%zz")).isEqualTo(
                "/api/v1/workspaces/a%20b/%00/%C3%A9/%41/%25zz");
    }
}
