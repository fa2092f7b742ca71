package io.worklane.api.graphql.job;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("JobStatus")
@Description("QUEUED: waiting for an instance to run it; RUNNING; then SUCCEEDED, FAILED (an atomic bulk change with a"
        + " refused item: nothing kept) or CANCELLED.")
public enum JobState {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED
}
