package io.worklane.api.graphql;

import static io.worklane.api.graphql.GraphQLClient.ok;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Test data made through the GraphQL API itself, with intent-revealing names. */
final class Fixtures {
    private Fixtures() {
    }

    /** A fresh workspace with a unique slug; returns the slug. */
    static String aWorkspace() {
        String slug = "gql-" + UUID.randomUUID().toString().substring(0, 8);
        ok("mutation($in: CreateWorkspaceInput!) { createWorkspace(input: $in) { workspace { id } } }",
                Map.of("in", Map.of("slug", slug, "name", "Workspace " + slug)));
        return slug;
    }

    /** A project with the given key; returns its id. */
    static String aProject(String ws, String key) {
        return ok("mutation($in: CreateProjectInput!) { createProject(input: $in) { project { id } } }",
                Map.of("in", Map.of("workspace", ws, "key", key, "name", "Project " + key)))
                .getString("data.createProject.project.id");
    }

    /** A member of the workspace; returns its id. */
    static String aMember(String ws, String email) {
        return ok("mutation($in: AddMemberInput!) { addMember(input: $in) { member { id } } }",
                Map.of("in", Map.of("workspace", ws, "email", email, "role", "MEMBER")))
                .getString("data.addMember.member.id");
    }

    /** A work item in the project, with any further input fields; returns {id, key, version}. */
    static JsonPath aWorkItem(String ws, String project, String title, Map<String, Object> more) {
        Map<String, Object> in = new HashMap<>(more);
        in.put("workspace", ws);
        in.put("project", project);
        in.put("title", title);
        return ok("mutation($in: CreateWorkItemInput!) { createWorkItem(input: $in) { workItem { id key version } } }",
                Map.of("in", in)).setRootPath("data.createWorkItem.workItem");
    }

    static JsonPath aWorkItem(String ws, String project, String title) {
        return aWorkItem(ws, project, title, Map.of());
    }

    /** A comment on the work item; returns its id. */
    static String aComment(String ws, String workItem, String body) {
        return ok("mutation($in: CreateCommentInput!) { createComment(input: $in) { comment { id } } }",
                Map.of("in", Map.of("workspace", ws, "workItem", workItem, "body", body)))
                .getString("data.createComment.comment.id");
    }
}
