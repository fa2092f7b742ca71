package io.worklane.api.application.workitem;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.MemberCheck;
import io.worklane.domain.project.CustomField;
import io.worklane.domain.project.CustomFieldValues;
import io.worklane.domain.project.CustomFields;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Resolves what a work item request refers to: parent by id or key, people, custom field values. */
@ApplicationScoped
public class WorkItemInputs {
    private final WorkItems workItems;
    private final CustomFields customFields;
    private final MemberCheck memberCheck;

    public WorkItemInputs(WorkItems workItems, CustomFields customFields, MemberCheck memberCheck) {
        this.workItems = workItems;
        this.customFields = customFields;
        this.memberCheck = memberCheck;
    }

    public Uni<WorkItem> parent(UUID workspaceId, String ref) {
        UUID id = Ids.parseOrNull(ref);
        return workItems.find(workspaceId, ref).chain(found -> found.isPresent() || id == null
                        ? Uni.createFrom().item(found)
                        // created earlier in this transaction (an automation rule's new child): the pool cannot see it
                        : workItems.findInTransaction(workspaceId, id))
                .map(found -> found.orElseThrow(() -> new DomainException(
                ErrorCode.WORK_ITEM_NOT_FOUND, "The parent work item '" + ref + "' does not exist.")));
    }

    /**
     * Checks the complete new set of values against the project's definitions. Values of fields
     * deleted since they were set are dropped rather than refused.
     */
    public Uni<Map<String, Object>> customValues(UUID workspaceId, UUID projectId, Map<String, Object> current,
                                                 Map<String, Object> patch) {
        return customFields.allOf(workspaceId, projectId).chain(defs -> {
            Set<String> defined = defs.stream().map(CustomField::key).collect(Collectors.toSet());
            Map<String, Object> merged = new LinkedHashMap<>();
            current.forEach((k, v) -> {
                if (defined.contains(k)) {
                    merged.put(k, v);
                }
            });
            merged.putAll(patch);
            CustomFieldValues.Checked checked = CustomFieldValues.check(defs, merged);
            if (!checked.errors().isEmpty()) {
                throw DomainException.validation(checked.errors());
            }
            return memberCheck.exist(workspaceId, "customFields", checked.referencedMembers())
                    .replaceWith(checked.values());
        });
    }

    public Uni<Void> people(UUID workspaceId, Collection<UUID> assignees, UUID reporter) {
        return memberCheck.exist(workspaceId, Map.of("assigneeIds", assignees == null ? List.of() : assignees,
                "reporterId", reporter == null ? List.<UUID>of() : List.of(reporter)));
    }
}
