package io.worklane.api.graphql.resource;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.resource.CostVisibility;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.time.TimeApprovalService;
import io.worklane.api.application.time.TimeEntryDraft;
import io.worklane.api.application.time.TimeEntryPatch;
import io.worklane.api.application.time.TimeEntryService;
import io.worklane.api.application.time.TimerService;
import io.worklane.api.graphql.shared.Changes;
import io.worklane.api.graphql.shared.DeletePayload;
import io.worklane.api.graphql.shared.IdempotentCreate;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.time.TimeEntry;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Time entry, timer and approval mutations: the same use cases as REST. */
@GraphQLApi
@Authenticated
public class TimeMutations {
    private final TimeEntryService entries;
    private final TimerService timers;
    private final TimeApprovalService approvals;
    private final IdempotentCreate idempotent;
    private final CurrentCaller caller;

    public TimeMutations(TimeEntryService entries, TimerService timers, TimeApprovalService approvals,
                         IdempotentCreate idempotent, CurrentCaller caller) {
        this.entries = entries;
        this.timers = timers;
        this.approvals = approvals;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @Mutation("createTimeEntry")
    @Description("Logs time on a work item, priced at the resource's rate in force that day. Needs "
            + "time_entries:write.")
    public Uni<ResourceTypes.TimeEntryPayload> createTimeEntry(@Name("input") @NonNull TimeInputs.Create in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            TimeEntryDraft d = new TimeEntryDraft(in.resource, in.workItem, in.date.toString(), in.minutes,
                    in.billable, in.note);
            return idempotent.run(who, in.idempotencyKey, "createTimeEntry", in,
                    () -> entries.create(who, in.workspace, d).map(t -> payload(who, t)),
                    p -> p.timeEntry().id(), id -> entries.get(who, in.workspace, id).map(t -> payload(who, t)));
        });
    }

    @Mutation("updateTimeEntry")
    @Description("Changes a time entry outside approved periods; the cost is recomputed. Needs time_entries:write.")
    public Uni<ResourceTypes.TimeEntryPayload> updateTimeEntry(@Name("input") @NonNull TimeInputs.Update in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return entries.update(who, in.workspace, in.id, Changes.version(in.expectedVersion), new TimeEntryPatch(
                    Changes.of(in.workItem), Changes.of(in.date == null ? null : in.date.toString()),
                    Changes.of(in.minutes), Changes.of(in.billable), Changes.of(in.note))).map(t -> payload(who, t));
        });
    }

    @Mutation("deleteTimeEntry")
    @Description("Deletes a time entry outside approved periods. Needs time_entries:write.")
    public Uni<DeletePayload> deleteTimeEntry(@Name("input") @NonNull TimeInputs.Delete in) {
        return Uni.createFrom().deferred(() -> entries.delete(caller.get(), in.workspace, in.id,
                Changes.version(in.expectedVersion))).replaceWith(new DeletePayload(in.id));
    }

    @Mutation("startTimer")
    @Description("Starts timing a resource on a work item (one running timer per resource). Needs "
            + "time_entries:write.")
    public Uni<ResourceTypes.TimerPayload> startTimer(@Name("input") @NonNull TimeInputs.Start in) {
        return Uni.createFrom().deferred(() -> timers.start(caller.get(), in.workspace, in.resource, in.workItem,
                in.billable, in.note)).map(t -> new ResourceTypes.TimerPayload(ResourceTypes.Timer.of(t)));
    }

    @Mutation("stopTimer")
    @Description("Stops the resource's timer and logs its time as an entry. Needs time_entries:write.")
    public Uni<ResourceTypes.TimeEntryPayload> stopTimer(@Name("input") @NonNull TimeInputs.Stop in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            var id = Ids.parseOrNull(in.resource);
            if (id == null) {
                throw DomainException.notFound(ErrorCode.RESOURCE_NOT_FOUND, "Resource", in.resource);
            }
            return timers.stop(who, in.workspace, id).map(t -> payload(who, t));
        });
    }

    @Mutation("approveTimePeriod")
    @Description("Locks a resource's time entries from..to. Needs resources:write.")
    public Uni<ResourceTypes.TimeApprovalPayload> approveTimePeriod(@Name("input") @NonNull TimeInputs.Approve in) {
        return Uni.createFrom().deferred(() -> approvals.approve(caller.get(), in.workspace, in.resource, in.from,
                in.to)).map(a -> new ResourceTypes.TimeApprovalPayload(ResourceTypes.TimeApproval.of(a)));
    }

    @Mutation("withdrawTimeApproval")
    @Description("Unlocks an approved period again. Needs resources:write.")
    public Uni<DeletePayload> withdrawTimeApproval(@Name("input") @NonNull TimeInputs.Withdraw in) {
        return Uni.createFrom().deferred(() -> {
            var id = Ids.parseOrNull(in.id);
            if (id == null) {
                throw DomainException.notFound(ErrorCode.TIME_APPROVAL_NOT_FOUND, "Time approval", in.id);
            }
            return approvals.withdraw(caller.get(), in.workspace, id);
        }).replaceWith(new DeletePayload(in.id));
    }

    private static ResourceTypes.TimeEntryPayload payload(Caller who, TimeEntry t) {
        return new ResourceTypes.TimeEntryPayload(ResourceTypes.TimeEntry.of(t,
                CostVisibility.showsCosts(who, t.workspaceId())));
    }
}
