package io.worklane.api.application.planning;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.planning.WorkingCalendar;
import io.worklane.domain.resource.Holiday;
import io.worklane.domain.resource.Holidays;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** A workspace's working calendar: Monday to Friday less its holidays (one statement). */
@ApplicationScoped
public class WorkspaceCalendars {
    private final Holidays holidays;

    public WorkspaceCalendars(Holidays holidays) {
        this.holidays = holidays;
    }

    public Uni<WorkingCalendar> of(UUID workspaceId) {
        return holidays.between(workspaceId, null, null)
                .map(days -> WorkingCalendar.of(days.stream().map(Holiday::day).toList()));
    }
}
