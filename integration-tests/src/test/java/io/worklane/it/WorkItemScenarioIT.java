package io.worklane.it;

import static io.worklane.it.support.Http.etagOf;
import static io.worklane.it.support.HttpProblem.refusalOf;
import static io.worklane.it.support.WorkItemQuery.workItems;
import static io.worklane.it.support.Worklane.change;
import static io.worklane.it.support.Worklane.comment;
import static io.worklane.it.support.Worklane.flatten;
import static io.worklane.it.support.Worklane.member;
import static io.worklane.it.support.Worklane.project;
import static io.worklane.it.support.Worklane.selectField;
import static io.worklane.it.support.Worklane.workItem;
import static io.worklane.it.support.Worklane.workspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.worklane.client.model.ActorKind;
import io.worklane.client.model.Comment;
import io.worklane.client.model.CustomField;
import io.worklane.client.model.CustomFieldType;
import io.worklane.client.model.FieldError;
import io.worklane.client.model.Member;
import io.worklane.client.model.MemberRole;
import io.worklane.client.model.Priority;
import io.worklane.client.model.Project;
import io.worklane.client.model.ProjectKind;
import io.worklane.client.model.ProjectStatus;
import io.worklane.client.model.TransitionRequest;
import io.worklane.client.model.TransitionResult;
import io.worklane.client.model.WorkItem;
import io.worklane.client.model.WorkItemCreate;
import io.worklane.client.model.WorkItemList;
import io.worklane.client.model.WorkItemType;
import io.worklane.client.model.Workspace;
import io.worklane.it.support.AdminKeys;
import io.worklane.it.support.GraphQl;
import io.worklane.it.support.Http;
import io.worklane.it.support.HttpProblem;
import io.worklane.it.support.Independent;
import io.worklane.it.support.StopAfterFirstFailure;
import io.worklane.it.support.Worklane;
import io.worklane.it.support.WorklaneServerExtension;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A team's first day, end to end against the packaged server, through the client generated from
 * openapi.yaml: workspace acme, a member, project ENG with a SELECT field, a story and its sub-items,
 * optimistic locking, filtered and paginated lists, comments, deletion, then the same data through
 * GraphQL, and idempotent creates. The steps run in order and build on each other; the ones marked
 * {@link Independent} only need the data of the first steps, so a failure there skips nothing else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(StopAfterFirstFailure.class)
class WorkItemScenarioIT {
    private static final String ACME = "acme";
    private static final String ENG = "ENG";

    @RegisterExtension
    static final WorklaneServerExtension worklane = WorklaneServerExtension.withAdminKey(AdminKeys.random());

    private Worklane api;
    private Workspace acme;
    private Member ada;
    private Project eng;
    private CustomField severity;
    private WorkItem story;
    private WorkItem bug;
    private WorkItem translation;
    private WorkItem removal;

    @BeforeAll
    void connectAsTheInstanceAdministrator() {
        api = worklane.asAdmin();
    }

    @Test
    @Order(1)
    @DisplayName("create workspace acme and add a member")
    void createsTheWorkspaceAndAddsAMember() throws Exception {
        Http<Workspace> created = Http.of(api.workspaces.createWorkspaceWithHttpInfo(
                workspace(ACME).name("Acme Corp").timeZone("Europe/Berlin"), null));

        assertThat(created.status()).isEqualTo(201);
        acme = created.body();
        assertThat(acme.getSlug()).isEqualTo(ACME);
        assertThat(acme.getName()).isEqualTo("Acme Corp");
        assertThat(acme.getTimeZone()).isEqualTo("Europe/Berlin");
        assertThat(acme.getDefaultCurrency()).as("default currency").isEqualTo("EUR");
        assertThat(acme.getId()).isNotNull();
        assertThat(created.etag()).isEqualTo(etagOf(acme.getVersion()));
        assertThat(api.follow(created.location()).id()).isEqualTo(acme.getId().toString());
        assertThat(api.workspaces.getWorkspace(ACME).getId()).as("by slug").isEqualTo(acme.getId());
        assertThat(api.workspaces.getWorkspace(acme.getId().toString()).getSlug()).as("by id").isEqualTo(ACME);

        Http<Member> added = Http.of(api.members.addMemberWithHttpInfo(ACME,
                member("ada@example.com", MemberRole.MEMBER).displayName("Ada Lovelace"), null));

        assertThat(added.status()).isEqualTo(201);
        ada = added.body();
        assertThat(ada.getEmail()).isEqualTo("ada@example.com");
        assertThat(ada.getDisplayName()).isEqualTo("Ada Lovelace");
        assertThat(ada.getRole()).isEqualTo(MemberRole.MEMBER);
        assertThat(added.etag()).isEqualTo(etagOf(ada.getVersion()));
        assertThat(api.follow(added.location()).id()).isEqualTo(ada.getId().toString());
        assertThat(api.members.listMembers(ACME, null, null).getItems())
                .extracting(Member::getId, Member::getEmail)
                .contains(tuple(ada.getId(), "ada@example.com"));
    }

