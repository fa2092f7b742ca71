package io.worklane.api.graphql.resource;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The inputs of the time mutations. */
final class TimeInputs {
    private TimeInputs() {
    }

    @Input("CreateTimeEntryInput")
    @Description("Time a resource spent on a work item on one day.")
    public static class Create {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Id
        @Description("The resource's id.")
        public String resource;
        @NonNull
        @Description("The work item (key or id).")
        public String workItem;
        @NonNull
        public LocalDate date;
        @Description("1 to 1440.")
        public int minutes;
        @Description("Default true.")
        public Boolean billable;
        @Description("What was done, at most 2000 characters.")
        public String note;
        @Description("See CreateWorkspaceInput.idempotencyKey.")
        public String idempotencyKey;
    }

    @Input("UpdateTimeEntryInput")
    @Description("Fields left null stay as they are; the cost is recomputed.")
    public static class Update {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Id
        @Description("The time entry's id.")
        public String id;
        @Description("Optional: the version your change is based on; if the time entry changed since, the error "
                + "CONFLICT.")
        public Integer expectedVersion;
        @Description("The work item (key or id) it was spent on now; null: unchanged.")
        public String workItem;
        public LocalDate date;
        @Description("The new time in minutes, 1 to 1440; null: unchanged.")
        public Integer minutes;
        @Description("The new billable flag; null: unchanged.")
        public Boolean billable;
        @Description("The new note; null: unchanged.")
        public String note;
    }

    @Input("DeleteTimeEntryInput")
    @Description("Deletes a time entry (not in an approved period).")
    public static class Delete {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Id
        @Description("The time entry's id.")
        public String id;
        @Description("Optional: act only if the time entry is still at this version (its version field), else the "
                + "error CONFLICT.")
        public Integer expectedVersion;
    }

    @Input("StartTimerInput")
    @Description("Starts measuring time a resource spends on a work item; stopTimer logs it.")
    public static class Start {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Id
        @Description("The resource's id; it may have one running timer.")
        public String resource;
        @NonNull
        @Description("The work item's key or id.")
        public String workItem;
        @Description("Whether the time logged will be billable.")
        public Boolean billable;
        @Description("What is being done, at most 2000 characters.")
        public String note;
    }

    @Input("StopTimerInput")
    @Description("Stops a resource's running timer and logs the whole minutes elapsed as a time entry on the day "
            + "it started (UTC).")
    public static class Stop {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Id
        @Description("The resource's id.")
        public String resource;
    }

    @Input("ApproveTimePeriodInput")
    @Description("Locks a resource's time entries from..to (both inclusive): they can no longer be created, "
            + "changed or deleted until the approval is withdrawn.")
    public static class Approve {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Id
        @Description("The resource's id.")
        public String resource;
        @NonNull
        public LocalDate from;
        @NonNull
        public LocalDate to;
    }

    @Input("WithdrawTimeApprovalInput")
    @Description("Unlocks an approved period again.")
    public static class Withdraw {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Id
        @Description("The time approval's id.")
        public String id;
    }
}
