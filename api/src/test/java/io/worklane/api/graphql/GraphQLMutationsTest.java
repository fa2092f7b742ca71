package io.worklane.api.graphql;

import static io.worklane.api.graphql.Fixtures.aComment;
import static io.worklane.api.graphql.Fixtures.aMember;
import static io.worklane.api.graphql.Fixtures.aProject;
import static io.worklane.api.graphql.Fixtures.aWorkItem;
import static io.worklane.api.graphql.Fixtures.aWorkspace;
import static io.worklane.api.graphql.GraphQLClient.failing;
import static io.worklane.api.graphql.GraphQLClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The update and delete mutations of workspaces, members, projects, custom fields and comments. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GraphQLMutationsTest {
    @Test
    void aWorkspaceIsUpdatedThenDeleted() {
        String ws = aWorkspace();

        JsonPath updated = ok("mutation($in: UpdateWorkspaceInput!) { updateWorkspace(input: $in) {"
                + " workspace { name timeZone defaultCurrency } } }", Map.of("in", Map.of("workspace", ws,
                "name", "Renamed", "timeZone", "Europe/Paris"))).setRootPath("data.updateWorkspace.workspace");
        String deleted = ok("mutation($in: DeleteWorkspaceInput!) { deleteWorkspace(input: $in) { deletedId } }",
                Map.of("in", Map.of("workspace", ws))).getString("data.deleteWorkspace.deletedId");

        assertThat(updated.getString("name")).isEqualTo("Renamed");
        assertThat(updated.getString("timeZone")).isEqualTo("Europe/Paris");
        assertThat(updated.getString("defaultCurrency")).isEqualTo("EUR");
        assertThat(deleted).isNotBlank();
        assertThat(failing("query($ws: String!) { workspace(idOrSlug: $ws) { id } }", Map.of("ws", ws))
                .getString("errors[0].extensions.code")).isEqualTo("WORKSPACE_NOT_FOUND");
    }

    @Test
    void aMemberIsUpdatedClearedAndRemoved() {
        String ws = aWorkspace();
        String id = ok("mutation($in: AddMemberInput!) { addMember(input: $in) { member { id displayName } } }",
                Map.of("in", Map.of("workspace", ws, "email", "eve@example.com", "displayName", "Eve",
                        "role", "VIEWER"))).getString("data.addMember.member.id");

        JsonPath updated = ok("mutation($in: UpdateMemberInput!) { updateMember(input: $in) { member { role displayName } } }",
                Map.of("in", Map.of("workspace", ws, "id", id, "role", "ADMIN", "clear", List.of("DISPLAY_NAME"))))
                .setRootPath("data.updateMember.member");
        String removed = ok("mutation($in: RemoveMemberInput!) { removeMember(input: $in) { deletedId } }",
                Map.of("in", Map.of("workspace", ws, "id", id))).getString("data.removeMember.deletedId");

        assertThat(updated.getString("role")).isEqualTo("ADMIN");
        assertThat(updated.getString("displayName")).isNull();
        assertThat(removed).isEqualTo(id);
    }

    @Test
    void aProjectIsUpdatedWithALeadClearedAndDeletedWithItsItems() {
        String ws = aWorkspace();
        String lead = aMember(ws, "lead@example.com");
        ok("mutation($in: CreateProjectInput!) { createProject(input: $in) { project { id } } }",
                Map.of("in", Map.of("workspace", ws, "key", "UPD", "name", "Upd", "description", "About",
                        "lead", lead, "startDate", "2026-01-01")));
        aWorkItem(ws, "UPD", "Goes with the project");
        String update = "mutation($in: UpdateProjectInput!) { updateProject(input: $in) { project {"
                + " name status description startDate lead { email } } } }";

        JsonPath updated = ok(update, Map.of("in", Map.of("workspace", ws, "project", "UPD", "status", "ON_HOLD",
                "clear", List.of("DESCRIPTION", "START_DATE")))).setRootPath("data.updateProject.project");
        JsonPath unled = ok(update, Map.of("in", Map.of("workspace", ws, "project", "UPD",
                "clear", List.of("LEAD")))).setRootPath("data.updateProject.project");
        ok("mutation($in: DeleteProjectInput!) { deleteProject(input: $in) { deletedId } }",
                Map.of("in", Map.of("workspace", ws, "project", "UPD")));

        assertThat(updated.getString("status")).isEqualTo("ON_HOLD");
        assertThat(updated.getString("description")).isNull();
        assertThat(updated.getString("startDate")).isNull();
        assertThat(updated.getString("lead.email")).isEqualTo("lead@example.com");
        assertThat(unled.getString("lead")).isNull();
        assertThat(failing("query($ws: String!) { workspace(idOrSlug: $ws) { workItem(key: \"UPD-1\") { id } } }",
                Map.of("ws", ws)).getString("errors[0].extensions.code")).isEqualTo("WORK_ITEM_NOT_FOUND");
    }

    @Test
    void aCustomFieldIsUpdatedAndDeleted() {
        String ws = aWorkspace();
        aProject(ws, "CFU");
        String id = ok("mutation($in: CreateCustomFieldInput!) { createCustomField(input: $in) { customField { id } } }",
                Map.of("in", Map.of("workspace", ws, "project", "CFU", "key", "tier", "name", "Tier",
                        "type", "SELECT", "options", List.of("gold")))).getString("data.createCustomField.customField.id");

        JsonPath updated = ok("mutation($in: UpdateCustomFieldInput!) { updateCustomField(input: $in) {"
                + " customField { name options required } } }", Map.of("in", Map.of("workspace", ws, "project", "CFU",
                "id", id, "options", List.of("gold", "silver"), "required", true)))
                .setRootPath("data.updateCustomField.customField");
        ok("mutation($in: DeleteCustomFieldInput!) { deleteCustomField(input: $in) { deletedId } }",
                Map.of("in", Map.of("workspace", ws, "project", "CFU", "id", id)));

        assertThat(updated.getString("name")).isEqualTo("Tier");
        assertThat(updated.getList("options")).containsExactly("gold", "silver");
        assertThat(updated.getBoolean("required")).isTrue();
        assertThat(ok("query($ws: String!) { workspace(idOrSlug: $ws) { project(key: \"CFU\") { customFields { id } } } }",
                Map.of("ws", ws)).getList("data.workspace.project.customFields")).isEmpty();
    }

    @Test
    void aCommentIsEditedAndDeleted() {
        String ws = aWorkspace();
        aProject(ws, "COM");
        String item = aWorkItem(ws, "COM", "Discussed").getString("key");
        String id = aComment(ws, item, "First draft");

        JsonPath edited = ok("mutation($in: UpdateCommentInput!) { updateComment(input: $in) { comment { body edited } } }",
                Map.of("in", Map.of("workspace", ws, "workItem", item, "id", id, "body", "Second draft")))
                .setRootPath("data.updateComment.comment");
        ok("mutation($in: DeleteCommentInput!) { deleteComment(input: $in) { deletedId } }",
                Map.of("in", Map.of("workspace", ws, "workItem", item, "id", id)));

        assertThat(edited.getString("body")).isEqualTo("Second draft");
        assertThat(edited.getBoolean("edited")).isTrue();
        assertThat(ok("query($ws: String!, $key: String!) { workspace(idOrSlug: $ws) { workItem(key: $key) {"
                + " comments { id } } } }", Map.of("ws", ws, "key", item))
                .getList("data.workspace.workItem.comments")).isEmpty();
    }
}
