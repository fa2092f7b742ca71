package io.worklane.api.rest.time;

import io.quarkus.security.Authenticated;
import io.worklane.api.application.resource.CostVisibility;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.time.TimeApprovalService;
import io.worklane.api.application.time.TimeEntryDraft;
import io.worklane.api.application.time.TimeEntryPatch;
import io.worklane.api.application.time.TimeEntryService;
import io.worklane.api.application.time.TimerService;
import io.worklane.api.rest.shared.MergePatch;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.rest.shared.Versions;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.time.TimeGrouping;
import io.worklane.openapi.api.TimeEntriesApi;
import io.worklane.openapi.model.TimeApprovalCreate;
import io.worklane.openapi.model.TimeEntryCreate;
import io.worklane.openapi.model.TimerStart;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** Time entries, their totals, timers and approved periods over REST. */
@Authenticated
public class TimeEntriesResource implements TimeEntriesApi {
    private static final Set<String> PATCHABLE = Set.of("workItem", "date", "minutes", "billable", "note");
    private final TimeEntryService entries;
    private final TimerService timers;
    private final TimeApprovalService approvals;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public TimeEntriesResource(TimeEntryService entries, TimerService timers, TimeApprovalService approvals,
                               CurrentCaller caller, RestResponses responses) {
        this.entries = entries;
        this.timers = timers;
        this.approvals = approvals;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> createTimeEntry(String ws, TimeEntryCreate b, String idempotencyKey) {
        Caller c = caller.get();
        TimeEntryDraft d = new TimeEntryDraft(b.getResource(), b.getWorkItem(),
                b.getDate() == null ? null : b.getDate().toString(), b.getMinutes(), b.getBillable(), b.getNote());
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/time-entries", b,
                () -> entries.create(c, ws, d), t -> TimeDtos.of(t, CostVisibility.showsCosts(c, t.workspaceId())),
                t -> "/api/v1/workspaces/" + t.workspaceId() + "/time-entries/" + t.id());
    }

    @Override
    public CompletionStage<Response> listTimeEntries(String ws, Integer limit, String cursor, UUID resource,
                                                     String workItem, String project, LocalDate from, LocalDate to,
                                                     Boolean billable) {
        Caller c = caller.get();
        var filter = new TimeEntryService.Filter(resource, workItem, project, from, to, billable);
        return responses.list(entries.list(c, ws, filter, Pages.of(limit, cursor, "-date")), page -> TimeDtos.of(page,
                page.items().isEmpty() || CostVisibility.showsCosts(c, page.items().get(0).workspaceId())));
    }

    @Override
    public CompletionStage<Response> getTimeTotals(String groupBy, String ws, UUID resource, String workItem,
                                                   String project, LocalDate from, LocalDate to, Boolean billable) {
        Caller c = caller.get();
        TimeGrouping grouping = grouping(groupBy);
        var filter = new TimeEntryService.Filter(resource, workItem, project, from, to, billable);
        return responses.list(entries.totals(c, ws, filter, grouping),
                r -> TimeDtos.totals(groupBy, r.items(), CostVisibility.showsCosts(c, r.workspaceId())));
    }

    @Override
    public CompletionStage<Response> getTimeEntry(String ws, UUID timeEntryId) {
        Caller c = caller.get();
        return responses.ok(entries.get(c, ws, timeEntryId.toString()),
                t -> TimeDtos.of(t, CostVisibility.showsCosts(c, t.workspaceId())), t -> t.version());
    }

    @Override
    public CompletionStage<Response> updateTimeEntry(String ws, UUID timeEntryId, Map body, String ifMatch) {
        Caller c = caller.get();
        MergePatch p = MergePatch.of(body, PATCHABLE);
        var patch = new TimeEntryPatch(p.requiredText("workItem"), p.requiredText("date"),
                p.integer("minutes").map(v -> v == null ? null : (int) Math.max(-1, Math.min(100_000, v))),
                p.bool("billable"), p.text("note"));
        p.check();
        return responses.ok(entries.update(c, ws, timeEntryId.toString(), Versions.ifMatch(ifMatch), patch),
                t -> TimeDtos.of(t, CostVisibility.showsCosts(c, t.workspaceId())), t -> t.version());
    }

    @Override
    public CompletionStage<Response> deleteTimeEntry(String ws, UUID timeEntryId, String ifMatch) {
        return responses.noContent(entries.delete(caller.get(), ws, timeEntryId.toString(), Versions.ifMatch(ifMatch))
                .replaceWithVoid());
    }

    @Override
    public CompletionStage<Response> startTimer(String ws, TimerStart b, String idempotencyKey) {
        Caller c = caller.get();
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/time-entries/timers", b,
                () -> timers.start(c, ws, b.getResource(), b.getWorkItem(), b.getBillable(), b.getNote()), TimeDtos::of,
                t -> "/api/v1/workspaces/" + t.workspaceId() + "/time-entries/timers");
    }

    @Override
    public CompletionStage<Response> listTimers(String ws) {
        return responses.list(timers.running(caller.get(), ws), TimeDtos::timers);
    }

    @Override
    public CompletionStage<Response> stopTimer(String ws, UUID resourceId, String idempotencyKey) {
        Caller c = caller.get();
        return responses.acted(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/time-entries/timers/"
                        + resourceId + "/stop", "", () -> timers.stop(c, ws, resourceId),
                t -> TimeDtos.of(t, CostVisibility.showsCosts(c, t.workspaceId())));
    }

    @Override
    public CompletionStage<Response> approveTimePeriod(String ws, TimeApprovalCreate b, String idempotencyKey) {
        Caller c = caller.get();
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/time-approvals", b,
                () -> approvals.approve(c, ws, b.getResource(), b.getFrom(), b.getTo()), TimeDtos::of,
                a -> "/api/v1/workspaces/" + a.workspaceId() + "/time-approvals/" + a.id());
    }

    @Override
    public CompletionStage<Response> listTimeApprovals(String ws, Integer limit, String cursor) {
        return responses.list(approvals.list(caller.get(), ws, Pages.of(limit, cursor, "createdAt")), TimeDtos::of);
    }

    @Override
    public CompletionStage<Response> withdrawTimeApproval(String ws, UUID timeApprovalId) {
        return responses.noContent(approvals.withdraw(caller.get(), ws, timeApprovalId));
    }

    private static TimeGrouping grouping(String groupBy) {
        return switch (groupBy == null ? "" : groupBy) {
            case "workItem" -> TimeGrouping.WORK_ITEM;
            case "project" -> TimeGrouping.PROJECT;
            case "resource" -> TimeGrouping.RESOURCE;
            case "period" -> TimeGrouping.PERIOD;
            default -> throw DomainException.validation(List.of(new FieldError("groupBy", "INVALID_VALUE",
                    "must be workItem, project, resource or period")));
        };
    }
}
