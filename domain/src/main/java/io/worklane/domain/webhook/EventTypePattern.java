package io.worklane.domain.webhook;

import io.worklane.domain.event.EventCatalogue;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Validation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which event types a subscription wants: an exact type ({@code work_item.created}), a family
 * ({@code work_item.*}: one or more further segments, so {@code work_item.created} and
 * {@code work_item.comment.added} but not {@code work_item} itself) or everything ({@code *}).
 */
public record EventTypePattern(String value) {
    public static final int MAX_LENGTH = 100;
    private static final Pattern SEGMENT = Pattern.compile("[a-z][a-z0-9_]*");

    public EventTypePattern {
        problem(value).ifPresent(problem -> {
            throw new IllegalArgumentException("'" + value + "' " + problem);
        });
    }

    public static EventTypePattern parse(String value, String field) {
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            String code = value == null || value.isEmpty() ? "REQUIRED"
                    : value.length() > MAX_LENGTH ? "TOO_LONG" : "INVALID_FORMAT";
            throw DomainException.validation(List.of(new FieldError(field, code, problem.get())));
        }
        EventTypePattern pattern = new EventTypePattern(value);
        if (!pattern.canMatch()) {
            throw DomainException.validation(List.of(new FieldError(field, "UNKNOWN_EVENT_TYPE", "'" + value
                    + "' names no event Worklane emits; the families are " + EventCatalogue.families()
                    + " (docs/events.md lists every type)")));
        }
        return pattern;
    }

    /** A subscription's list: at least one, each checked, repeats dropped, every problem reported at once. */
    public static List<EventTypePattern> parseAll(List<String> values, String field) {
        Validation validation = new Validation();
        validation.require(values != null && !values.isEmpty(), field, "REQUIRED",
                "must name at least one event type, such as work_item.* or *");
        validation.orThrow();
        Set<EventTypePattern> patterns = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            try {
                patterns.add(parse(values.get(i), field + "[" + i + "]"));
            } catch (DomainException e) {
                validation.addAll(e.errors());
            }
        }
        validation.orThrow();
        return List.copyOf(patterns);
    }

    public boolean matches(String eventType) {
        if (value.equals("*")) {
            return true;
        }
        if (value.endsWith(".*")) {
            String family = value.substring(0, value.length() - 1);
            return eventType.startsWith(family) && eventType.length() > family.length();
        }
        return value.equals(eventType);
    }

    /** Whether some event Worklane emits would match (a subscription to nothing is a mistake). */
    boolean canMatch() {
        if (value.equals("*")) {
            return true;
        }
        return value.endsWith(".*") ? EventCatalogue.hasFamily(value.substring(0, value.length() - 1))
                : EventCatalogue.isKnown(value);
    }

    public static boolean anyMatches(List<EventTypePattern> patterns, String eventType) {
        return patterns.stream().anyMatch(p -> p.matches(eventType));
    }

    private static Optional<String> problem(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.of("is required");
        }
        if (value.length() > MAX_LENGTH) {
            return Optional.of("must have at most " + MAX_LENGTH + " characters");
        }
        String[] segments = value.split("\\.", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.equals("*")) {
                if (i != segments.length - 1) {
                    return Optional.of("has '*' before the end: '*' may only be the last segment, as in work_item.*");
                }
            } else if (segment.isEmpty()) {
                return Optional.of("has an empty segment: no dot may start, end or follow another dot");
            } else if (segment.contains("*")) {
                return Optional.of("has '*' inside the segment '" + segment + "': '*' must be a whole segment,"
                        + " as in work_item.*");
            } else if (!SEGMENT.matcher(segment).matches()) {
                return Optional.of("has the segment '" + segment + "': segments are lower_snake_case (a-z, 0-9, _),"
                        + " starting with a letter");
            }
        }
        return Optional.empty();
    }
}
