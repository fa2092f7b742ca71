package io.worklane.api.application.time;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Validation;
import io.worklane.domain.time.TimeEntry;
import io.worklane.domain.time.Timer;
import io.worklane.domain.time.Timers;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Running timers: one per resource; stopping one logs its time as an entry, under the rules of logging. */
@ApplicationScoped
public class TimerService {
    private final Timers timers;
    private final io.worklane.domain.resource.Resources resources;
    private final TimeRules rules;
    private final TimeEntryService entries;
    private final Access access;
    private final Now now;

    public TimerService(Timers timers, io.worklane.domain.resource.Resources resources, TimeRules rules,
                        TimeEntryService entries, Access access, Now now) {
        this.timers = timers;
        this.resources = resources;
        this.rules = rules;
        this.entries = entries;
        this.access = access;
        this.now = now;
    }

    @WithTransaction
    public Uni<Timer> start(Caller caller, String wsRef, String resource, String workItem, Boolean billable,
                            String note) {
        return access.workspace(caller, wsRef, Scope.TIME_ENTRIES_WRITE).chain(ws -> {
            new Validation().text(note, "note", 0, TimeEntry.MAX_NOTE).orThrow();
            return rules.target(caller, ws.id(), resource, workItem).chain(t -> timers.start(new Timer(Ids.newId(), ws.id(),
                    t.resource().id(), t.workItem().id(), billable == null || billable, note, now.instant())));
        });
    }

    public Uni<List<Timer>> running(Caller caller, String wsRef) {
        return access.workspace(caller, wsRef, Scope.TIME_ENTRIES_READ).chain(ws -> timers.running(ws.id()));
    }

    @WithTransaction
    public Uni<TimeEntry> stop(Caller caller, String wsRef, UUID resourceId) {
        return access.workspace(caller, wsRef, Scope.TIME_ENTRIES_WRITE).chain(ws -> resources.find(ws.id(),
                resourceId).chain(resource -> {
            if (resource.isEmpty()) {
                throw DomainException.notFound(ErrorCode.RESOURCE_NOT_FOUND, "Resource", resourceId.toString());
            }
            return timers.ofResource(ws.id(), resourceId);
        }).chain(found -> {
            Timer t = found.orElseThrow(() -> new DomainException(ErrorCode.TIMER_NOT_RUNNING, "Resource "
                    + resourceId + " has no running timer."));
            TimeEntryDraft d = new TimeEntryDraft(t.resourceId().toString(), t.workItemId().toString(),
                    t.day().toString(), t.minutesAt(now.instant()), t.billable(), t.note());
            return timers.stop(ws.id(), t.id()).chain(() -> entries.log(caller, ws.id(), d));
        }));
    }
}
