package io.worklane.api.search;

import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.worklane.api.http.RequestStatements;
import io.worklane.api.support.PostgresResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET …/search: ranked full text with snippets, typos and partial keys, visibility, paging and bad input. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class SearchRestTest {

    static String search(String ws) {
        return "/api/v1/workspaces/" + ws + "/search";
    }

    @Test
    void finds_items_comments_projects_and_risks_ranked_with_highlighted_snippets() {
        String ws = aWorkspace();
        asAdmin().body(Map.of("key", "OPS", "name", "Operations", "kind", "PROJECT",
                "description", "Keeping the lights on")).post("/api/v1/workspaces/" + ws + "/projects").then().statusCode(201);
        anItem(ws, "OPS", "Plan the onboarding of new hires", "Laptops, accounts & <b>badges</b> for the onboarding week");
        aWorkItem(ws, "OPS", "Rotate database credentials");
        asAdmin().body(Map.of("body", "The onboarding wiki links to the credentials vault"))
                .post("/api/v1/workspaces/" + ws + "/work-items/OPS-2/comments").then().statusCode(201);
        asAdmin().body(Map.of("title", "Onboarding slips past the start date", "probability", 2, "impact", 3))
                .post("/api/v1/workspaces/" + ws + "/projects/OPS/risks").then().statusCode(201);

        JsonPath found = asAdmin().get(search(ws) + "?q=onboarding").then().statusCode(200).extract().jsonPath();
        assertThat(found.getList("items.type", String.class))
                .containsExactlyInAnyOrder("WORK_ITEM", "COMMENT", "RISK");
        assertThat(found.getString("items[0].ref")).isEqualTo("OPS-1"); // in the title and twice in the body
        List<Float> scores = found.getList("items.score", Float.class);
        assertThat(scores).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        String snippet = found.getString("items.find { it.type == 'WORK_ITEM' }.snippet");
        assertThat(snippet).contains("<mark>onboarding</mark>").doesNotContain("<b>");
        assertThat(found.getString("items.find { it.type == 'COMMENT' }.ref")).isEqualTo("OPS-2");
        assertThat(found.getString("items.find { it.type == 'COMMENT' }.snippet"))
                .isEqualTo("The <mark>onboarding</mark> wiki links to the credentials vault");

        asAdmin().get(search(ws) + "?q=lights").then().statusCode(200).body("items.type", equalTo(List.of("PROJECT")))
                .body("items[0].ref", equalTo("OPS")).body("items[0].snippet", equalTo("Keeping the <mark>lights</mark> on"));
        asAdmin().get(search(ws) + "?q=onboarding&types=RISK,PROJECT").then().statusCode(200)
                .body("items.type", equalTo(List.of("RISK")));
    }

    /** V61: an update rebuilds the vector only when the text changed; a rename must still be found at once. */
    @Test
    void a_renamed_item_is_found_by_its_new_title_and_not_its_old_one() {
        String ws = aWorkspace();
        aProject(ws, "OPS");
        aWorkItem(ws, "OPS", "Order the quarterly newsletter");
        asAdmin().contentType("application/merge-patch+json").body(Map.of("priority", "HIGH"))
                .patch("/api/v1/workspaces/" + ws + "/work-items/OPS-1").then().statusCode(200);
        asAdmin().get(search(ws) + "?q=newsletter").then().statusCode(200).body("items.ref", equalTo(List.of("OPS-1")));
        asAdmin().contentType("application/merge-patch+json").body(Map.of("title", "Order the yearly almanac"))
                .patch("/api/v1/workspaces/" + ws + "/work-items/OPS-1").then().statusCode(200);
        asAdmin().get(search(ws) + "?q=almanac").then().statusCode(200).body("items.ref", equalTo(List.of("OPS-1")));
        asAdmin().get(search(ws) + "?q=newsletter&types=WORK_ITEM").then().statusCode(200)
                .body("items", equalTo(List.of()));
    }

    @Test
    void typos_and_partial_keys_still_find_items() {
        String ws = aWorkspace();
        aProject(ws, "OPS");
        aWorkItem(ws, "OPS", "Plan the onboarding of new hires");
        for (int i = 2; i <= 12; i++) {
            aWorkItem(ws, "OPS", "Chore " + i);
        }
        asAdmin().get(search(ws) + "?q=onbaording").then().statusCode(200).body("items.ref", hasItem("OPS-1"));
        JsonPath byKey = asAdmin().get(search(ws) + "?q=OPS-1&types=WORK_ITEM").then().statusCode(200)
                .extract().jsonPath();
        // the exact key first, then the keys it starts (OPS-10, OPS-11, OPS-12), not OPS-2
        assertThat(byKey.getList("items.ref", String.class)).startsWith("OPS-1")
                .contains("OPS-10", "OPS-11", "OPS-12").doesNotContain("OPS-2");
        asAdmin().get(search(ws) + "?q=ops-12").then().body("items[0].ref", equalTo("OPS-12"));
    }

    @Test
    void similar_titles_are_searched_only_when_the_text_finds_few_items() {
        String ws = aWorkspace();
        aProject(ws, "ZOO");
        aWorkItem(ws, "ZOO", "Zebre fence repair"); // ZOO-1: similar to "zebra", not the word
        aWorkItem(ws, "ZOO", "Zebra crossing 1");
        asAdmin().get(search(ws) + "?q=zebra&types=WORK_ITEM").then().statusCode(200)
                .body("items.ref", equalTo(List.of("ZOO-2", "ZOO-1"))); // the text's match ranks first
        for (int i = 2; i < 20; i++) {
            aWorkItem(ws, "ZOO", "Zebra crossing " + i);
        }
        JsonPath many = asAdmin().get(search(ws) + "?q=zebra&types=WORK_ITEM&limit=100").then().statusCode(200)
                .extract().jsonPath();
        assertThat(many.getList("items.ref", String.class)).hasSize(20).endsWith("ZOO-1"); // 19 found: still few
        aWorkItem(ws, "ZOO", "Zebra crossing 20");
        assertThat(asAdmin().get(search(ws) + "?q=zebra&types=WORK_ITEM&limit=100").then().extract().jsonPath()
                .getList("items.ref", String.class)).hasSize(20).doesNotContain("ZOO-1");
    }

    @Test
    void results_respect_the_workspace_the_scopes_and_deletions() {
        String ws = aWorkspace();
        aProject(ws, "VIS");
        aWorkItem(ws, "VIS", "Quarterly zeppelin inspection");
        aWorkItem(ws, "VIS", "Zeppelin hangar lease");
        asAdmin().body(Map.of("title", "Zeppelin fire", "probability", 1, "impact", 5))
                .post("/api/v1/workspaces/" + ws + "/projects/VIS/risks").then().statusCode(201);
        String other = aWorkspace();
        aProject(other, "OTH");
        aWorkItem(other, "OTH", "Their zeppelin secret");

        asAdmin().get(search(ws) + "?q=zeppelin").then().statusCode(200)
                .body("items.title", not(hasItem("Their zeppelin secret")));
        String itemsOnly = key(ws, "work_items:read");
        given().header("Authorization", "Bearer " + itemsOnly).get(search(ws) + "?q=zeppelin").then().statusCode(200)
                .body("items.type", not(hasItem("RISK")));
        given().header("Authorization", "Bearer " + itemsOnly).get(search(ws) + "?q=zeppelin&types=RISK").then()
                .statusCode(403).body("code", equalTo("INSUFFICIENT_SCOPE"));
        given().header("Authorization", "Bearer " + key(ws, "projects:read")).get(search(ws) + "?q=zeppelin").then()
                .statusCode(403).body("code", equalTo("INSUFFICIENT_SCOPE"));
        given().header("Authorization", "Bearer " + itemsOnly).get(search(other) + "?q=zeppelin").then()
                .statusCode(404);

        asAdmin().delete("/api/v1/workspaces/" + ws + "/work-items/VIS-2").then().statusCode(204);
        asAdmin().get(search(ws) + "?q=zeppelin&types=WORK_ITEM").then().statusCode(200)
                .body("items.ref", equalTo(List.of("VIS-1")));
    }

    @Test
    void pages_follow_the_ranking_with_one_statement_count_whatever_the_page() {
        String ws = aWorkspace();
        aProject(ws, "PG");
        for (int i = 1; i <= 7; i++) {
            aWorkItem(ws, "PG", "Walrus " + "walrus ".repeat(i % 3) + "census " + i);
        }
        List<String> all = asAdmin().get(search(ws) + "?q=walrus&limit=200").then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class);
        assertThat(all).hasSize(7);
        List<String> paged = new ArrayList<>();
        List<Integer> statements = new ArrayList<>();
        String cursor = null;
        do {
            Response page = asAdmin().queryParam("q", "walrus").queryParam("limit", 2)
                    .queryParam("cursor", cursor == null ? "" : cursor).get(search(ws));
            page.then().statusCode(200);
            paged.addAll(page.jsonPath().getList("items.id", String.class));
            statements.add(Integer.valueOf(page.header(RequestStatements.HEADER)));
            cursor = page.jsonPath().getString("nextCursor");
        } while (cursor != null);
        assertThat(paged).isEqualTo(all);
        assertThat(statements.subList(1, statements.size())).containsOnly(statements.get(1));
    }

    @Test
    void bad_input_is_refused_and_long_queries_answer() {
        String ws = aWorkspace();
        aProject(ws, "BAD");
        aWorkItem(ws, "BAD", "Something");
        asAdmin().get(search(ws) + "?q=").then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"));
        asAdmin().queryParam("q", "  ").get(search(ws)).then().statusCode(400);
        asAdmin().get(search(ws) + "?q=x&types=WORK_ITEM,GOALS").then().statusCode(400)
                .body("detail", containsString("GOALS")).body("detail", containsString("WORK_ITEM, COMMENT, PROJECT, RISK"));
        String thousand = ("\"onboarding\" -x or (y) & | ! :* ' \\ %_ " + "é€😀 ").repeat(40).substring(0, 1000);
        asAdmin().queryParam("q", thousand).get(search(ws)).then().statusCode(200);
        asAdmin().queryParam("q", "a".repeat(1001)).get(search(ws)).then().statusCode(400);
        asAdmin().get(search(ws) + "?q=something&cursor=bm90LWEtY3Vyc29y").then().statusCode(400)
                .body("code", equalTo("INVALID_CURSOR"));
    }

    @Test
    void a_workspace_reads_text_with_its_own_configuration_and_re_indexes_when_it_changes() {
        String ws = aWorkspace();
        aProject(ws, "CFG");
        aWorkItem(ws, "CFG", "Hiring managers interviewed");
        asAdmin().get("/api/v1/workspaces/" + ws).then().body("searchConfig", equalTo("simple"));
        // 'simple' keeps words as written: "interview" is no word of the title (trigrams find it, marking nothing)
        asAdmin().get(search(ws) + "?q=interview&types=WORK_ITEM").then().statusCode(200)
                .body("items[0].snippet", equalTo("Hiring managers interviewed"));

        asAdmin().contentType("application/merge-patch+json").body(Map.of("searchConfig", "english"))
                .patch("/api/v1/workspaces/" + ws).then().statusCode(200).body("searchConfig", equalTo("english"));
        asAdmin().get(search(ws) + "?q=interview&types=WORK_ITEM").then().statusCode(200)
                .body("items.ref", equalTo(List.of("CFG-1")))
                .body("items[0].snippet", equalTo("Hiring managers <mark>interviewed</mark>"));
        aWorkItem(ws, "CFG", "Interviews planned");
        asAdmin().get(search(ws) + "?q=interviewing&types=WORK_ITEM").then()
                .body("items.ref", org.hamcrest.Matchers.containsInAnyOrder("CFG-1", "CFG-2"))
                .body("items.snippet", hasItem("<mark>Interviews</mark> planned"));
        asAdmin().contentType("application/merge-patch+json").body(Map.of("searchConfig", "klingon"))
                .patch("/api/v1/workspaces/" + ws).then().statusCode(400)
                .body("errors[0].code", equalTo("INVALID_SEARCH_CONFIG")).body("detail", containsString("english"));
    }

    static void anItem(String ws, String project, String title, String description) {
        asAdmin().body(Map.of("project", project, "title", title, "description", description))
                .post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201);
    }

    static String key(String ws, String scope) {
        return asAdmin().body(Map.of("name", "Search " + scope, "scopes", List.of(scope)))
                .post("/api/v1/workspaces/" + ws + "/api-keys").then().statusCode(201).extract().path("secret");
    }
}
