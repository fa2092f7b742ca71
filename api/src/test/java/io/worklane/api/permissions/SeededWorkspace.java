package io.worklane.api.permissions;

import io.worklane.api.support.contract.NotCoveredYet;
import static io.worklane.api.support.Api.aMember;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.anAttachment;
import static io.worklane.api.support.Api.asAdmin;

import io.restassured.path.json.JsonPath;
import io.worklane.domain.apikey.ApiKey;
import io.worklane.domain.apikey.ApiKeySecret;
import io.worklane.domain.apikey.ApiKeys;
import io.worklane.domain.shared.Ids;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Workspace W, the one every key of the matrix is bound to: one object of every kind, and the values
 * the builders fill in by the names the contracts use (path parameters {ws}, {memberId}…; body
 * properties and GraphQL input fields "project", "workItem"…; "id" of a mutation by the type its name
 * ends with). When a new endpoint needs an object W does not have, create it in {@link #create}.
 */
final class SeededWorkspace {
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final String slug;
    private final String id;
    private final Map<String, Supplier<Object>> byName = new LinkedHashMap<>();
    private final Map<String, String> idByType = new LinkedHashMap<>();
    private final List<String> newSlugs = new java.util.concurrent.CopyOnWriteArrayList<>();

    private SeededWorkspace(String slug, String id) {
        this.slug = slug;
        this.id = id;
    }

    static SeededWorkspace create(ApiKeys apiKeys) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String slug = "perm-" + tag;
        String wsId = asAdmin().body(Map.of("slug", slug, "name", "Permissions " + tag)).post("/api/v1/workspaces")
                .then().statusCode(201).extract().path("id");
        SeededWorkspace w = new SeededWorkspace(slug, wsId);
        String memberId = aMember(slug, "member-" + tag + "@w.example");
        String projectId = aProject(slug, "PERM").extract().path("id");
        String fieldId = asAdmin().body(Map.of("key", "perm_field", "name", "Perm field", "type", "TEXT"))
                .post("/api/v1/workspaces/" + slug + "/projects/PERM/custom-fields").then().statusCode(201)
                .extract().path("id");
        JsonPath item = aWorkItem(slug, "PERM", "A work item").extract().jsonPath();
        String commentId = asAdmin().body(Map.of("body", "A comment"))
                .post("/api/v1/workspaces/" + slug + "/work-items/" + item.getString("key") + "/comments")
                .then().statusCode(201).extract().path("id");
        // decided by any MEMBER: the role matrix's MEMBER may approve it; keys never may (NOT_AN_APPROVER)
        String approvalId = asAdmin().body(Map.of("role", "MEMBER", "policy", "ANY"))
                .post("/api/v1/workspaces/" + slug + "/work-items/" + item.getString("key") + "/approvals")
                .then().statusCode(201).extract().path("id");
        // holds only api_keys:write, so that a key holding exactly that may rotate and revoke it
        String keyId = aKey(apiKeys, wsId, "seeded key", Set.of("api_keys:write")).id().toString();
        // the foundation's states: a project may switch to it without moving its items
        String workflowId = asAdmin().body(Map.of("template", "default", "name", "Seeded workflow"))
                .post("/api/v1/workspaces/" + slug + "/workflows").then().statusCode(201).extract().path("id");
        // fires only when an item is cancelled, which no case does: it changes nothing the matrix compares
        Map<String, Object> trigger = Map.of("type", "TRANSITIONED", "to", "cancelled");
        List<Map<String, Object>> actions = List.of(Map.of("type", "ADD_COMMENT", "text", "Cancelled"));
        String ruleId = asAdmin().body(Map.of("name", "Seeded rule", "trigger", trigger, "actions", actions))
                .post("/api/v1/workspaces/" + slug + "/automation-rules").then().statusCode(201).extract().path("id");
        // the delivery worker is off in these tests: a subscription and its ping change nothing the matrix compares
        List<String> eventTypes = List.of("work_item.*");
        String webhookId = asAdmin().body(Map.of("url", "https://example.com/perm-hooks", "eventTypes", eventTypes))
                .post("/api/v1/workspaces/" + slug + "/webhooks").then().statusCode(201).extract().path("id");
        // visible to members, so the role matrix's MEMBER (budgets:read) reads it as the policy allows
        String budgetId = asAdmin().body(Map.of("project", "PERM", "currency", "EUR", "visibleToMembers", true,
                        "lines", List.of(Map.of("category", "LABOUR", "planned", Map.of("amount", "100.00", "currency",
                                "EUR"))))).post("/api/v1/workspaces/" + slug + "/budgets").then().statusCode(201)
                .extract().path("id");
        String expenseId = asAdmin().body(Map.of("project", "PERM", "category", "OTHER", "date", "2026-01-01",
                        "amount", Map.of("amount", "1.00", "currency", "EUR")))
                .post("/api/v1/workspaces/" + slug + "/expenses").then().statusCode(201).extract().path("id");
        String rateId = asAdmin().body(Map.of("from", "USD", "to", "EUR", "rate", "0.9", "effectiveFrom", "2026-01-01"))
                .post("/api/v1/workspaces/" + slug + "/exchange-rates").then().statusCode(201).extract().path("id");

        // resources and time: a person with a rate, an allocation, a holiday, an entry and an approved period
        String resourceId = asAdmin().body(Map.of("kind", "PERSON", "name", "Seeded person", "costRates",
                        List.of(Map.of("from", "2026-01-01", "rate", Map.of("amount", "80.00", "currency", "EUR")))))
                .post("/api/v1/workspaces/" + slug + "/resources").then().statusCode(201).extract().path("id");
        String allocationId = asAdmin().body(Map.of("resource", resourceId, "project", "PERM", "from", "2026-12-07",
                        "to", "2026-12-13", "percent", 50))
                .post("/api/v1/workspaces/" + slug + "/allocations").then().statusCode(201).extract().path("id");
        String holidayId = asAdmin().body(Map.of("date", "2026-12-25", "name", "Seeded holiday"))
                .post("/api/v1/workspaces/" + slug + "/holidays").then().statusCode(201).extract().path("id");
        String timeEntryId = asAdmin().body(Map.of("resource", resourceId, "workItem", item.getString("key"),
                        "date", "2026-12-08", "minutes", 30))
                .post("/api/v1/workspaces/" + slug + "/time-entries").then().statusCode(201).extract().path("id");
        String timeApprovalId = asAdmin().body(Map.of("resource", resourceId, "from", "2026-11-02", "to", "2026-11-08"))
                .post("/api/v1/workspaces/" + slug + "/time-approvals").then().statusCode(201).extract().path("id");
        String deliveryId = asAdmin().post("/api/v1/workspaces/" + slug + "/webhooks/" + webhookId + "/test")
                .then().statusCode(202).extract().path("id");
        String phaseId = asAdmin().body(Map.of("name", "Seeded phase")).post("/api/v1/workspaces/" + slug
                + "/projects/PERM/phases").then().statusCode(201).extract().path("id");
        String baselineId = asAdmin().body(Map.of("name", "Seeded baseline")).post("/api/v1/workspaces/" + slug
                + "/projects/PERM/baselines").then().statusCode(201).extract().path("id");
        String templateId = asAdmin().body(Map.of("fromProject", "PERM", "name", "Seeded template"))
                .post("/api/v1/workspaces/" + slug + "/project-templates").then().statusCode(201).extract().path("id");
        // planning: a second item that waits for the first and is linked to it
        String second = aWorkItem(slug, "PERM", "A second work item").extract().path("key");
        String dependencyId = asAdmin().body(Map.of("predecessor", item.getString("key")))
                .post("/api/v1/workspaces/" + slug + "/work-items/" + second + "/dependencies").then().statusCode(201)
                .extract().path("id");
        String linkId = asAdmin().body(Map.of("target", second))
                .post("/api/v1/workspaces/" + slug + "/work-items/" + item.getString("key") + "/links").then()
                .statusCode(201).extract().path("id");
        String attachmentId = anAttachment(slug, item.getString("key"), "seeded.txt",
                "Seeded".getBytes(java.nio.charset.StandardCharsets.UTF_8)).getString("id");

        String riskId = asAdmin().body(Map.of("title", "Seeded risk", "probability", 2, "impact", 3))
                .post("/api/v1/workspaces/" + slug + "/projects/PERM/risks").then().statusCode(201).extract().path("id");

        w.name(() -> slug, "ws", "workspace", "idOrSlug");
        w.name(() -> riskId, "riskId");
        String viewId = asAdmin().body(Map.of("name", "Seeded view", "shared", "WORKSPACE", "layout", "LIST",
                "filter", "priority >= MEDIUM")).post("/api/v1/workspaces/" + slug + "/views").then().statusCode(201)
                .extract().path("id");
        w.name(() -> viewId, "viewId");
        String feedId = asAdmin().body(Map.of("scope", "PROJECT", "project", "PERM"))
                .post("/api/v1/workspaces/" + slug + "/calendar-feeds").then().statusCode(201).extract().path("id");
        w.name(() -> feedId, "feedId");
        asAdmin().body(Map.of("key", "PROC", "name", "Seeded process", "kind", "PROCESS"))
                .post("/api/v1/workspaces/" + slug + "/projects").then().statusCode(201);
        String formId = asAdmin().body(Map.of("project", "PROC", "slug", "seeded-form-" + tag, "title", "Seeded form",
                        "fields", List.of(Map.of("key", "summary", "label", "Summary", "type", "TEXT", "target", "title"))))
                .post("/api/v1/workspaces/" + slug + "/forms").then().statusCode(201).extract().path("id");
        w.name(() -> formId, "formId");
        w.name(() -> "seeded-form-" + tag, "formSlug");
        String recurrenceId = asAdmin().body(Map.of("project", "PERM", "rrule", "FREQ=WEEKLY;BYDAY=MO",
                        "dtstart", "2030-01-07T09:00:00", "timeZone", "UTC", "template", Map.of("title", "Seeded report")))
                .post("/api/v1/workspaces/" + slug + "/recurrences").then().statusCode(201).extract().path("id");
        w.name(() -> recurrenceId, "recurrenceId");
        String reportId = asAdmin().post("/api/v1/workspaces/" + slug + "/projects/PERM/status-reports/draft")
                .then().statusCode(201).extract().path("id");
        w.name(() -> reportId, "reportId");
        String portfolioId = asAdmin().body(Map.of("name", "Seeded portfolio", "currency", "EUR"))
                .post("/api/v1/workspaces/" + slug + "/portfolios").then().statusCode(201).extract().path("id");
        asAdmin().put("/api/v1/workspaces/" + slug + "/portfolios/" + portfolioId + "/projects/PERM").then()
                .statusCode(200);
        asAdmin().body(Map.of("amount", "1000.00", "currency", "EUR"))
                .put("/api/v1/workspaces/" + slug + "/projects/PERM/expected-benefits").then().statusCode(200);
        w.name(() -> portfolioId, "portfolioId", "portfolio");
        String portfolioRiskId = asAdmin().body(Map.of("title", "Seeded program risk", "probability", 2, "impact", 4))
                .post("/api/v1/workspaces/" + slug + "/portfolios/" + portfolioId + "/risks").then().statusCode(201)
                .extract().path("id");
        w.name(() -> portfolioRiskId, "portfolioRiskId", "portfolioRisk");
        String jobId = io.worklane.api.support.Api.aQueuedJob(wsId);
        w.name(() -> jobId, "job", "jobId");
        // a goal served by PERM and the portfolio, with a NUMBER key result: a check-in of 1 is valid
        String goalId = asAdmin().body(Map.of("title", "Seeded goal", "periodStart", "2027-01-01", "periodEnd",
                "2027-03-31")).post("/api/v1/workspaces/" + slug + "/goals").then().statusCode(201).extract().path("id");
        asAdmin().put("/api/v1/workspaces/" + slug + "/goals/" + goalId + "/projects/PERM").then().statusCode(200);
        asAdmin().put("/api/v1/workspaces/" + slug + "/goals/" + goalId + "/portfolios/" + portfolioId).then()
                .statusCode(200);
        String keyResultId = asAdmin().body(Map.of("title", "Seeded key result", "kind", "NUMBER", "start", "0",
                "target", "10")).post("/api/v1/workspaces/" + slug + "/goals/" + goalId + "/key-results").then()
                .statusCode(201).extract().path("id");
        // a team led by W's member, so removing that member from it is a real change
        String teamId = asAdmin().body(Map.of("name", "Seeded team", "lead", memberId))
                .post("/api/v1/workspaces/" + slug + "/teams").then().statusCode(201).extract().path("id");
        w.name(() -> teamId, "teamId", "team");
        // the team in PERM: a membership to read, change and remove (ADR 0084)
        String membershipId = asAdmin().body(Map.of("team", teamId, "projectRole", "CONTRIBUTOR"))
                .post("/api/v1/workspaces/" + slug + "/projects/PERM/members").then().statusCode(201).extract()
                .path("id");
        w.name(() -> membershipId, "membershipId");
        w.idByType.put("ProjectMember", membershipId);
        w.name(() -> goalId, "goalId", "goal");
        w.name(() -> keyResultId, "keyResultId", "keyResult");
        w.name(() -> budgetId, "budgetId", "budget");
        w.name(() -> expenseId, "expenseId", "expense");
        w.name(() -> rateId, "exchangeRateId", "exchangeRate");
        w.name(() -> resourceId, "resourceId", "resource");
        w.name(() -> allocationId, "allocationId", "allocation");
        w.name(() -> holidayId, "holidayId", "holiday");
        w.name(() -> timeEntryId, "timeEntryId", "timeEntry");
        w.name(() -> timeApprovalId, "timeApprovalId", "timeApproval");
        w.name(() -> memberId, "memberId", "member");
        w.name(() -> "PERM", "project");
        w.name(() -> fieldId, "fieldId", "customField");
        w.name(() -> item.getString("key"), "workItem");
        w.name(() -> commentId, "commentId", "comment");
        w.name(() -> keyId, "keyId", "apiKey");
        w.name(() -> workflowId, "workflowId", "workflow");
        w.name(() -> approvalId, "approvalId", "approval");
        w.name(() -> ruleId, "ruleId", "automationRule");
        w.name(() -> webhookId, "webhookId", "webhook");
        w.name(() -> deliveryId, "deliveryId");
        w.name(() -> dependencyId, "dependencyId");
        w.name(() -> linkId, "linkId");
        w.name(() -> phaseId, "phaseId");
        w.name(() -> baselineId, "baselineId", "baseline");
        w.name(() -> templateId, "templateId");
        w.name(() -> "PERM", "fromProject");
        // a dependency or link to the item itself is a 400, past the scope check that the matrix is about
        w.name(() -> second, "predecessor", "target");
        w.name(() -> attachmentId, "attachmentId", "attachment");
        // a signed link the server never made: refused as not valid, whoever asks (the link is the credential)
        w.name(() -> "not-a-signed-link", "token");
        // notifications and reminders belong to people: a key meets 404 for any id, after its scope was checked
        w.name(() -> java.util.UUID.randomUUID().toString(), "notificationId", "reminderId");
        w.name(() -> "P1D", "remindBefore");
        w.name(() -> 1, "fromSeq", "toSeq");
        // values a create needs to be valid (and allowed: a key may grant only scopes it holds)
        w.name(() -> List.of("api_keys:write"), "scopes");
        // a bulk change's operations; without keys or filter it is a 400 past the scope check the matrix is about
        w.name(() -> List.of(Map.of("addLabels", List.of("perm"))), "operations");
        w.name(() -> trigger, "trigger");
        w.name(() -> actions, "actions");
        w.name(() -> "https://example.com/perm-hooks", "url");
        w.name(() -> eventTypes, "eventTypes");
        w.name(() -> "new-" + SERIAL.incrementAndGet() + "-" + tag + "@w.example", "email");
        w.name(() -> w.aNewSlug(tag), "slug");
        w.idByType.putAll(Map.of("Workspace", wsId, "Member", memberId, "Project", projectId, "CustomField", fieldId,
                "WorkItem", item.getString("id"), "Comment", commentId, "ApiKey", keyId, "Workflow", workflowId,
                "Approval", approvalId, "AutomationRule", ruleId));
        w.idByType.put("Webhook", webhookId);
        w.idByType.putAll(Map.of("Budget", budgetId, "Expense", expenseId, "ExchangeRate", rateId));
        w.idByType.putAll(Map.of("Resource", resourceId, "Allocation", allocationId, "TimeEntry", timeEntryId,
                "TimeApproval", timeApprovalId));
        // rotateWebhookSecret's id is the subscription's
        w.idByType.put("WebhookSecret", webhookId);
        w.idByType.put("WebhookDelivery", deliveryId);
        w.idByType.putAll(Map.of("Dependency", dependencyId, "Link", linkId, "Baseline", baselineId,
                "Phase", phaseId));
        w.idByType.put("Attachment", attachmentId);
        w.idByType.put("ProjectTemplate", templateId);
        w.idByType.put("Risk", riskId);
        w.idByType.put("View", viewId);
        w.idByType.put("CalendarFeed", feedId);
        w.idByType.put("Form", formId);
        w.idByType.put("Recurrence", recurrenceId);
        w.idByType.put("StatusReport", reportId);
        w.idByType.put("Portfolio", portfolioId);
        w.idByType.put("PortfolioRisk", portfolioRiskId);
        w.idByType.put("Job", jobId);
        w.idByType.put("Goal", goalId);
        w.idByType.put("KeyResult", keyResultId);
        w.idByType.put("Team", teamId);
        // markNotificationRead's id is a notification's; W's are people's, so any id meets 404 after the scope
        w.idByType.put("NotificationRead", java.util.UUID.randomUUID().toString());
        // snoozeReminder's and deleteReminder's: a reminder is a person's too, as reminderId of the REST paths
        w.idByType.put("Reminder", java.util.UUID.randomUUID().toString());
        return w;
    }

    /** Inserts a key bound to the workspace through the port, as the fixtures of the other tests do. */
    static ApiKey aKey(ApiKeys apiKeys, String workspaceId, String name, Set<String> scopes) {
        ApiKeySecret secret = ApiKeySecret.generate();
        ApiKey key = new ApiKey(Ids.newId(), UUID.fromString(workspaceId), name, secret.displayPrefix(), secret.hash(),
                scopes, false, Instant.now().truncatedTo(ChronoUnit.MICROS), null, null);
        apiKeys.insert(key).await().indefinitely();
        return key;
    }

    String slug() {
        return slug;
    }

    String id() {
        return id;
    }

    /** The value to send for a reference or property of this name, if W has one. */
    Optional<Object> valueOf(String name) {
        return Optional.ofNullable(byName.get(name)).map(Supplier::get);
    }

    /** The id of W's object of a GraphQL type (WorkItem, Comment…), failing the case when W has none. */
    String idOf(String type, String where) {
        String found = idByType.get(type);
        if (found == null) {
            throw new NotCoveredYet("The permission matrix needs an object of type " + type + " in workspace W for "
                    + where + ": create one in SeededWorkspace.create.");
        }
        return found;
    }

    Map<String, String> idsByType() {
        return Map.copyOf(idByType);
    }

    /** Like {@link #valueOf} for a path parameter: a name W does not know fails the case, saying what to add. */
    String fill(String name, String where) {
        return valueOf(name).map(String::valueOf).orElseThrow(() -> new NotCoveredYet("The permission matrix cannot "
                + "fill '" + name + "' of " + where + ". Create such an object in SeededWorkspace.create and name it "
                + "(known names: " + String.join(", ", byName.keySet()) + ")."));
    }

    /** The slugs handed out for workspaces to create: none of them may exist after a refused create. */
    List<String> newSlugs() {
        return List.copyOf(newSlugs);
    }

    private String aNewSlug(String tag) {
        String slug = "new-" + SERIAL.incrementAndGet() + "-" + tag;
        newSlugs.add(slug);
        return slug;
    }

    private void name(Supplier<Object> value, String... names) {
        for (String name : names) {
            byName.put(name, value);
        }
    }
}
