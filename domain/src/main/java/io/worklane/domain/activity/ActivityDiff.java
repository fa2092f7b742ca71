package io.worklane.domain.activity;

import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.workitem.WorkItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Policy: what changed between two versions of a work item, one entry per changed field. */
public final class ActivityDiff {
    private ActivityDiff() {
    }

    /**
     * The entries of one change, in field order (custom fields last, by key). Their ids ascend in that
     * order, so a history listed by (time, id) shows them as this diff lists them.
     */
    public static List<ActivityEntry> between(WorkItem before, WorkItem after, Actor actor, Instant at) {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("a diff compares two versions of one work item");
        }
        Map<String, Object> old = ActivityFields.of(before);
        Map<String, Object> now = ActivityFields.of(after);
        Set<String> fields = new LinkedHashSet<>(old.keySet());
        fields.removeIf(f -> f.startsWith(ActivityFields.CUSTOM));
        Set<String> custom = new TreeSet<>(old.keySet()); // those set for the first time too
        custom.addAll(now.keySet());
        custom.removeIf(f -> !f.startsWith(ActivityFields.CUSTOM));
        fields.addAll(custom);
        List<String> changed = fields.stream().filter(f -> !ActivityFields.same(old.get(f), now.get(f))).toList();
        List<UUID> ids = ascendingIds(changed.size());
        List<ActivityEntry> entries = new ArrayList<>();
        for (int i = 0; i < changed.size(); i++) {
            String field = changed.get(i);
            entries.add(new ActivityEntry(ids.get(i), after.workspaceId(), after.id(), at, actor, field,
                    old.get(field), now.get(field)));
        }
        return List.copyOf(entries);
    }

    /** UUIDv7s made in the same millisecond are random among themselves: sorted, they keep the field order. */
    private static List<UUID> ascendingIds(int n) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(Ids.newId());
        }
        ids.sort(null);
        return ids;
    }
}
