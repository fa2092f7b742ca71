package io.worklane.domain.event;

import java.util.Set;
import java.util.TreeSet;

/**
 * Every event type Worklane emits (docs/events.md is the same list for people; EventCatalogueTest
 * keeps the two equal), so that a subscription to a type that never happens is refused rather than
 * silently waiting forever. {@code custom.<name>} comes from automation rules and may be any name.
 */
public final class EventCatalogue {
    public static final String CUSTOM_FAMILY = "custom.";
    public static final Set<String> TYPES = Set.of(
            "workspace.created", "workspace.updated",
            "member.added", "member.updated", "member.removed",
            "api_key.created", "api_key.rotated", "api_key.revoked",
            "project.created", "project.updated", "project.deleted", "project.instantiated",
            "project.member_added", "project.member_updated", "project.member_removed",
            "project_template.created", "project_template.deleted",
            "custom_field.created", "custom_field.updated", "custom_field.deleted",
            "work_item.created", "work_item.updated", "work_item.deleted", "work_item.transitioned",
            "work_item.moved",
            "comment.created", "comment.updated", "comment.deleted",
            "workflow.created", "workflow.updated", "workflow.deleted",
            "approval.requested", "approval.decided",
            "automation_rule.created", "automation_rule.updated", "automation_rule.deleted",
            "webhook.created", "webhook.updated", "webhook.deleted", "webhook.secret_rotated", "webhook.ping",
            "webhook.disabled",
            "resource.created", "resource.updated", "resource.deleted",
            "allocation.created", "allocation.updated", "allocation.deleted", "allocation.overallocated",
            "time_entry.created", "time_entry.updated", "time_entry.deleted",
            "budget.created", "budget.updated", "budget.deleted", "budget.threshold_crossed",
            "expense.created", "expense.updated", "expense.deleted",
            "dependency.created", "dependency.deleted", "link.created", "link.deleted", "project.schedule_applied",
            "phase.created", "phase.updated", "phase.deleted", "baseline.created", "baseline.deleted",
            "attachment.created", "attachment.deleted",
            "risk.created", "risk.updated", "risk.closed", "risk.deleted",
            "status_report.drafted", "status_report.updated", "status_report.published", "project.closed",
            "portfolio.created", "portfolio.updated", "portfolio.deleted", "project.benefits_updated",
            "project.benefits_removed", "job.completed",
            "goal.created", "goal.updated", "goal.deleted", "goal.key_result_created", "goal.key_result_updated",
            "goal.key_result_deleted", "goal.checked_in",
            "view.created", "view.updated", "view.deleted",
            "calendar_feed.created", "calendar_feed.revoked",
            "team.created", "team.updated", "team.deleted",
            "form.created", "form.updated", "form.deleted", "form.submitted",
            "recurrence.created", "recurrence.updated", "recurrence.ended", "recurrence.occurred");

    private EventCatalogue() {
    }

    public static boolean isKnown(String type) {
        return TYPES.contains(type) || (type.startsWith(CUSTOM_FAMILY) && type.length() > CUSTOM_FAMILY.length());
    }

    /** Whether some type that is emitted starts with {@code family} (such as "work_item."). */
    public static boolean hasFamily(String family) {
        return CUSTOM_FAMILY.startsWith(family) || family.startsWith(CUSTOM_FAMILY)
                || TYPES.stream().anyMatch(t -> t.startsWith(family) && t.length() > family.length());
    }

    /** The families, as patterns, for messages: "allocation.*, api_key.*, …". */
    public static String families() {
        Set<String> families = new TreeSet<>();
        TYPES.forEach(t -> families.add(t.substring(0, t.indexOf('.')) + ".*"));
        families.add(CUSTOM_FAMILY + "*");
        return String.join(", ", families);
    }
}
