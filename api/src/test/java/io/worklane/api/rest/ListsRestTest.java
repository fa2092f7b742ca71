package io.worklane.api.rest;

import static io.worklane.api.support.Api.aMember;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.support.PostgresResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keyset pagination, filters and sorts of lists. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ListsRestTest {

    @Test
    void followingCursorsVisitsEveryItemOnceEvenWhenItemsAreAddedMeanwhile() {
        String ws = aWorkspace();
        aProject(ws, "PG");
        for (int i = 1; i <= 7; i++) {
            aWorkItem(ws, "PG", "Item " + i);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = asAdmin().queryParam("limit", 3).queryParam("sort", "createdAt");
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(200).extract();
            seen.addAll(page.path("items.key"));
            cursor = page.path("nextCursor");
            if (pages++ == 0) {
                aWorkItem(ws, "PG", "Added while paging");
            }
        } while (cursor != null);
        assertThat(seen).containsExactly("PG-1", "PG-2", "PG-3", "PG-4", "PG-5", "PG-6", "PG-7", "PG-8");
    }

    @Test
    void theDefaultOrderIsNewestFirst() {
        String ws = aWorkspace();
        aProject(ws, "NEW");
        aWorkItem(ws, "NEW", "Old");
        aWorkItem(ws, "NEW", "New");
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items").then().body("items.key", contains("NEW-2", "NEW-1"))
                .body("nextCursor", nullValue());
    }

    @Test
    void aCursorOfAnotherSortIsRefused() {
        String ws = aWorkspace();
        aProject(ws, "CS");
        aWorkItem(ws, "CS", "a");
        aWorkItem(ws, "CS", "b");
        String cursor = asAdmin().queryParam("limit", 1).get("/api/v1/workspaces/" + ws + "/work-items").then()
                .extract().path("nextCursor");
        asAdmin().queryParam("cursor", cursor).queryParam("sort", "updatedAt")
                .get("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(400)
                .body("code", equalTo("INVALID_CURSOR"));
    }

    @Test
    void filtersNarrowTheList() {
        String ws = aWorkspace();
        aProject(ws, "FA");
        aProject(ws, "FB");
        String ada = aMember(ws, "ada@example.com");
        asAdmin().body(Map.of("project", "FA", "title", "Fix the login bug", "assigneeIds", List.of(ada),
                "labels", List.of("backend"), "status", "in_progress")).post("/api/v1/workspaces/" + ws + "/work-items")
                .then().statusCode(201);
        aWorkItem(ws, "FA", "Write docs");
        aWorkItem(ws, "FB", "Fix the build");
        asAdmin().body(Map.of("project", "FB", "title", "Child", "parent", "FB-1"))
                .post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201);
        String url = "/api/v1/workspaces/" + ws + "/work-items";
        asAdmin().queryParam("project", "FA").get(url).then().body("items.key", contains("FA-2", "FA-1"));
        asAdmin().queryParam("status", "in_progress").get(url).then().body("items.key", contains("FA-1"));
        asAdmin().queryParam("assignee", ada).get(url).then().body("items.key", contains("FA-1"));
        asAdmin().queryParam("label", "backend").get(url).then().body("items.key", contains("FA-1"));
        asAdmin().queryParam("q", "fix the").get(url).then().body("items.key", contains("FB-1", "FA-1"));
        asAdmin().queryParam("q", "100%_").get(url).then().body("items.size()", equalTo(0));
        asAdmin().queryParam("parent", "FB-1").get(url).then().body("items.key", contains("FB-2"))
                .body("items[0].parentKey", equalTo("FB-1"));
        asAdmin().queryParam("updatedSince", "2999-01-01T00:00:00Z").get(url).then().body("items.size()", equalTo(0));
        asAdmin().queryParam("project", "NOPE").get(url).then().statusCode(200).body("items.size()", equalTo(0));
        asAdmin().queryParam("parent", "FB-404").get(url).then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void projectsSortByKeyBothWays() {
        String ws = aWorkspace();
        aProject(ws, "BBB");
        aProject(ws, "AAA");
        aProject(ws, "CCC");
        String url = "/api/v1/workspaces/" + ws + "/projects";
        asAdmin().queryParam("sort", "key").get(url).then().body("items.key", contains("AAA", "BBB", "CCC"));
        var first = asAdmin().queryParam("sort", "-key").queryParam("limit", 2).get(url).then()
                .body("items.key", contains("CCC", "BBB")).extract().path("nextCursor");
        asAdmin().queryParam("sort", "-key").queryParam("cursor", (String) first).get(url).then()
                .body("items.key", contains("AAA"));
    }
}
