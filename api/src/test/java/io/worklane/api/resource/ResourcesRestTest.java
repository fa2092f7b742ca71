package io.worklane.api.resource;

import static io.worklane.api.resource.ResourceFixtures.MONDAY;
import static io.worklane.api.resource.ResourceFixtures.SUNDAY;
import static io.worklane.api.resource.ResourceFixtures.aFortyHourPersonWithRates;
import static io.worklane.api.resource.ResourceFixtures.aPersonBody;
import static io.worklane.api.resource.ResourceFixtures.anAllocation;
import static io.worklane.api.resource.ResourceFixtures.asKeyWith;
import static io.worklane.api.resource.ResourceFixtures.path;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Resources, holidays, allocations and workload over REST, with the worked numbers. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ResourcesRestTest {

    @Test
    void a_resource_is_created_read_and_patched_with_its_version() {
        String ws = aWorkspace();
        Map<String, Object> body = aPersonBody("Ada");
        body.put("skills", List.of(Map.of("name", "Java", "level", 4)));
        body.put("capacity", Map.of("MONDAY", 360, "TUESDAY", 360));
        body.put("timeOff", List.of(Map.of("from", "2026-12-14", "reason", "dentist")));
        String id = asAdmin().body(body).post(path(ws, "resources")).then().statusCode(201)
                .header("ETag", equalTo("\"0\"")).body("skills[0].name", equalTo("java"))
                .body("capacity.MONDAY", equalTo(360)).body("timeOff[0].to", equalTo("2026-12-14"))
                .extract().path("id");

        asAdmin().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body(Map.of("name", "Ada L."))
                .patch(path(ws, "resources/" + id)).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Ada L.")).body("capacity.MONDAY", equalTo(360));
        asAdmin().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body(Map.of("name", "Stale"))
                .patch(path(ws, "resources/" + id)).then().statusCode(412).body("code", equalTo("CONFLICT"));
        asAdmin().get(path(ws, "resources")).then().statusCode(200).body("items.name", contains("Ada L."));
    }

    @Test
    void bad_resources_are_refused_at_their_fields_and_nothing_is_saved() {
        String ws = aWorkspace();
        Map<String, Object> body = aPersonBody("Bad");
        body.put("capacity", Map.of("MONDAY", -1, "TUESDAY", 1441));
        body.put("costRates", List.of(
                Map.of("from", "2026-01-01", "rate", Map.of("amount", "80.001", "currency", "EUR")),
                Map.of("from", "2026-02-01", "rate", Map.of("amount", "80", "currency", "XXY"))));
        asAdmin().body(body).post(path(ws, "resources")).then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.code", containsInAnyOrder("MINUTES_OUT_OF_RANGE", "MINUTES_OUT_OF_RANGE",
                        "TOO_MANY_DECIMALS", "UNKNOWN_CURRENCY"));
        asAdmin().body(Map.of("kind", "PERSON", "name", "Ghost", "member", "00000000-0000-7000-8000-000000000000"))
                .post(path(ws, "resources")).then().statusCode(400).body("errors[0].code", equalTo("UNKNOWN_MEMBER"));
        asAdmin().get(path(ws, "resources")).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void cost_rates_are_shown_only_to_callers_who_may_see_budgets() {
        String ws = aWorkspace();
        String id = aFortyHourPersonWithRates(ws, "Ada");
        asAdmin().get(path(ws, "resources/" + id)).then().statusCode(200)
                .body("costRates[0].rate.amount", equalTo("80.00"));
        asKeyWith(ws, List.of("resources:read")).get(path(ws, "resources/" + id)).then().statusCode(200)
                .body("costRates", nullValue()).body("name", equalTo("Ada"));
        asKeyWith(ws, List.of("resources:read", "budgets:read")).get(path(ws, "resources/" + id)).then()
                .statusCode(200).body("costRates", hasSize(2));
    }

    @Test
    void a_forty_hour_person_allocated_thirty_and_twenty_hours_is_at_125_percent_and_the_change_is_an_event() {
        String ws = aWorkspace();
        aProject(ws, "ALPHA");
        aProject(ws, "BETA");
        String ada = aFortyHourPersonWithRates(ws, "Ada");
        anAllocation(ws, ada, "ALPHA", 30);
        anAllocation(ws, ada, "BETA", 20);

        asAdmin().queryParam("from", MONDAY).queryParam("to", SUNDAY).get(path(ws, "workload")).then().statusCode(200)
                .body("resources[0].resource.name", equalTo("Ada"))
                .body("resources[0].periods[0].start", equalTo(MONDAY))
                .body("resources[0].periods[0].capacityMinutes", equalTo(2400))
                .body("resources[0].periods[0].allocatedMinutes", equalTo(3000))
                .body("resources[0].periods[0].utilization", equalTo(1.25f))
                .body("resources[0].periods[0].overallocated", equalTo(true));
        asAdmin().get(path(ws, "events")).then().statusCode(200)
                .body("items.type", hasItem("allocation.overallocated"))
                .body("items.findAll { it.type == 'allocation.overallocated' }.data.periods[0][0].allocatedMinutes",
                        equalTo(3000));
    }

    @Test
    void a_holiday_lowers_the_week_and_a_day_without_capacity_has_no_utilization() {
        String ws = aWorkspace();
        aFortyHourPersonWithRates(ws, "Ada");
        asAdmin().body(Map.of("date", "2026-12-08", "name", "Founders' day")).post(path(ws, "holidays")).then()
                .statusCode(201);
        asAdmin().body(Map.of("date", "2026-12-08", "name", "Twice")).post(path(ws, "holidays")).then()
                .statusCode(409).body("code", equalTo("HOLIDAY_EXISTS"));

        asAdmin().queryParam("from", MONDAY).queryParam("to", SUNDAY).get(path(ws, "workload")).then().statusCode(200)
                .body("resources[0].periods[0].capacityMinutes", equalTo(1920));
        asAdmin().queryParam("from", "2026-12-12").queryParam("to", "2026-12-12").queryParam("granularity", "DAY")
                .get(path(ws, "workload")).then().statusCode(200)
                .body("resources[0].periods[0].capacityMinutes", equalTo(0))
                .body("resources[0].periods[0]", org.hamcrest.Matchers.hasKey("utilization"))
                .body("resources[0].periods[0].utilization", nullValue());
    }

    @Test
    void the_workload_filters_by_project_and_refuses_a_range_ending_before_it_starts() {
        String ws = aWorkspace();
        aProject(ws, "ALPHA");
        String ada = aFortyHourPersonWithRates(ws, "Ada");
        aFortyHourPersonWithRates(ws, "Bob");
        anAllocation(ws, ada, "ALPHA", 10);

        asAdmin().queryParam("from", MONDAY).queryParam("to", SUNDAY).queryParam("project", "ALPHA")
                .get(path(ws, "workload")).then().statusCode(200).body("resources.resource.name", contains("Ada"));
        asAdmin().queryParam("from", SUNDAY).queryParam("to", MONDAY).get(path(ws, "workload")).then().statusCode(400)
                .body("errors[0].code", equalTo("TO_BEFORE_FROM"));
    }

    @Test
    void bad_allocations_are_refused_and_nothing_is_saved() {
        String ws = aWorkspace();
        String other = aWorkspace();
        aProject(other, "THEIRS");
        aProject(ws, "OURS");
        String ada = aFortyHourPersonWithRates(ws, "Ada");

        asAdmin().body(Map.of("resource", ada, "project", "THEIRS", "from", MONDAY, "to", SUNDAY, "percent", 50))
                .post(path(ws, "allocations")).then().statusCode(404).body("code", equalTo("PROJECT_NOT_FOUND"));
        asAdmin().body(Map.of("resource", ada, "project", "OURS", "from", SUNDAY, "to", MONDAY, "percent", 150))
                .post(path(ws, "allocations")).then().statusCode(400)
                .body("errors.code", containsInAnyOrder("TO_BEFORE_FROM", "PERCENT_OUT_OF_RANGE"));
        asAdmin().body(Map.of("resource", ada, "project", "OURS", "from", MONDAY, "to", SUNDAY, "minutesPerWeek", 60,
                "percent", 10)).post(path(ws, "allocations")).then().statusCode(400)
                .body("errors[0].code", equalTo("ONE_OF_REQUIRED"));
        asAdmin().body(Map.of("resource", "not-a-resource", "project", "OURS", "from", MONDAY, "to", SUNDAY,
                "percent", 10)).post(path(ws, "allocations")).then().statusCode(404)
                .body("code", equalTo("RESOURCE_NOT_FOUND"));
        asAdmin().get(path(ws, "allocations")).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void an_allocation_is_changed_with_its_version_and_deleted() {
        String ws = aWorkspace();
        aProject(ws, "OURS");
        String ada = aFortyHourPersonWithRates(ws, "Ada");
        String id = anAllocation(ws, ada, "OURS", 10);

        asAdmin().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body(Map.of("percent", 25))
                .patch(path(ws, "allocations/" + id)).then().statusCode(200).body("percent", equalTo(25))
                .body("minutesPerWeek", nullValue()).body("projectKey", equalTo("OURS"));
        asAdmin().header("If-Match", "\"0\"").delete(path(ws, "allocations/" + id)).then().statusCode(412);
        asAdmin().header("If-Match", "\"1\"").delete(path(ws, "allocations/" + id)).then().statusCode(204);
        asAdmin().get(path(ws, "allocations/" + id)).then().statusCode(404).body("code", equalTo("ALLOCATION_NOT_FOUND"));
        asAdmin().get(path(ws, "events")).then().body("items.type", hasItem("allocation.deleted"));
    }
}
