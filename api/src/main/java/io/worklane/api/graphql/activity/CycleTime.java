package io.worklane.api.graphql.activity;

import org.eclipse.microprofile.graphql.Description;

@Description("How long a project's completed work items took, in whole seconds: from the first status change "
        + "out of a not-started state (todo), or from creation when there is none, to completedAt. The mean and "
        + "the median (mean of the middle two for an even count) are rounded, and null when no item is completed.")
public record CycleTime(@Description("How many completed items were counted.") int completedItems,
                        @Description("The mean time from start to completion, in seconds; null when no "
                                + "item is completed.")
                        Integer averageSeconds,
                        @Description("The median time from start to completion, in seconds; null when no "
                                + "item is completed.")
                        Integer medianSeconds) {
    static CycleTime of(io.worklane.domain.activity.CycleTime time) {
        return new CycleTime(Seconds.asInt(time.completedItems()), Seconds.asInteger(time.averageSeconds()),
                Seconds.asInteger(time.medianSeconds()));
    }
}
