package io.worklane.api.isolation;

import io.worklane.api.support.contract.NotCoveredYet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What B has, by the names the contracts use for references: path parameters ({ws}, {project},
 * {memberId}...), body properties ("project") and GraphQL arguments and input fields ("workspace",
 * "workItem", "idOrSlug"). A name ending in "Id" is looked up without it, so {@code {fieldId}},
 * {@code {commentId}} need no entry of their own ({@code {keyId}} does: "key" alone means a new
 * project's or field's key in inputs).
 */
final class ReferenceTable {
    /** Mutations named after a part of an object, whose id is the object's: rotateWebhookSecret takes a Webhook's. */
    private static final Map<String, String> OWNERS = Map.of("WebhookSecret", "Webhook",
            "NotificationRead", "Notification");
    private final OurWorkspace ours;
    private final TheirWorkspace theirs;
    private final Map<String, Reference> byName = new LinkedHashMap<>();

    ReferenceTable(OurWorkspace ours, TheirWorkspace theirs) {
        this.ours = ours;
        this.theirs = theirs;
        name(theirs.workspace(), "ws", "workspace", "idOrSlug");
        name(theirs.member(), "member");
        name(theirs.project(), "project");
        name(theirs.customField(), "field", "customField");
        name(theirs.workItem(), "workItem");
        name(theirs.comment(), "comment");
        name(theirs.apiKey(), "apiKey", "keyId");
        name(theirs.workflow(), "workflow");
        name(theirs.approval(), "approval");
        name(theirs.automationRule(), "rule", "automationRule");
        name(theirs.webhook(), "webhook");
        name(theirs.budget(), "budget");
        name(theirs.expense(), "expense");
        name(theirs.exchangeRate(), "exchangeRate");
        name(theirs.resource(), "resource");
        name(theirs.allocation(), "allocation");
        name(theirs.holiday(), "holiday");
        name(theirs.timeEntry(), "timeEntry");
        name(theirs.timeApproval(), "timeApproval");
        name(theirs.webhookDelivery(), "delivery");
        name(theirs.dependency(), "dependency");
        name(theirs.link(), "link");
        name(theirs.phase(), "phase");
        name(theirs.baseline(), "baseline");
        name(theirs.projectTemplate(), "template", "projectTemplate");
        // a template is saved from a project: B's
        name(theirs.project(), "fromProject");
        // the other end of a new dependency or link: B's item
        name(theirs.workItem(), "predecessor", "target");
        name(theirs.attachment(), "attachment");
        name(theirs.reminder(), "reminder");
        name(theirs.risk(), "risk");
        name(theirs.statusReport(), "report", "statusReport");
        name(theirs.portfolio(), "portfolio");
        name(theirs.job(), "job");
        name(theirs.goal(), "goal");
        name(theirs.keyResult(), "keyResult");
        name(theirs.team(), "team");
        name(theirs.view(), "view");
        name(theirs.calendarFeed(), "feed");
        name(theirs.form(), "form", "formSlug");
        name(theirs.recurrence(), "recurrence");
        name(theirs.projectMember(), "membership");
        name(theirs.portfolioRisk(), "portfolioRisk");
    }

    private void name(Reference object, String... names) {
        for (String name : names) {
            byName.put(name, object);
        }
    }

    /** The object a reference of this name points at, if B has one. */
    Optional<Reference> find(String name) {
        Reference found = byName.get(name);
        if (found == null && name.endsWith("Id") && name.length() > 2) {
            found = byName.get(name.substring(0, name.length() - 2));
        }
        return Optional.ofNullable(found);
    }

    /** The value to send for a reference of this name, in this form; the workspace is A's in the mixed form. */
    Optional<String> valueOf(String name, IdForm form) {
        return find(name).map(object -> object.isWorkspace() && !form.namesTheirWorkspace() ? ours.slug() : object.in(form));
    }

    /** Like {@link #valueOf} but a name the table does not know fails the case, telling what to add. */
    String fill(String name, IdForm form, String where) {
        return valueOf(name, form).orElseThrow(() -> new NotCoveredYet("The tenant-isolation matrix cannot fill '" + name
                + "' of " + where + ". Create such an object in TheirWorkspace.create and name it in ReferenceTable "
                + "(known names: " + String.join(", ", byName.keySet()) + ", and any of them + \"Id\")."));
    }

    /** B's object of a GraphQL type (WorkItem, Comment...), failing the case when B has none. */
    Reference ofType(String type, String where) {
        if (type.equals("PortfolioRisk")) { // updatePortfolioRisk's id: a Risk, the one of B's portfolio
            return theirs.portfolioRisk();
        }
        String wanted = OWNERS.getOrDefault(type, type);
        return theirs.objects().stream().filter(o -> o.type().equals(wanted)).findFirst()
                .orElseThrow(() -> new NotCoveredYet("The tenant-isolation matrix needs an object of type " + type
                        + " in workspace B for " + where + ": create one in TheirWorkspace.create."));
    }

    List<Reference> allOfTheirObjects() {
        return theirs.objects();
    }

    OurWorkspace ours() {
        return ours;
    }

    TheirWorkspace theirs() {
        return theirs;
    }
}