    @Test
    @Order(2)
    @DisplayName("create project ENG with a SELECT custom field")
    void createsTheProjectWithASelectField() throws Exception {
        Http<Project> created = Http.of(api.projects.createProjectWithHttpInfo(ACME,
                project(ENG).name("Engineering").description("Product engineering").leadId(ada.getId()), null));

        assertThat(created.status()).isEqualTo(201);
        eng = created.body();
        assertThat(eng.getKey()).isEqualTo(ENG);
        assertThat(eng.getName()).isEqualTo("Engineering");
        assertThat(eng.getKind()).as("default kind").isEqualTo(ProjectKind.PROJECT);
        assertThat(eng.getStatus()).as("default status").isEqualTo(ProjectStatus.ACTIVE);
        assertThat(eng.getLeadId()).isEqualTo(ada.getId());
        assertThat(created.etag()).isEqualTo(etagOf(eng.getVersion()));
        assertThat(api.follow(created.location()).id()).isEqualTo(eng.getId().toString());
        assertThat(api.projects.getProject(ACME, ENG).getId()).isEqualTo(eng.getId());

        Http<CustomField> field = Http.of(api.customFields.createCustomFieldWithHttpInfo(ACME, ENG,
                selectField("severity", "LOW", "HIGH", "CRITICAL"), null));

        assertThat(field.status()).isEqualTo(201);
        severity = field.body();
        assertThat(severity.getKey()).isEqualTo("severity");
        assertThat(severity.getType()).isEqualTo(CustomFieldType.SELECT);
        assertThat(severity.getOptions()).containsExactly("LOW", "HIGH", "CRITICAL");
        assertThat(severity.getRequired()).isFalse();
        assertThat(field.etag()).isEqualTo(etagOf(severity.getVersion()));
        assertThat(api.follow(field.location()).id()).isEqualTo(severity.getId().toString());
        assertThat(api.customFields.listCustomFields(ACME, ENG, null, null).getItems())
                .extracting(CustomField::getId).containsExactly(severity.getId());
    }

