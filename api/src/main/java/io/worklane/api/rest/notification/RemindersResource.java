package io.worklane.api.rest.notification;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.notification.ReminderService;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.rest.shared.Dates;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.rest.shared.Versions;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.notification.Reminder;
import io.worklane.domain.shared.Page;
import io.worklane.openapi.api.RemindersApi;
import io.worklane.openapi.model.ReminderCreate;
import io.worklane.openapi.model.ReminderList;
import io.worklane.openapi.model.ReminderSnooze;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;

@Authenticated
public class RemindersResource implements RemindersApi {
    private final ReminderService service;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public RemindersResource(ReminderService service, CurrentCaller caller, RestResponses responses) {
        this.service = service;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> createReminder(String ws, String workItem, ReminderCreate body, String idempotencyKey) {
        Caller c = caller.get();
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/work-items/" + workItem
                        + "/reminders", body, () -> service.create(c, ws, workItem, body.getRemindBefore()),
                RemindersResource::of, r -> "/api/v1/workspaces/" + r.workspaceId() + "/reminders/" + r.id());
    }

    @Override
    public CompletionStage<Response> listWorkItemReminders(String ws, String workItem, Integer limit, String cursor) {
        return responses.list(Uni.createFrom().deferred(() -> service.onItem(caller.get(), ws, workItem,
                Pages.of(limit, cursor, "createdAt"))), RemindersResource::list);
    }

    @Override
    public CompletionStage<Response> listMyReminders(Integer limit, String cursor) {
        return responses.list(Uni.createFrom().deferred(() -> service.mine(caller.get(),
                Pages.of(limit, cursor, "createdAt"))), RemindersResource::list);
    }

    @Override
    public CompletionStage<Response> snoozeReminder(String ws, String reminderId, ReminderSnooze body, String ifMatch,
                                                    String idempotencyKey) {
        Caller c = caller.get();
        return responses.acted(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/reminders/" + reminderId
                + "/snooze", body, () -> service.snooze(c, ws, reminderId, body.getUntil().toInstant(),
                Versions.ifMatch(ifMatch)), RemindersResource::of);
    }

    @Override
    public CompletionStage<Response> deleteReminder(String ws, String reminderId, String ifMatch) {
        return responses.noContent(Uni.createFrom().deferred(() -> service.delete(caller.get(), ws, reminderId,
                Versions.ifMatch(ifMatch))));
    }

    static io.worklane.openapi.model.Reminder of(Reminder r) {
        return new io.worklane.openapi.model.Reminder().id(r.id()).workspaceId(r.workspaceId()).workItemId(r.workItemId())
                .workItemKey(r.workItemKey()).remindBefore(r.remindBefore().toString())
                .remindAt(Dates.utc(r.remindAt())).snoozedUntil(Dates.utc(r.snoozedUntil())).sentAt(Dates.utc(r.sentAt()))
                .version(r.version()).createdAt(Dates.utc(r.createdAt()));
    }

    static ReminderList list(Page<Reminder> page) {
        return new ReminderList().items(page.items().stream().map(RemindersResource::of).toList())
                .nextCursor(page.nextCursor());
    }
}
