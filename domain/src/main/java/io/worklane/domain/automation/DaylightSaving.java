package io.worklane.domain.automation;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/** Places a wall-clock time in a zone, the way schedules expect around daylight saving changes. */
final class DaylightSaving {
    private DaylightSaving() {
    }

    /**
     * A time the clock skips becomes the moment of the jump (it runs late rather than never); a
     * time that occurs twice takes its first occurrence (the earlier offset).
     */
    static ZonedDateTime resolve(LocalDateTime local, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        if (rules.getValidOffsets(local).isEmpty()) {
            ZoneOffsetTransition gap = rules.getTransition(local);
            return gap.getInstant().atZone(zone);
        }
        return ZonedDateTime.ofLocal(local, zone, null);
    }
}
