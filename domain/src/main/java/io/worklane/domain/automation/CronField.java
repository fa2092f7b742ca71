package io.worklane.domain.automation;

import java.util.List;
import java.util.Locale;

/** One of the five fields of a cron expression, parsed into a bit set of the values it allows. */
enum CronField {
    MINUTE("minute", 0, 59, List.of()),
    HOUR("hour", 0, 23, List.of()),
    DAY_OF_MONTH("day-of-month", 1, 31, List.of()),
    MONTH("month", 1, 12, List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")),
    /** 0 and 7 are both Sunday, as in Vixie cron; 7 is folded into 0. */
    DAY_OF_WEEK("day-of-week", 0, 7, List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"));

    private final String label;
    private final int min;
    private final int max;
    private final List<String> names;

    CronField(String label, int min, int max, List<String> names) {
        this.label = label;
        this.min = min;
        this.max = max;
        this.names = names;
    }

    /** Entries separated by ',', each '*', a value or a range 'a-b', optionally stepped '/n'. */
    long parse(String spec) {
        long bits = 0;
        for (String entry : spec.split(",", -1)) {
            bits |= entry(spec, entry);
        }
        return this == DAY_OF_WEEK && (bits & (1L << 7)) != 0 ? (bits | 1L) & ~(1L << 7) : bits;
    }

    private long entry(String spec, String entry) {
        if (entry.isEmpty()) {
            throw new IllegalArgumentException(label + " '" + spec + "' has an empty entry between commas");
        }
        int slash = entry.indexOf('/');
        String range = slash < 0 ? entry : entry.substring(0, slash);
        int step = slash < 0 ? 1 : step(entry.substring(slash + 1));
        int from;
        int to;
        if (range.equals("*")) {
            from = min;
            to = max;
        } else if (range.indexOf('-') > 0) {
            from = value(range.substring(0, range.indexOf('-')));
            to = value(range.substring(range.indexOf('-') + 1));
            if (from > to) {
                throw new IllegalArgumentException(label + " range " + range + " runs backwards; write the smaller value first");
            }
        } else {
            from = value(range);
            to = slash < 0 ? from : max; // "5/15" means from 5 to the end, every 15
        }
        long bits = 0;
        for (int v = from; v <= to; v += step) {
            bits |= 1L << v;
        }
        return bits;
    }

    private int step(String text) {
        int width = max - min + 1;
        if (!text.matches("\\d{1,3}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > width) {
            throw new IllegalArgumentException(label + " step '" + text + "' must be a number from 1 to " + width);
        }
        return Integer.parseInt(text);
    }

    private int value(String text) {
        if (text.matches("\\d{1,9}")) {
            int v = Integer.parseInt(text);
            if (v < min || v > max) {
                throw new IllegalArgumentException(label + " " + v + " is out of range " + min + "–" + max);
            }
            return v;
        }
        int index = names.indexOf(text.toUpperCase(Locale.ROOT));
        if (index < 0) {
            String named = names.isEmpty() ? "" : " or a name " + names.get(0) + "–" + names.get(names.size() - 1);
            throw new IllegalArgumentException(label + " '" + text + "' is not a number " + min + "–" + max + named);
        }
        return index + (this == MONTH ? 1 : 0);
    }
}
