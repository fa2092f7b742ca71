package io.worklane.api.resource;

import static io.worklane.api.resource.ResourceFixtures.aFortyHourPersonWithRates;
import static io.worklane.api.resource.ResourceFixtures.asKeyWith;
import static io.worklane.api.resource.ResourceFixtures.path;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.support.PostgresResource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Time entries over REST: cost at the rate in force, locked periods, closed projects, totals, timers. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class TimeEntriesRestTest {

    private static Map<String, Object> entry(String resource, String item, String date, int minutes) {
        Map<String, Object> body = new HashMap<>();
        body.put("resource", resource);
        body.put("workItem", item);
        body.put("date", date);
        body.put("minutes", minutes);
        return body;
    }

    @Test
    void a_rate_change_mid_week_prices_entries_on_either_side_differently() {
        String ws = aWorkspace();
        aProject(ws, "ENG");
        String item = aWorkItem(ws, "ENG", "Build it").extract().path("key");
        String ada = aFortyHourPersonWithRates(ws, "Ada");

        // Tuesday at 80.00/h: 90 minutes = 120.00; Wednesday at 90.00/h: 50 minutes = 75.00
        asAdmin().body(entry(ada, item, "2026-12-08", 90)).post(path(ws, "time-entries")).then().statusCode(201)
                .header("ETag", equalTo("\"0\"")).body("cost.amount", equalTo("120.00"))
                .body("cost.currency", equalTo("EUR")).body("billable", equalTo(true));
        asAdmin().body(entry(ada, item, "2026-12-09", 50)).post(path(ws, "time-entries")).then().statusCode(201)
                .body("cost.amount", equalTo("75.00"));
        // before any rate: no cost
        asAdmin().body(entry(ada, item, "2025-12-09", 50)).post(path(ws, "time-entries")).then().statusCode(201)
                .body("cost", nullValue());

        asAdmin().queryParam("groupBy", "project").get(path(ws, "time-entries/totals")).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].minutes", equalTo(190))
                .body("items[0].cost[0].amount", equalTo("195.00"));
        asAdmin().queryParam("groupBy", "period").queryParam("from", "2026-12-01")
                .get(path(ws, "time-entries/totals")).then().statusCode(200)
                .body("items.key", contains("2026-12-07"));
        asAdmin().queryParam("resource", ada).queryParam("limit", 2).get(path(ws, "time-entries")).then()
                .statusCode(200).body("items.date", contains("2026-12-09", "2026-12-08"))
                .body("nextCursor", org.hamcrest.Matchers.notNullValue());
        asAdmin().queryParam("from", "2026-12-07").queryParam("to", "2026-12-13").get(path(ws, "workload")).then()
                .body("resources[0].periods[0].loggedMinutes", equalTo(140));
        asAdmin().get(path(ws, "events")).then().body("items.type", hasItem("time_entry.created"));
    }

    @Test
    void costs_are_hidden_from_callers_without_budgets_read() {
        String ws = aWorkspace();
        aProject(ws, "ENG");
        String item = aWorkItem(ws, "ENG", "Build it").extract().path("key");
        String ada = aFortyHourPersonWithRates(ws, "Ada");
        asKeyWith(ws, List.of("time_entries:write", "resources:read")).body(entry(ada, item, "2026-12-08", 60))
                .post(path(ws, "time-entries")).then().statusCode(201).body("cost", nullValue());
        asKeyWith(ws, List.of("time_entries:read")).queryParam("groupBy", "resource")
                .get(path(ws, "time-entries/totals")).then().statusCode(200).body("items[0].minutes", equalTo(60))
                .body("items[0].cost", nullValue());
        asAdmin().get(path(ws, "time-entries")).then().body("items[0].cost.amount", equalTo("80.00"));
    }

    @Test
    void bad_time_is_refused_and_nothing_is_saved() {
        String ws = aWorkspace();
        aProject(ws, "ENG");
        String item = aWorkItem(ws, "ENG", "Build it").extract().path("key");
        String ada = aFortyHourPersonWithRates(ws, "Ada");

        asAdmin().body(entry(ada, item, "2026-12-08", 1441)).post(path(ws, "time-entries")).then().statusCode(400);
        asAdmin().body(entry(ada, item, "2026-12-08", -5)).post(path(ws, "time-entries")).then().statusCode(400);
        asAdmin().body(entry("00000000-0000-7000-8000-000000000000", "ENG-999", "2026-12-08", 30))
                .post(path(ws, "time-entries")).then().statusCode(404).body("code", equalTo("RESOURCE_NOT_FOUND"));
        asAdmin().body(entry(ada, "ENG-999", "2026-12-08", 30)).post(path(ws, "time-entries")).then().statusCode(404)
                .body("code", equalTo("WORK_ITEM_NOT_FOUND"));
        asAdmin().contentType("application/merge-patch+json").body(Map.of("status", "COMPLETED"))
                .patch(path(ws, "projects/ENG")).then().statusCode(200);
        asAdmin().body(entry(ada, item, "2026-12-08", 30)).post(path(ws, "time-entries")).then().statusCode(422)
                .body("code", equalTo("PROJECT_CLOSED"));
        asAdmin().get(path(ws, "time-entries")).then().body("items", hasSize(0));
    }

    @Test
    void an_approved_period_locks_its_entries_and_keeps_their_cost_when_rates_change() {
        String ws = aWorkspace();
        aProject(ws, "ENG");
        String item = aWorkItem(ws, "ENG", "Build it").extract().path("key");
        String ada = aFortyHourPersonWithRates(ws, "Ada");
        String locked = asAdmin().body(entry(ada, item, "2026-12-01", 60)).post(path(ws, "time-entries")).then()
                .statusCode(201).extract().path("id");
        String open = asAdmin().body(entry(ada, item, "2026-12-15", 60)).post(path(ws, "time-entries")).then()
                .statusCode(201).body("cost.amount", equalTo("90.00")).extract().path("id");
        asAdmin().body(Map.of("resource", ada, "from", "2026-11-30", "to", "2026-12-06"))
                .post(path(ws, "time-approvals")).then().statusCode(201);

        asAdmin().body(entry(ada, item, "2026-12-02", 30)).post(path(ws, "time-entries")).then().statusCode(409)
                .body("code", equalTo("PERIOD_LOCKED"));
        asAdmin().header("If-Match", "\"0\"").delete(path(ws, "time-entries/" + locked)).then().statusCode(409)
                .body("code", equalTo("PERIOD_LOCKED"));
        asAdmin().contentType("application/merge-patch+json").body(Map.of("date", "2026-12-03"))
                .patch(path(ws, "time-entries/" + open)).then().statusCode(409);

        // a single rate of 100.00 from 2026-01-01: the open entry is re-priced, the locked one is not
        asAdmin().contentType("application/merge-patch+json").body(Map.of("costRates", List.of(Map.of("from",
                        "2026-01-01", "rate", Map.of("amount", "100.00", "currency", "EUR")))))
                .patch(path(ws, "resources/" + ada)).then().statusCode(200);
        asAdmin().get(path(ws, "time-entries/" + open)).then().body("cost.amount", equalTo("100.00"));
        asAdmin().get(path(ws, "time-entries/" + locked)).then().body("cost.amount", equalTo("80.00"));
    }

    @Test
    void a_timer_runs_once_per_resource_and_stopping_it_logs_the_time() {
        String ws = aWorkspace();
        aProject(ws, "ENG");
        String item = aWorkItem(ws, "ENG", "Build it").extract().path("key");
        String ada = aFortyHourPersonWithRates(ws, "Ada");
        asAdmin().body(Map.of("resource", ada, "workItem", item)).post(path(ws, "time-entries/timers")).then()
                .statusCode(201).body("resourceId", equalTo(ada));
        asAdmin().body(Map.of("resource", ada, "workItem", item)).post(path(ws, "time-entries/timers")).then()
                .statusCode(409).body("code", equalTo("TIMER_ALREADY_RUNNING"));
        asAdmin().get(path(ws, "time-entries/timers")).then().body("items", hasSize(1));

        asAdmin().post(path(ws, "time-entries/timers/" + ada + "/stop")).then().statusCode(200)
                .body("minutes", equalTo(1)).body("resourceId", equalTo(ada));
        asAdmin().post(path(ws, "time-entries/timers/" + ada + "/stop")).then().statusCode(409)
                .body("code", equalTo("TIMER_NOT_RUNNING"));
        asAdmin().get(path(ws, "time-entries/timers")).then().body("items", hasSize(0));
        asAdmin().get(path(ws, "time-entries")).then().body("items", hasSize(1));
    }

    @Test
    void people_with_the_required_skills_and_free_capacity_are_suggested_first_with_a_reason() {
        String ws = aWorkspace();
        aProject(ws, "ENG");
        Map<String, Object> item = new HashMap<>();
        item.put("project", "ENG");
        item.put("title", "Port the parser");
        item.put("labels", List.of("skill:java:3"));
        item.put("startDate", "2026-12-07");
        item.put("dueDate", "2026-12-11");
        String key = asAdmin().body(item).post(path(ws, "work-items")).then().statusCode(201).extract().path("key");
        for (String[] p : new String[][] {{"Busy Java", "4"}, {"Free Java", "3"}, {"Junior Java", "2"}}) {
            Map<String, Object> body = ResourceFixtures.aPersonBody(p[0]);
            body.put("skills", List.of(Map.of("name", "java", "level", Integer.parseInt(p[1]))));
            String id = asAdmin().body(body).post(path(ws, "resources")).then().statusCode(201).extract().path("id");
            if (p[0].startsWith("Busy")) {
                ResourceFixtures.anAllocation(ws, id, "ENG", 30);
            }
        }
        asAdmin().get(path(ws, "work-items/" + key + "/assignment-suggestions")).then().statusCode(200)
                .body("requiredSkills[0].name", equalTo("java")).body("requiredSkills[0].level", equalTo(3))
                .body("items.resource.name", contains("Free Java", "Busy Java", "Junior Java"))
                .body("items[0].freeMinutes", equalTo(2400)).body("items[1].freeMinutes", equalTo(600))
                .body("items[2].missingSkills", contains("java 2 (needs 3)"))
                .body("items[0].reason", equalTo("has java 3 (needs 3); 2400 free minutes from 2026-12-07 to 2026-12-11"));
    }
}