    @Test
    @Order(3)
    @DisplayName("create ENG-1 and its child ENG-2 with custom values")
    void createsAStoryAndAChildWithCustomValues() throws Exception {
        Http<WorkItem> first = Http.of(api.workItems.createWorkItemWithHttpInfo(ACME,
                workItem(ENG, "Ship the login page")
                        .type(WorkItemType.STORY)
                        .priority(Priority.HIGH)
                        .description("Users sign in with e-mail and password.")
                        .assigneeIds(Set.of(ada.getId()))
                        .labels(List.of("web"))
                        .dueDate(LocalDate.of(2026, 12, 15))
                        .estimateMinutes(480L)
                        .customFields(Map.of("severity", "HIGH")), null));

        assertThat(first.status()).isEqualTo(201);
        story = first.body();
        assertThat(story.getKey()).isEqualTo("ENG-1");
        assertThat(story.getNumber()).isEqualTo(1L);
        assertThat(story.getProjectId()).isEqualTo(eng.getId());
        assertThat(story.getProjectKey()).isEqualTo(ENG);
        assertThat(story.getTitle()).isEqualTo("Ship the login page");
        assertThat(story.getType()).isEqualTo(WorkItemType.STORY);
        assertThat(story.getStatus()).as("default status").isEqualTo("todo");
        assertThat(story.getPriority()).isEqualTo(Priority.HIGH);
        assertThat(story.getAssigneeIds()).containsExactly(ada.getId());
        assertThat(story.getLabels()).containsExactly("web");
        assertThat(story.getDueDate()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(story.getEstimateMinutes()).isEqualTo(480L);
        assertThat(story.getCustomFields()).containsExactly(Map.entry("severity", "HIGH"));
        assertThat(story.getParentId()).isNull();
        assertThat(story.getReporterId()).as("an API key is no member").isNull();
        assertThat(story.getCompletedAt()).isNull();
        assertThat(first.etag()).isEqualTo(etagOf(story.getVersion()));
        assertThat(api.follow(first.location()).body().path("key").asText()).isEqualTo("ENG-1");

        Http<WorkItem> child = Http.of(api.workItems.createWorkItemWithHttpInfo(ACME,
                workItem(ENG, "Fix the redirect loop")
                        .type(WorkItemType.BUG)
                        .parent("ENG-1")
                        .customFields(Map.of("severity", "CRITICAL")), null));

        assertThat(child.status()).isEqualTo(201);
        bug = child.body();
        assertThat(bug.getKey()).isEqualTo("ENG-2");
        assertThat(bug.getNumber()).isEqualTo(2L);
        assertThat(bug.getParentId()).isEqualTo(story.getId());
        assertThat(bug.getParentKey()).isEqualTo("ENG-1");
        assertThat(bug.getType()).isEqualTo(WorkItemType.BUG);
        assertThat(bug.getPriority()).as("default priority").isEqualTo(Priority.NONE);
        assertThat(bug.getAssigneeIds()).isEmpty();
        assertThat(bug.getLabels()).isEmpty();
        assertThat(bug.getCustomFields()).containsExactly(Map.entry("severity", "CRITICAL"));
    }

    @Test
    @Order(4)
    @DisplayName("get a work item by key and by id, with its ETag")
    void readsAWorkItemByKeyAndById() throws Exception {
        Http<WorkItem> byKey = Http.of(api.workItems.getWorkItemWithHttpInfo(ACME, "ENG-2"));

        assertThat(byKey.status()).isEqualTo(200);
        assertThat(byKey.etag()).isEqualTo(etagOf(bug.getVersion()));
        assertThat(byKey.body()).usingRecursiveComparison().isEqualTo(bug);

        WorkItem byId = api.workItems.getWorkItem(acme.getId().toString(), bug.getId().toString());
        assertThat(byId).usingRecursiveComparison().isEqualTo(bug);

        HttpProblem missing = refusalOf(() -> api.workItems.getWorkItem(ACME, "ENG-999"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.code()).isEqualTo("WORK_ITEM_NOT_FOUND");
    }

    @Test
    @Order(5)
    @DisplayName("update with If-Match; a stale If-Match gets 412 CONFLICT and writes nothing")
    void updatesWithIfMatchAndRefusesAStaleVersion() throws Exception {
        String readEtag = Http.of(api.workItems.getWorkItemWithHttpInfo(ACME, "ENG-1")).etag();

        Http<WorkItem> updated = Http.of(api.workItems.updateWorkItemWithHttpInfo(ACME, "ENG-1",
                change().title("Ship the new login page")
                        .customFields(Map.of("severity", "CRITICAL")), readEtag));

        assertThat(updated.status()).isEqualTo(200);
        WorkItem after = updated.body();
        assertThat(after.getVersion()).isEqualTo(story.getVersion() + 1);
        assertThat(updated.etag()).isEqualTo(etagOf(after.getVersion()));
        assertThat(after.getTitle()).isEqualTo("Ship the new login page");
        assertThat(after.getStatus()).as("status is not edited, it is transitioned").isEqualTo("todo");
        assertThat(after.getCustomFields()).containsExactly(Map.entry("severity", "CRITICAL"));
        // merge patch: what the patch does not name stays as it was
        assertThat(after.getPriority()).isEqualTo(Priority.HIGH);
        assertThat(after.getAssigneeIds()).containsExactly(ada.getId());
        assertThat(after.getLabels()).containsExactly("web");
        assertThat(after.getDescription()).isEqualTo(story.getDescription());
        assertThat(after.getDueDate()).isEqualTo(story.getDueDate());
        assertThat(after.getUpdatedAt()).isAfterOrEqualTo(story.getUpdatedAt());

        HttpProblem stale = refusalOf(() -> api.workItems.updateWorkItem(ACME, "ENG-1",
                change().title("A lost update"), readEtag));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.code()).isEqualTo("CONFLICT");
        assertThat(stale.problem().getStatus()).isEqualTo(412);
        Http<WorkItem> reread = Http.of(api.workItems.getWorkItemWithHttpInfo(ACME, "ENG-1"));
        assertThat(reread.body().getTitle()).as("the stale change was not written").isEqualTo("Ship the new login page");
        assertThat(reread.etag()).isEqualTo(updated.etag());

        // the status moves through the project's workflow (the workspace default: any move allowed)
        TransitionResult moved = api.workflows.transitionWorkItem(ACME, "ENG-1",
                new TransitionRequest().to("in_progress").expectedVersion(after.getVersion()), null);
        assertThat(moved.getFrom()).isEqualTo("todo");
        assertThat(moved.getWorkItem().getStatus()).isEqualTo("in_progress");
        assertThat(moved.getWorkItem().getVersion()).isEqualTo(after.getVersion() + 1);
        story = moved.getWorkItem();
    }

    @Test
    @Order(6)
    @DisplayName("list with filters and follow nextCursor page by page")
    void listsWithFiltersAndCursorPagination() throws Exception {
        translation = api.aWorkItem(ACME, workItem(ENG, "Translate the login page").parent("ENG-1")
                .labels(List.of("web", "i18n")));
        removal = api.aWorkItem(ACME, workItem(ENG, "Remove the old LOGIN form").parent(story.getId().toString()));
        assertThat(List.of(translation.getKey(), removal.getKey())).containsExactly("ENG-3", "ENG-4");

        List<WorkItemList> pages = api.allPages(ACME, workItems().childrenOf("ENG-1").pageSize(1), 10);

        assertThat(pages).as("one page per child of ENG-1, the last without nextCursor").hasSize(3)
                .allSatisfy(page -> assertThat(page.getItems()).hasSize(1));
        assertThat(flatten(pages, WorkItem::getKey)).as("newest first").containsExactly("ENG-4", "ENG-3", "ENG-2");
        assertThat(flatten(pages, WorkItem::getParentKey)).containsOnly("ENG-1");

        List<WorkItemList> oldestFirst = api.allPages(ACME,
                workItems().inProject(ENG).sortedBy("createdAt").pageSize(3), 10);
        assertThat(oldestFirst).hasSize(2);
        assertThat(flatten(oldestFirst, WorkItem::getKey)).containsExactly("ENG-1", "ENG-2", "ENG-3", "ENG-4");

        assertThat(keys(api.list(ACME, workItems().inProject(ENG).withStatus("in_progress"))))
                .containsExactly("ENG-1");
        assertThat(keys(api.list(ACME, workItems().assignedTo(ada.getId()))))
                .containsExactly("ENG-1");
        assertThat(keys(api.list(ACME, workItems().labelled("web"))))
                .containsExactly("ENG-3", "ENG-1");
        assertThat(keys(api.list(ACME, workItems().titleContaining("login"))))
                .as("q is a case-insensitive title substring").containsExactly("ENG-4", "ENG-3", "ENG-1");
        assertThat(keys(api.list(ACME, workItems().withStatus("todo").childrenOf("ENG-1").titleContaining("page"))))
                .as("filters combine with AND").containsExactly("ENG-3");
    }

    @Test
    @Order(7)
    @DisplayName("comment on a work item and list the comments in order")
    void commentsOnAWorkItem() throws Exception {
        Http<Comment> first = Http.of(api.comments.createCommentWithHttpInfo(ACME, "ENG-2",
                comment("Reproduced on staging."), null));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().getBody()).isEqualTo("Reproduced on staging.");
        assertThat(first.body().getWorkItemId()).isEqualTo(bug.getId());
        assertThat(first.body().getEdited()).isFalse();
        assertThat(first.body().getAuthor().getKind()).isEqualTo(ActorKind.API_KEY);
        assertThat(first.body().getAuthor().getId()).isNotBlank();
        assertThat(first.etag()).isEqualTo(etagOf(first.body().getVersion()));
        assertThat(api.follow(first.location()).id()).isEqualTo(first.body().getId().toString());

        Comment second = api.aComment(ACME, bug.getId().toString(), "Fixed by **#12**, please verify.");

        assertThat(api.comments.listComments(ACME, "ENG-2", null, null).getItems())
                .as("in the order they were written")
                .extracting(Comment::getId, Comment::getBody)
                .containsExactly(tuple(first.body().getId(), "Reproduced on staging."),
                        tuple(second.getId(), "Fixed by **#12**, please verify."));
        assertThat(api.comments.listComments(ACME, "ENG-1", null, null).getItems()).isEmpty();
    }

