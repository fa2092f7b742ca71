package io.worklane.api.application.imports;

import io.worklane.api.application.workitem.WorkItemDraft;
import io.worklane.domain.project.CustomField;
import io.worklane.domain.project.CustomFieldValues;
import io.worklane.domain.shared.DomainException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The checks a single creation makes of its draft's custom values and people, made in memory for the drafts of
 * a chunk with the project's definitions read once (ADR 0083): {@code CustomFieldValues} as
 * {@code WorkItemInputs.customValues} applies it, and every member named, gathered for one look-up.
 */
final class ChunkChecks {
    private final List<CustomField> definitions;
    private final Set<UUID> assignees = new HashSet<>();
    private final Set<UUID> customFieldMembers = new HashSet<>();

    ChunkChecks(List<CustomField> definitions) {
        this.definitions = definitions;
    }

    /** The draft's custom values as a creation keeps them; a refused value refuses the draft as a creation does. */
    Map<String, Object> customValues(WorkItemDraft d) {
        assignees.addAll(d.assigneeIds() == null ? List.of() : d.assigneeIds());
        Map<String, Object> values = new LinkedHashMap<>(d.customFields() == null ? Map.of() : d.customFields());
        CustomFieldValues.Checked checked = CustomFieldValues.check(definitions, values);
        if (!checked.errors().isEmpty()) {
            throw DomainException.validation(checked.errors());
        }
        customFieldMembers.addAll(checked.referencedMembers());
        return checked.values();
    }

    Set<UUID> assignees() {
        return assignees;
    }

    Set<UUID> customFieldMembers() {
        return customFieldMembers;
    }
}
