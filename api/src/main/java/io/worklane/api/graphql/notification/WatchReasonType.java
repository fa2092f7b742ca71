package io.worklane.api.graphql.notification;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("WatchReason")
@Description("Why a member watches a work item: they made it, work on it, commented, were mentioned, or chose to.")
public enum WatchReasonType {
    CREATOR, ASSIGNEE, COMMENTER, MENTIONED, MANUAL
}
