package io.worklane.api.isolation;

import static io.worklane.api.support.Api.aMember;
import static io.worklane.api.support.Api.aQueuedJob;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Workspace B, the one A's key is aimed at: one object of every kind the contract has, each with
 * names distinctive enough to be searched for in responses ({@link #secrets()}).
 *
 * <p>When a new endpoint needs an object B does not have yet, create it in {@link #create} and name
 * it in {@link ReferenceTable}.
 */
record TheirWorkspace(Reference workspace, Reference member, Reference project, Reference customField,
                      Reference workItem, Reference comment, Reference apiKey, Reference workflow,
                      Reference approval, Reference automationRule, Reference webhook,
                      Reference resource, Reference allocation, Reference holiday, Reference timeEntry,
                      Reference timeApproval, Reference budget, Reference expense, Reference exchangeRate,
                      Reference webhookDelivery, Reference dependency, Reference link, Reference phase,
                      Reference baseline, Reference projectTemplate,
                      Reference attachment, Reference reminder, Reference notification, Reference risk,
                      Reference statusReport, Reference portfolio, Reference job, Reference goal, Reference keyResult, Reference team,
                      Reference view, Reference calendarFeed, Reference form, Reference recurrence,
                      Reference projectMember, Reference portfolioRisk, List<String> texts) {

    static TheirWorkspace create(ApiKeys apiKeys) {
        String tag = letters(6);
        String slug = "their-" + tag.toLowerCase();
        String workspaceName = "Their workspace " + tag;
        String workspaceId = asAdmin().body(Map.of("slug", slug, "name", workspaceName)).post("/api/v1/workspaces")
                .then().statusCode(201).extract().path("id");

        String email = "their-member-" + tag.toLowerCase() + "@b.example";
        String memberId = aMember(slug, email);

        String projectKey = "T" + tag;
        String projectId = aProject(slug, projectKey).extract().path("id");

        String fieldKey = "their_field_" + tag.toLowerCase();
        String fieldName = "Their field " + tag;
        String fieldId = asAdmin().body(Map.of("key", fieldKey, "name", fieldName, "type", "TEXT"))
                .post("/api/v1/workspaces/" + slug + "/projects/" + projectKey + "/custom-fields")
                .then().statusCode(201).extract().path("id");

        String title = "Their confidential plan " + tag;
        JsonPath item = aWorkItem(slug, projectKey, title).extract().jsonPath();

        String commentBody = "Their private remark " + tag;
        String commentId = asAdmin().body(Map.of("body", commentBody))
                .post("/api/v1/workspaces/" + slug + "/work-items/" + item.getString("key") + "/comments")
                .then().statusCode(201).extract().path("id");

        String workflowName = "Their workflow " + tag;
        String workflowId = asAdmin().body(Map.of("template", "default", "name", workflowName))
                .post("/api/v1/workspaces/" + slug + "/workflows").then().statusCode(201).extract().path("id");
        String approvalId = asAdmin().body(Map.of("role", "ADMIN", "policy", "ANY"))
                .post("/api/v1/workspaces/" + slug + "/work-items/" + item.getString("key") + "/approvals")
                .then().statusCode(201).extract().path("id");

        String ruleName = "Their rule " + tag;
        String ruleId = asAdmin().body(Map.of("name", ruleName, "trigger", Map.of("type", "TRANSITIONED", "to", "done"),
                        "actions", List.of(Map.of("type", "ADD_COMMENT", "text", "Their thanks " + tag))))
                .post("/api/v1/workspaces/" + slug + "/automation-rules").then().statusCode(201).extract().path("id");

        String webhookUrl = "https://their-" + tag.toLowerCase() + ".example.com/hooks";
        String webhookDescription = "Their hook " + tag;
        String webhookId = asAdmin().body(Map.of("url", webhookUrl, "eventTypes", List.of("work_item.*"),
                        "description", webhookDescription))
                .post("/api/v1/workspaces/" + slug + "/webhooks").then().statusCode(201).extract().path("id");
        // a ping: the delivery worker is off in these tests, so it stays queued
        String deliveryId = asAdmin().post("/api/v1/workspaces/" + slug + "/webhooks/" + webhookId + "/test")
                .then().statusCode(202).extract().path("id");

        String budgetId = asAdmin().body(Map.of("project", projectKey, "currency", "EUR", "lines",
                        List.of(Map.of("category", "LABOUR", "planned", Map.of("amount", "100.00", "currency", "EUR")))))
                .post("/api/v1/workspaces/" + slug + "/budgets").then().statusCode(201).extract().path("id");
        String expenseNote = "Their expense " + tag;
        String expenseId = asAdmin().body(Map.of("project", projectKey, "category", "OTHER", "date", "2026-01-01",
                        "note", expenseNote, "amount", Map.of("amount", "1.00", "currency", "EUR")))
                .post("/api/v1/workspaces/" + slug + "/expenses").then().statusCode(201).extract().path("id");
        String rateId = asAdmin().body(Map.of("from", "USD", "to", "EUR", "rate", "0.9", "effectiveFrom", "2026-01-01"))
                .post("/api/v1/workspaces/" + slug + "/exchange-rates").then().statusCode(201).extract().path("id");
        String resourceName = "Their engineer " + tag;
        String resourceId = asAdmin().body(Map.of("kind", "PERSON", "name", resourceName,
                        "skills", List.of(Map.of("name", "their-skill-" + tag.toLowerCase(), "level", 3))))
                .post("/api/v1/workspaces/" + slug + "/resources").then().statusCode(201).extract().path("id");
        String allocationNote = "Their allocation " + tag;
        String allocationId = asAdmin().body(Map.of("resource", resourceId, "project", projectKey, "from", "2026-12-07",
                        "to", "2026-12-13", "minutesPerWeek", 600, "note", allocationNote))
                .post("/api/v1/workspaces/" + slug + "/allocations").then().statusCode(201).extract().path("id");
        String holidayName = "Their holiday " + tag;
        String holidayId = asAdmin().body(Map.of("date", "2026-12-24", "name", holidayName))
                .post("/api/v1/workspaces/" + slug + "/holidays").then().statusCode(201).extract().path("id");
        String timeNote = "Their time note " + tag;
        String timeEntryId = asAdmin().body(Map.of("resource", resourceId, "workItem", item.getString("key"),
                        "date", "2026-12-08", "minutes", 45, "note", timeNote))
                .post("/api/v1/workspaces/" + slug + "/time-entries").then().statusCode(201).extract().path("id");
        String timeApprovalId = asAdmin().body(Map.of("resource", resourceId, "from", "2026-11-02", "to", "2026-11-08"))
                .post("/api/v1/workspaces/" + slug + "/time-approvals").then().statusCode(201).extract().path("id");

        String secondTitle = "Their follow-up plan " + tag;
        String second = aWorkItem(slug, projectKey, secondTitle).extract().path("key");
        String dependencyId = asAdmin().body(Map.of("predecessor", item.getString("key")))
                .post("/api/v1/workspaces/" + slug + "/work-items/" + second + "/dependencies").then().statusCode(201)
                .extract().path("id");
        String linkId = asAdmin().body(Map.of("target", second))
                .post("/api/v1/workspaces/" + slug + "/work-items/" + item.getString("key") + "/links").then()
                .statusCode(201).extract().path("id");

        String phaseName = "Their phase " + tag;
        String phaseId = asAdmin().body(Map.of("name", phaseName)).post("/api/v1/workspaces/" + slug + "/projects/"
                + projectKey + "/phases").then().statusCode(201).extract().path("id");
        String baselineName = "Their baseline " + tag;
        String baselineId = asAdmin().body(Map.of("name", baselineName)).post("/api/v1/workspaces/" + slug
                + "/projects/" + projectKey + "/baselines").then().statusCode(201).extract().path("id");
        String templateName = "Their template " + tag;
        String templateId = asAdmin().body(Map.of("fromProject", projectKey, "name", templateName))
                .post("/api/v1/workspaces/" + slug + "/project-templates").then().statusCode(201).extract().path("id");
        String attachmentName = "their-secret-plan-" + tag.toLowerCase() + ".txt";
        String attachmentId = anAttachment(slug, item.getString("key"), attachmentName,
                ("Their attached secret " + tag).getBytes(java.nio.charset.StandardCharsets.UTF_8)).getString("id");

        String riskTitle = "Their secret risk " + tag;
        String riskId = asAdmin().body(Map.of("title", riskTitle, "probability", 3, "impact", 4,
                        "mitigationItems", List.of(item.getString("key")))).post("/api/v1/workspaces/" + slug
                + "/projects/" + projectKey + "/risks").then().statusCode(201).extract().path("id");

        String viewName = "Their secret view " + tag;
        String viewId = asAdmin().body(Map.of("name", viewName, "shared", "WORKSPACE", "layout", "BOARD"))
                .post("/api/v1/workspaces/" + slug + "/views").then().statusCode(201).extract().path("id");
        String feedId = asAdmin().body(Map.of("scope", "PROJECT", "project", projectKey))
                .post("/api/v1/workspaces/" + slug + "/calendar-feeds").then().statusCode(201).extract().path("id");
        // a MEMBERS form of a PROCESS project: its address is as secret to A as its id
        String processKey = "Q" + tag;
        asAdmin().body(Map.of("key", processKey, "name", "Their process " + tag, "kind", "PROCESS"))
                .post("/api/v1/workspaces/" + slug + "/projects").then().statusCode(201);
        String formSlug = "their-form-" + tag.toLowerCase();
        String formTitle = "Their secret form " + tag;
        String formId = asAdmin().body(Map.of("project", processKey, "slug", formSlug, "title", formTitle,
                        "access", "MEMBERS", "fields", List.of(Map.of("key", "summary", "label", "Summary", "type", "TEXT",
                                "target", "title")))).post("/api/v1/workspaces/" + slug + "/forms").then().statusCode(201)
                .extract().path("id");
        String recurrenceTitle = "Their secret recurring report " + tag;
        String recurrenceId = asAdmin().body(Map.of("project", projectKey, "rrule", "FREQ=WEEKLY;BYDAY=MO",
                        "dtstart", "2030-01-07T09:00:00", "timeZone", "UTC", "template", Map.of("title", recurrenceTitle)))
                .post("/api/v1/workspaces/" + slug + "/recurrences").then().statusCode(201).extract().path("id");

        String reportId = asAdmin().post("/api/v1/workspaces/" + slug + "/projects/" + projectKey
                + "/status-reports/draft?asOf=2026-12-31").then().statusCode(201).extract().path("id");

        String portfolioName = "Their secret portfolio " + tag;
        String portfolioId = asAdmin().body(Map.of("name", portfolioName, "currency", "EUR"))
                .post("/api/v1/workspaces/" + slug + "/portfolios").then().statusCode(201).extract().path("id");
        asAdmin().body(Map.of("rank", 1)).put("/api/v1/workspaces/" + slug + "/portfolios/" + portfolioId + "/projects/"
                + projectKey).then().statusCode(200);
        String portfolioRiskTitle = "Their secret program risk " + tag;
        String portfolioRiskId = asAdmin().body(Map.of("title", portfolioRiskTitle, "probability", 2, "impact", 5))
                .post("/api/v1/workspaces/" + slug + "/portfolios/" + portfolioId + "/risks").then().statusCode(201)
                .extract().path("id");
        asAdmin().body(Map.of("amount", "7777.00", "currency", "EUR", "note", "Their secret business case " + tag))
                .put("/api/v1/workspaces/" + slug + "/projects/" + projectKey + "/expected-benefits").then()
                .statusCode(200);

        String goalTitle = "Their secret goal " + tag;
        String goalId = asAdmin().body(Map.of("title", goalTitle, "periodStart", "2027-01-01", "periodEnd",
                "2027-03-31")).post("/api/v1/workspaces/" + slug + "/goals").then().statusCode(201).extract().path("id");
        asAdmin().put("/api/v1/workspaces/" + slug + "/goals/" + goalId + "/projects/" + projectKey).then()
                .statusCode(200);
        asAdmin().put("/api/v1/workspaces/" + slug + "/goals/" + goalId + "/portfolios/" + portfolioId).then()
                .statusCode(200);
        String keyResultTitle = "Their secret key result " + tag;
        String keyResultId = asAdmin().body(Map.of("title", keyResultTitle, "kind", "NUMBER", "start", "0",
                        "target", "10")).post("/api/v1/workspaces/" + slug + "/goals/" + goalId + "/key-results")
                .then().statusCode(201).extract().path("id");
        asAdmin().body(Map.of("value", 3, "note", "Their secret check-in " + tag)).post("/api/v1/workspaces/" + slug
                + "/key-results/" + keyResultId + "/check-ins").then().statusCode(201);

        String teamName = "Their secret team " + tag;
        String teamId = asAdmin().body(Map.of("name", teamName, "lead", memberId))
                .post("/api/v1/workspaces/" + slug + "/teams").then().statusCode(201).extract().path("id");

        String membershipId = asAdmin().body(Map.of("team", teamId, "projectRole", "STAKEHOLDER"))
                .post("/api/v1/workspaces/" + slug + "/projects/" + projectKey + "/members").then().statusCode(201)
                .extract().path("id");

        String keyName = "Their partner app " + tag;
        ApiKeySecret secret = ApiKeySecret.generate();
        UUID keyId = Ids.newId();
        apiKeys.insert(new ApiKey(keyId, UUID.fromString(workspaceId), keyName, secret.displayPrefix(), secret.hash(),
                Set.of("admin"), false, Instant.now().truncatedTo(ChronoUnit.MICROS), null, null)).await().indefinitely();

        return new TheirWorkspace(
                new Reference("Workspace", slug, workspaceId),
                new Reference("Member", null, memberId),
                new Reference("Project", projectKey, projectId),
                new Reference("CustomField", null, fieldId),
                new Reference("WorkItem", item.getString("key"), item.getString("id")),
                new Reference("Comment", null, commentId),
                new Reference("ApiKey", null, keyId.toString()),
                new Reference("Workflow", null, workflowId),
                new Reference("Approval", null, approvalId),
                new Reference("AutomationRule", null, ruleId),
                new Reference("Webhook", null, webhookId),
                new Reference("Resource", null, resourceId),
                new Reference("Allocation", null, allocationId),
                new Reference("Holiday", null, holidayId),
                new Reference("TimeEntry", null, timeEntryId),
                new Reference("TimeApproval", null, timeApprovalId),
                new Reference("Budget", null, budgetId),
                new Reference("Expense", null, expenseId),
                new Reference("ExchangeRate", null, rateId),
                new Reference("WebhookDelivery", null, deliveryId),
                new Reference("Dependency", null, dependencyId),
                new Reference("Link", null, linkId),
                new Reference("Phase", null, phaseId),
                new Reference("Baseline", null, baselineId),
                new Reference("ProjectTemplate", null, templateId),
                new Reference("Attachment", null, attachmentId),
                // a reminder belongs to a person, whom this matrix has not signed in: an id of the kind they have
                new Reference("Reminder", null, Ids.newId().toString()),
                // a notification belongs to a person too: only they see its id
                new Reference("Notification", null, Ids.newId().toString()),
                new Reference("Risk", null, riskId),
                new Reference("StatusReport", null, reportId),
                new Reference("Portfolio", null, portfolioId),
                new Reference("Job", null, aQueuedJob(workspaceId)),
                new Reference("Goal", null, goalId),
                new Reference("KeyResult", null, keyResultId),
                new Reference("Team", null, teamId),
                new Reference("View", null, viewId),
                new Reference("CalendarFeed", null, feedId),
                new Reference("Form", formSlug, formId),
                new Reference("Recurrence", null, recurrenceId),
                new Reference("ProjectMember", null, membershipId),
                new Reference("Risk", null, portfolioRiskId),
                List.of(portfolioRiskTitle, formTitle, recurrenceTitle, "Their process " + tag, teamName, viewName, goalTitle, keyResultTitle, "Their secret check-in " + tag, portfolioName, "Their secret business case " + tag, riskTitle, secondTitle, phaseName, baselineName, templateName, attachmentName, resourceName, allocationNote, holidayName, timeNote, workspaceName, email, "Project " + projectKey, fieldKey, fieldName, title, commentBody, keyName,
                        secret.displayPrefix(), workflowName, ruleName, "Their thanks " + tag, webhookUrl,
                        webhookDescription, expenseNote));
    }

    List<Reference> objects() {
        return List.of(workspace, member, project, customField, workItem, comment, apiKey, workflow, approval,
                automationRule, webhook, resource, allocation, holiday, timeEntry, timeApproval, budget, expense,
                exchangeRate, webhookDelivery, dependency, link, phase, baseline, projectTemplate, attachment, reminder,
                notification, risk, statusReport, portfolio, job, goal, keyResult, team, view, calendarFeed, form, recurrence,
                projectMember, portfolioRisk);
    }

    /** Everything that identifies B or tells something of its content: ids, slug, keys, names, texts. */
    List<String> secrets() {
        List<String> secrets = new ArrayList<>(texts);
        for (Reference object : objects()) {
            secrets.add(object.id());
            if (object.key() != null) {
                secrets.add(object.key());
            }
        }
        return secrets;
    }

    private static String letters(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return out.toString();
    }
}
