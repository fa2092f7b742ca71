package io.worklane.domain.workspace;

import io.worklane.domain.search.TextSearchConfig;
import io.worklane.domain.shared.Change;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Money;
import io.worklane.domain.shared.Validation;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;

/** The tenant: an organisation. Everything else belongs to exactly one workspace. */
public record Workspace(UUID id, String slug, String name, String defaultCurrency, String timeZone,
                        long version, Instant createdAt, Instant updatedAt, String searchConfig) {
    public static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$");

    public static Workspace create(String slug, String name, String currency, String timeZone, Instant now) {
        Workspace draft = new Workspace(Ids.newId(), slug, name, currency == null ? "EUR" : currency,
                timeZone == null ? "UTC" : timeZone, 0, now, now, TextSearchConfig.DEFAULT);
        draft.validate();
        return draft;
    }

    public Workspace change(Change<String> newName, Change<String> newCurrency, Change<String> newZone, Instant now) {
        return change(newName, newCurrency, newZone, Change.absent(), now);
    }

    /** The same with the text search configuration of its search (ADR 0063): one of PostgreSQL's built-in ones. */
    public Workspace change(Change<String> newName, Change<String> newCurrency, Change<String> newZone,
                            Change<String> newSearchConfig, Instant now) {
        Workspace changed = new Workspace(id, slug, newName.or(name), newCurrency.or(defaultCurrency),
                newZone.or(timeZone), version, createdAt, now, newSearchConfig.or(searchConfig));
        changed.validate();
        return changed;
    }

    private void validate() {
        Validation v = new Validation()
                .text(slug, "slug", 3, 40)
                .matches(slug, SLUG, "slug", "must be 3–40 lowercase letters, digits or hyphens, not starting or ending with a hyphen")
                .text(name, "name", 1, 200)
                .require(Money.isCurrency(defaultCurrency), "defaultCurrency", "INVALID_CURRENCY",
                        "must be an ISO 4217 currency code such as EUR or USD")
                .require(isZone(timeZone), "timeZone", "INVALID_TIME_ZONE",
                        "must be an IANA time zone such as Europe/Paris or UTC")
                .require(TextSearchConfig.isKnown(searchConfig), "searchConfig", "INVALID_SEARCH_CONFIG",
                        "must be one of PostgreSQL's text search configurations: "
                                + String.join(", ", TextSearchConfig.BUILT_IN));
        v.orThrow();
    }

    private static boolean isZone(String zone) {
        if (zone == null || zone.length() > 64) {
            return false;
        }
        // region ids only (Europe/Paris, UTC): fixed offsets such as +02:00 are not time zones
        return ZoneId.getAvailableZoneIds().contains(zone);
    }
}
