package io.worklane.api.application.resource;

import io.worklane.domain.resource.Allocation;
import io.worklane.domain.resource.NewAllocation;
import io.worklane.domain.shared.Change;
import java.math.BigDecimal;

/** A partial change of an allocation; giving minutesPerWeek clears percent and the other way round. */
public record AllocationPatch(Change<String> from, Change<String> to, Change<Integer> minutesPerWeek,
                              Change<BigDecimal> percent, Change<String> note) {

    NewAllocation mergedInto(Allocation current) {
        Integer minutes = minutesPerWeek.or(percent.present() && percent.value() != null ? null
                : current.minutesPerWeek());
        BigDecimal pct = percent.or(minutesPerWeek.present() && minutesPerWeek.value() != null ? null
                : current.percent());
        return new NewAllocation(current.resourceId(), current.projectId(), current.workItemId(),
                from.or(current.from().toString()), to.or(current.to().toString()), minutes, pct,
                note.or(current.note()));
    }
}
