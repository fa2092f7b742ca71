package io.worklane.api.application.automation;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.Now;
import io.worklane.api.application.workitem.WorkItemActivity;
import io.worklane.api.application.workitem.WorkItemData;
import io.worklane.api.application.workitem.WorkItemInputs;
import io.worklane.domain.automation.Action;
import io.worklane.domain.automation.RuleTrigger;
import io.worklane.domain.filter.FilterFields;
import io.worklane.domain.shared.Change;
import io.worklane.domain.workitem.Priority;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItemChanges;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * SET_FIELD and ASSIGN (to members, or to the member a team's strategy picked): the item changed through the domain (WorkItem.change validates), saved in the
 * transaction with its event, and the change offered to the rules in turn (one level deeper). An
 * action that changes nothing writes nothing and triggers nothing, which also ends most loops early.
 */
@ApplicationScoped
public class ItemEdits {
    private final WorkItems workItems;
    private final WorkItemInputs inputs;
    private final AutomationEngine engine;
    private final WorkItemActivity activity;
    private final Events events;
    private final Now now;

    public ItemEdits(WorkItems workItems, WorkItemInputs inputs, AutomationEngine engine, WorkItemActivity activity,
                     Events events, Now now) {
        this.activity = activity;
        this.workItems = workItems;
        this.inputs = inputs;
        this.engine = engine;
        this.events = events;
        this.now = now;
    }

    Uni<Void> set(Caller actor, WorkItem item, Action.SetField set) {
        String field = set.field();
        if (field.startsWith(FilterFields.CUSTOM_PREFIX)) {
            Map<String, Object> change = new HashMap<>(); // a null value clears the field
            change.put(field.substring(FilterFields.CUSTOM_PREFIX.length()), set.value());
            return inputs.customValues(item.workspaceId(), item.projectId(), item.customFields(), change)
                    .chain(values -> save(actor, item, with(field, values)));
        }
        return save(actor, item, with(field, set.value()));
    }

    Uni<Void> assign(Caller actor, WorkItem item, Action.Assign assign) {
        Set<UUID> ids = new LinkedHashSet<>(assign.replace() ? List.of() : item.assigneeIds());
        ids.addAll(assign.memberIds());
        List<UUID> assignees = new ArrayList<>(ids);
        return inputs.people(item.workspaceId(), assignees, null)
                .chain(() -> save(actor, item, with("assignees", assignees)));
    }

    /** ASSIGN to a team: the member it picked joins the assignees and the team becomes responsible, in one edit. */
    Uni<Void> assignFrom(Caller actor, WorkItem item, UUID teamId, UUID memberId) {
        Set<UUID> ids = new LinkedHashSet<>(item.assigneeIds());
        ids.add(memberId);
        return save(actor, item, with("assignees", new ArrayList<>(ids)).withTeam(Change.to(teamId)));
    }

    private Uni<Void> save(Caller actor, WorkItem item, WorkItemChanges changes) {
        WorkItem changed = item.change(changes, now.instant());
        if (ChangedFields.between(item, changed).isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Set<String> fields = ChangedFields.edited(item, changed);
        return workItems.update(changed)
                .call(saved -> activity.changed(actor, item, saved, saved.updatedAt()))
                .call(saved -> events.record("work_item.updated", saved.workspaceId(), saved.id(), actor,
                        saved.updatedAt(), WorkItemData.of(saved), WorkItemData.of(item)))
                .call(saved -> engine.after(actor, RuleTrigger.fieldsChanged(fields), saved))
                .replaceWithVoid();
    }

    /** The changes that set one field; values are typed by the domain when the rule was read. */
    @SuppressWarnings("unchecked")
    private static WorkItemChanges with(String field, Object value) {
        WorkItemChanges n = WorkItemChanges.none();
        return new WorkItemChanges(n.type(), field.equals("title") ? Change.to((String) value) : n.title(),
                field.equals("description") ? Change.to((String) value) : n.description(), n.status(),
                field.equals("priority") ? Change.to((Priority) value) : n.priority(),
                field.equals("assignees") ? Change.to((List<UUID>) value) : n.assigneeIds(), n.reporterId(),
                n.parentId(), field.equals("startDate") ? Change.to((LocalDate) value) : n.startDate(),
                field.equals("dueDate") ? Change.to((LocalDate) value) : n.dueDate(),
                field.equals("estimateMinutes") ? Change.to((Long) value) : n.estimateMinutes(),
                field.equals("labels") ? Change.to((List<String>) value) : n.labels(),
                field.startsWith(FilterFields.CUSTOM_PREFIX) ? Change.to((Map<String, Object>) value) : n.customFields());
    }
}
