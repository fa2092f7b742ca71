package io.worklane.api.graphql.activity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("How long a work item has been in one workflow state, summed over every visit, in whole seconds.")
public record TimeInState(@Description("The state's key.") @NonNull String state,
                          @Description("The time spent in it, in seconds, over every stay (the current "
                                  + "one up to now).")
                          int totalSeconds) {
    static TimeInState of(io.worklane.domain.workflow.StatusDurations.TimeInState time) {
        return new TimeInState(time.state(), Seconds.asInt(time.totalSeconds()));
    }
}
