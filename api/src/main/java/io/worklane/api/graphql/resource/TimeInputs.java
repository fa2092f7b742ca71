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
    public static class Create {
        @NonNull
        public String workspace;
        @NonNull
        @Id
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
        public String note;
        @Description("See CreateWorkspaceInput.idempotencyKey.")
        public String idempotencyKey;
    }

    @Input("UpdateTimeEntryInput")
    @Description("Fields left null stay as they are; the cost is recomputed.")
    public static class Update {
        @NonNull
        public String workspace;
        @NonNull
        @Id
        public String id;
        public Integer expectedVersion;
        public String workItem;
        public LocalDate date;
        public Integer minutes;
        public Boolean billable;
        public String note;
    }

    @Input("DeleteTimeEntryInput")
    public static class Delete {
        @NonNull
        public String workspace;
        @NonNull
        @Id
        public String id;
        public Integer expectedVersion;
    }

    @Input("StartTimerInput")
    public static class Start {
        @NonNull
        public String workspace;
        @NonNull
        @Id
        public String resource;
        @NonNull
        public String workItem;
        public Boolean billable;
        public String note;
    }

    @Input("StopTimerInput")
    public static class Stop {
        @NonNull
        public String workspace;
        @NonNull
        @Id
        public String resource;
    }

    @Input("ApproveTimePeriodInput")
    public static class Approve {
        @NonNull
        public String workspace;
        @NonNull
        @Id
        public String resource;
        @NonNull
        public LocalDate from;
        @NonNull
        public LocalDate to;
    }

    @Input("WithdrawTimeApprovalInput")
    public static class Withdraw {
        @NonNull
        public String workspace;
        @NonNull
        @Id
        public String id;
    }
}
