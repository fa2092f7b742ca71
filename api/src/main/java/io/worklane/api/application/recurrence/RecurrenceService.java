package io.worklane.api.application.recurrence;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.project.ProjectLookup;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.Now;
import io.worklane.api.application.workitem.WorkItemInputs;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.Projects;
import io.worklane.domain.recurrence.Recurrence;
import io.worklane.domain.recurrence.RecurrenceCalendar;
import io.worklane.domain.recurrence.RecurrenceRule;
import io.worklane.domain.recurrence.RecurrenceTemplate;
import io.worklane.domain.recurrence.Recurrences;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Starting, changing and ending recurring series with {@code work_items:write}, each in one transaction with its
 * event ({@code recurrence.created}, {@code recurrence.updated}, {@code recurrence.ended}). The rule is read on
 * save (400 INVALID_RECURRENCE) and the template's people and custom fields checked as a new item's would be.
 */
@ApplicationScoped
public class RecurrenceService {
    private final Recurrences recurrences;
    private final RecurrenceQueries queries;
    private final RecurrenceCalendar calendar;
    private final Projects projects;
    private final WorkItemInputs inputs;
    private final Events events;
    private final Now now;

    public RecurrenceService(Recurrences recurrences, RecurrenceQueries queries, RecurrenceCalendar calendar,
                             Projects projects, WorkItemInputs inputs, Events events, Now now) {
        this.recurrences = recurrences;
        this.queries = queries;
        this.calendar = calendar;
        this.projects = projects;
        this.inputs = inputs;
        this.events = events;
        this.now = now;
    }

    @WithTransaction
    public Uni<Recurrence> create(Caller caller, String wsRef, RecurrenceDraft d) {
        return queries.workspace(caller, wsRef, Scope.WORK_ITEMS_WRITE)
                .chain(ws -> ProjectLookup.load(projects, caller, ws, d.project()))
                .invoke(Project::ensureOpenForNewWork)
                .map(project -> Recurrence.create(project.workspaceId(), project.id(), d.template(), d.rule(),
                        calendar, now.instant()))
                .call(this::checkTemplate)
                .chain(recurrences::insert)
                .call(saved -> events.record("recurrence.created", saved.workspaceId(), saved.id(), caller,
                        saved.createdAt(), RecurrenceData.of(saved), null));
    }

    /** Applies {@code change} to the template and rule as they are; the next occurrence follows the new rule. */
    @WithTransaction
    public Uni<Recurrence> update(Caller caller, String wsRef, String ref, Long expected,
                                  UnaryOperator<RecurrenceTemplate> template, UnaryOperator<RecurrenceRule> rule) {
        return editable(caller, wsRef, ref, expected)
                .chain(current -> Uni.createFrom().item(current.change(template.apply(current.template()),
                                rule.apply(current.rule()), calendar, now.instant()))
                        .call(this::checkTemplate)
                        .chain(recurrences::update)
                        .call(saved -> events.record("recurrence.updated", saved.workspaceId(), saved.id(), caller,
                                saved.updatedAt(), RecurrenceData.of(saved), RecurrenceData.of(current))));
    }

    /** Ends the series: no further occurrence; the items it created stay. */
    @WithTransaction
    public Uni<Recurrence> end(Caller caller, String wsRef, String ref, Long expected) {
        return editable(caller, wsRef, ref, expected)
                .chain(current -> recurrences.update(current.end(now.instant()))
                        .call(saved -> events.record("recurrence.ended", saved.workspaceId(), saved.id(), caller,
                                saved.updatedAt(), RecurrenceData.of(saved), RecurrenceData.of(current))));
    }

    /** The people and custom values of the template, checked now rather than at the first occurrence. */
    private Uni<Void> checkTemplate(Recurrence r) {
        RecurrenceTemplate t = r.template();
        return inputs.people(r.workspaceId(), t.assigneeIds(), null)
                .chain(() -> inputs.customValues(r.workspaceId(), r.projectId(), Map.of(), t.customFields()))
                .replaceWithVoid();
    }

    private Uni<Recurrence> editable(Caller caller, String wsRef, String ref, Long expected) {
        return queries.workspace(caller, wsRef, Scope.WORK_ITEMS_WRITE)
                .chain(ws -> queries.find(ws, ref))
                .invoke(r -> ExpectedVersion.check(expected, r.version(), "Recurrence " + r.id()));
    }
}
