package io.worklane.domain.workspace;

import static io.worklane.domain.Fixtures.LATER;
import static io.worklane.domain.Fixtures.NOW;
import static io.worklane.domain.Refusals.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.Change;
import io.worklane.domain.shared.DomainException;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WorkspaceTest {

    private static Workspace acme() {
        return Workspace.create("acme", "Acme Inc.", "EUR", "Europe/Paris", NOW);
    }

    private static Workspace withSlug(String slug) {
        return Workspace.create(slug, "Acme Inc.", null, null, NOW);
    }

    @Test
    void a_new_workspace_counts_in_euros_and_utc_unless_told_otherwise() {
        Workspace workspace = withSlug("acme");

        assertThat(workspace.defaultCurrency()).isEqualTo("EUR");
        assertThat(workspace.timeZone()).isEqualTo("UTC");
        assertThat(workspace.version()).isZero();
        assertThat(workspace.createdAt()).isEqualTo(NOW);
        assertThat(workspace.id().version()).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme", "abc", "a-b", "acme-2025", "007", "a234567890123456789012345678901234567890"})
    void a_slug_is_3_to_40_lowercase_letters_digits_or_hyphens(String slug) {
        assertThatCode(() -> withSlug(slug)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "a2345678901234567890123456789012345678901", "-acme", "acme-", "Acme", "ac me",
            "acme_inc", "acmé", ""})
    void any_other_slug_is_refused(String slug) {
        assertThatThrownBy(() -> withSlug(slug))
                .isInstanceOfSatisfying(DomainException.class, invalid("slug"));
    }

    @Test
    void a_slug_is_required() {
        assertThatThrownBy(() -> withSlug(null))
                .isInstanceOfSatisfying(DomainException.class, invalid("slug", "REQUIRED"));
    }

    @Test
    void a_name_has_1_to_200_characters() {
        assertThatCode(() -> Workspace.create("acme", "x".repeat(200), null, null, NOW)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Workspace.create("acme", "x".repeat(201), null, null, NOW))
                .isInstanceOfSatisfying(DomainException.class, invalid("name", "TOO_LONG"));
        assertThatThrownBy(() -> Workspace.create("acme", " ", null, null, NOW))
                .isInstanceOfSatisfying(DomainException.class, invalid("name", "REQUIRED"));
        assertThatThrownBy(() -> Workspace.create("acme", null, null, null, NOW))
                .isInstanceOfSatisfying(DomainException.class, invalid("name", "REQUIRED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EUR", "USD", "JPY", "CHF"})
    void an_iso_4217_currency_is_accepted(String currency) {
        assertThat(Workspace.create("acme", "Acme", currency, null, NOW).defaultCurrency()).isEqualTo(currency);
    }

    @ParameterizedTest
    @ValueSource(strings = {"EURO", "XXQ", "eur", "€", ""})
    void anything_but_an_iso_4217_currency_is_refused(String currency) {
        assertThatThrownBy(() -> Workspace.create("acme", "Acme", currency, null, NOW))
                .isInstanceOfSatisfying(DomainException.class, invalid("defaultCurrency", "INVALID_CURRENCY"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Europe/Paris", "America/Argentina/Buenos_Aires", "Asia/Kolkata"})
    void an_iana_time_zone_is_accepted(String zone) {
        assertThat(Workspace.create("acme", "Acme", null, zone, NOW).timeZone()).isEqualTo(zone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mars/Olympus_Mons", "Europe/Pariss", "CEST", "", "Europe/Paris/"})
    void an_unknown_time_zone_is_refused(String zone) {
        assertThatThrownBy(() -> Workspace.create("acme", "Acme", null, zone, NOW))
                .isInstanceOfSatisfying(DomainException.class, invalid("timeZone", "INVALID_TIME_ZONE"));
    }
    @ParameterizedTest
    @ValueSource(strings = {"+02:00", "UTC+01:00", "GMT-5", "Z"})
    void a_fixed_offset_is_not_an_iana_time_zone(String offset) {
        assertThatThrownBy(() -> Workspace.create("acme", "Acme", null, offset, NOW))
                .isInstanceOfSatisfying(DomainException.class, invalid("timeZone", "INVALID_TIME_ZONE"));
    }

    @Test
    void a_change_sets_name_currency_and_zone_but_keeps_the_slug() {
        Workspace before = acme();

        Workspace after = before.change(Change.to("Acme Europe"), Change.to("CHF"), Change.to("Europe/Zurich"), LATER);

        assertThat(after.slug()).isEqualTo("acme");
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.name()).isEqualTo("Acme Europe");
        assertThat(after.defaultCurrency()).isEqualTo("CHF");
        assertThat(after.timeZone()).isEqualTo("Europe/Zurich");
        assertThat(after.createdAt()).isEqualTo(NOW);
        assertThat(after.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void a_change_of_nothing_keeps_everything_but_the_update_time() {
        Workspace before = acme();

        Workspace after = before.change(Change.absent(), Change.absent(), Change.absent(), LATER);

        assertThat(after).usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(before);
    }

    @Test
    void a_change_is_checked_like_a_new_workspace() {
        Workspace workspace = acme();

        assertThatThrownBy(() -> workspace.change(Change.absent(), Change.to("EURO"), Change.absent(), LATER))
                .isInstanceOfSatisfying(DomainException.class, invalid("defaultCurrency", "INVALID_CURRENCY"));
        assertThatThrownBy(() -> workspace.change(Change.absent(), Change.absent(), Change.to("Nowhere/Land"), LATER))
                .isInstanceOfSatisfying(DomainException.class, invalid("timeZone", "INVALID_TIME_ZONE"));
        assertThatThrownBy(() -> workspace.change(Change.to(null), Change.absent(), Change.absent(), LATER))
                .isInstanceOfSatisfying(DomainException.class, invalid("name", "REQUIRED"));
    }
}
