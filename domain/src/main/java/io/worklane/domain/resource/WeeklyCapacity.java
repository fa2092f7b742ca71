package io.worklane.domain.resource;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Map;

/** Minutes a resource works on each weekday (0 when absent), each at most 1440. */
public record WeeklyCapacity(Map<DayOfWeek, Integer> minutes) {
    public static final int MAX_PER_DAY = 1440;

    public WeeklyCapacity {
        EnumMap<DayOfWeek, Integer> copy = new EnumMap<>(DayOfWeek.class);
        minutes.forEach(copy::put);
        minutes = java.util.Collections.unmodifiableMap(copy);
    }

    /** 8 h Monday to Friday. */
    public static WeeklyCapacity standard() {
        EnumMap<DayOfWeek, Integer> m = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.getValue() <= 5) {
                m.put(d, 480);
            }
        }
        return new WeeklyCapacity(m);
    }

    public int on(DayOfWeek day) {
        return minutes.getOrDefault(day, 0);
    }

    public int perWeek() {
        return minutes.values().stream().mapToInt(Integer::intValue).sum();
    }
}
