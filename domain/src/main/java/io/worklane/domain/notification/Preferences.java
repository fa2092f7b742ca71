package io.worklane.domain.notification;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Everything a person chose, each kind they did not choose falling back to its default. */
public record Preferences(Map<NotificationKind, Preference> chosen) {
    public static final Preferences DEFAULTS = new Preferences(Map.of());

    public Preferences {
        chosen = Map.copyOf(chosen);
    }

    public static Preferences of(List<Preference> chosen) {
        Map<NotificationKind, Preference> map = new EnumMap<>(NotificationKind.class);
        chosen.forEach(p -> map.put(p.kind(), p));
        return new Preferences(map);
    }

    public Preference of(NotificationKind kind) {
        return chosen.getOrDefault(kind, Preference.defaultFor(kind));
    }

    /** One line per kind, in the order of the kinds: what a person sees when asking for their preferences. */
    public List<Preference> effective() {
        return Arrays.stream(NotificationKind.values()).map(this::of).toList();
    }
}