    @Test
    @Order(8)
    @DisplayName("delete a work item: 204, then 404")
    void deletesAWorkItem() throws Exception {
        HttpProblem stale = refusalOf(() -> api.workItems.deleteWorkItem(ACME, "ENG-4", etagOf(removal.getVersion() + 7)));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.code()).isEqualTo("CONFLICT");

        Http<Void> deleted = Http.of(api.workItems.deleteWorkItemWithHttpInfo(ACME, "ENG-4", etagOf(removal.getVersion())));

        assertThat(deleted.status()).isEqualTo(204);
        HttpProblem gone = refusalOf(() -> api.workItems.getWorkItem(ACME, "ENG-4"));
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.code()).isEqualTo("WORK_ITEM_NOT_FOUND");
        assertThat(refusalOf(() -> api.workItems.getWorkItem(ACME, removal.getId().toString())).status()).isEqualTo(404);
        assertThat(refusalOf(() -> api.workItems.deleteWorkItem(ACME, "ENG-4", null)).status()).isEqualTo(404);
        assertThat(keys(api.list(ACME, workItems().childrenOf("ENG-1"))))
                .containsExactly("ENG-3", "ENG-2");
    }

    @Test
    @Order(9)
    @DisplayName("GraphQL reads what REST wrote")
    void graphQlReadsWhatRestWrote() {
        HttpResponse<String> schema = api.graphQl.servedSchema();
        assertThat(schema.statusCode()).as("the schema is public").isEqualTo(200);
        assertThat(schema.body()).contains("createWorkItem", "idOrSlug");

        JsonNode data = api.graphQl.execute("""
                query {
                  workspace(idOrSlug: "acme") {
                    projects { edges { node { key
                      workItems(first: 10) { totalCount edges { node { key title assignees { email } children { key } } } }
                    } } }
                  }
                }""").dataWithoutErrors();

        JsonNode projects = data.path("workspace").path("projects").path("edges");
        assertThat(projects).hasSize(1);
        JsonNode project = projects.get(0).path("node");
        assertThat(project.path("key").asText()).isEqualTo(ENG);
        JsonNode workItems = project.path("workItems");
        assertThat(workItems.path("totalCount").asInt()).as("ENG-4 was deleted").isEqualTo(3);
        Map<String, JsonNode> byKey = new java.util.TreeMap<>();
        workItems.path("edges").forEach(edge -> byKey.put(edge.path("node").path("key").asText(), edge.path("node")));
        assertThat(byKey).containsOnlyKeys("ENG-1", "ENG-2", "ENG-3");

        JsonNode eng1 = byKey.get("ENG-1");
        assertThat(eng1.path("title").asText()).isEqualTo("Ship the new login page");
        assertThat(texts(eng1.path("assignees"), "email")).containsExactly("ada@example.com");
        assertThat(texts(eng1.path("children"), "key")).containsExactlyInAnyOrder("ENG-2", "ENG-3");
        assertThat(byKey.get("ENG-2").path("title").asText()).isEqualTo("Fix the redirect loop");
        assertThat(texts(byKey.get("ENG-2").path("assignees"), "email")).isEmpty();
        assertThat(texts(byKey.get("ENG-2").path("children"), "key")).isEmpty();
        assertThat(byKey.get("ENG-3").path("title").asText()).isEqualTo("Translate the login page");
    }

    @Test
    @Order(10)
    @Independent
    @DisplayName("GraphQL createWorkItem creates an item REST can read")
    void graphQlCreatesAWorkItem() throws Exception {
        GraphQl.Result result = api.graphQl.execute("""
                mutation {
                  createWorkItem(input: {workspace: "acme", project: "ENG", title: "Document the login flow",
                                         priority: LOW, parent: "ENG-1"}) {
                    workItem { id key title status priority parent { key } }
                  }
                }""");

        JsonNode created = result.dataWithoutErrors().path("createWorkItem").path("workItem");
        assertThat(created.path("key").asText()).as("keys are never reused: ENG-4 was deleted").isEqualTo("ENG-5");
        assertThat(created.path("title").asText()).isEqualTo("Document the login flow");
        assertThat(created.path("priority").asText()).isEqualTo("LOW");
        assertThat(created.path("status").asText()).as("default status").isEqualTo("todo");
        assertThat(created.path("parent").path("key").asText()).isEqualTo("ENG-1");

        WorkItem viaRest = api.workItems.getWorkItem(ACME, "ENG-5");
        assertThat(viaRest.getTitle()).isEqualTo("Document the login flow");
        assertThat(viaRest.getPriority()).isEqualTo(Priority.LOW);
        assertThat(viaRest.getParentKey()).isEqualTo("ENG-1");
        assertThat(viaRest.getProjectId()).isEqualTo(eng.getId());
    }

    @Test
    @Order(11)
    @Independent
    @DisplayName("GraphQL update with a stale expectedVersion is the error CONFLICT and writes nothing")
    void graphQlRefusesAStaleUpdate() throws Exception {
        WorkItem current = api.workItems.getWorkItem(ACME, "ENG-2");

        GraphQl.Result result = api.graphQl.execute("""
                mutation {
                  updateWorkItem(input: {workspace: "acme", workItem: "ENG-2", expectedVersion: %d,
                                         title: "A lost update"}) {
                    workItem { key title }
                  }
                }""".formatted(current.getVersion() + 5));

        assertThat(result.errors()).as("errors of %s", result.body()).hasSize(1);
        assertThat(result.errors().get(0).path("extensions").path("code").asText()).isEqualTo("CONFLICT");
        assertThat(result.body().toString()).as("no internals leak").doesNotContain("Exception", "at io.");
        assertThat(api.workItems.getWorkItem(ACME, "ENG-2")).usingRecursiveComparison().isEqualTo(current);
    }

    @Test
    @Order(12)
    @Independent
    @DisplayName("idempotent POST: same key + same body replays 201 and the same object; another body gets 422")
    void idempotentCreates() throws Exception {
        String key = UUID.randomUUID().toString();
        Http<Workspace> first = Http.of(api.workspaces.createWorkspaceWithHttpInfo(
                workspace("globex").name("Globex"), key));
        Http<Workspace> retry = Http.of(api.workspaces.createWorkspaceWithHttpInfo(
                workspace("globex").name("Globex"), key));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body().getId()).isEqualTo(first.body().getId());
        assertThat(retry.body()).usingRecursiveComparison().isEqualTo(first.body());
        assertThat(retry.location()).isEqualTo(first.location());
        assertThat(api.workspaces.listWorkspaces(200, null).getItems()).extracting(Workspace::getSlug)
                .containsOnlyOnce("globex");

        HttpProblem reused = refusalOf(() -> api.workspaces.createWorkspace(workspace("initech").name("Initech"), key));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.contentType()).startsWith("application/problem+json");
        assertThat(reused.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(refusalOf(() -> api.workspaces.getWorkspace("initech")).status()).as("nothing created").isEqualTo(404);

        // the same for a work item: the retry does not take a second number
        String itemKey = UUID.randomUUID().toString();
        WorkItemCreate draft = workItem(ENG, "Rotate the session secret").labels(List.of("security"));
        Http<WorkItem> item = Http.of(api.workItems.createWorkItemWithHttpInfo(ACME, draft, itemKey));
        Http<WorkItem> itemAgain = Http.of(api.workItems.createWorkItemWithHttpInfo(ACME, draft, itemKey));
        assertThat(List.of(item.status(), itemAgain.status())).containsExactly(201, 201);
        assertThat(itemAgain.body().getId()).isEqualTo(item.body().getId());
        assertThat(itemAgain.body().getKey()).isEqualTo(item.body().getKey());
        assertThat(keys(api.list(ACME, workItems().labelled("security"))))
                .containsExactly(item.body().getKey());
        HttpProblem otherBody = refusalOf(() -> api.workItems.createWorkItem(ACME,
                workItem(ENG, "Rotate the session secret twice"), itemKey));
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    @Order(13)
    @Independent
    @DisplayName("a custom value outside the field's options is a 400 naming the field")
    void refusesACustomValueOutsideTheOptions() {
        HttpProblem refused = refusalOf(() -> api.workItems.createWorkItem(ACME,
                workItem(ENG, "Paint it").customFields(Map.of("severity", "PURPLE")), null));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(refused.problem().getErrors()).extracting(FieldError::getField).contains("customFields.severity");
    }

    @Test
    @Order(14)
    @Independent
    @DisplayName("a list filter naming a project or parent that does not exist gives an empty page, not 404")
    void unknownFilterReferencesGiveAnEmptyPage() throws Exception {
        assertThat(keys(api.list(ACME, workItems().inProject("NOPE"))))
                .as("unknown project").isEmpty();
        assertThat(keys(api.list(ACME, workItems().childrenOf("ENG-404"))))
                .as("unknown parent").isEmpty();
    }

    private static List<String> keys(WorkItemList page) {
        assertThat(page.getNextCursor()).as("a single page").isNull();
        return page.getItems().stream().map(WorkItem::getKey).toList();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        StreamSupport.stream(array.spliterator(), false).forEach(node -> values.add(node.path(field).asText()));
        return values;
    }
}
