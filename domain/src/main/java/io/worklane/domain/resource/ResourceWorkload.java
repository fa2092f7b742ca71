package io.worklane.domain.resource;

import java.util.List;

/** A resource's workload, period by period. */
public record ResourceWorkload(Resource resource, List<WorkloadPeriod> periods) {
    public boolean overallocated() {
        return periods.stream().anyMatch(WorkloadPeriod::overallocated);
    }
}
