package io.worklane.api.planning;

import static io.worklane.api.planning.Planning.items;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every built-in template makes a project whose schedule needs no correction: no warnings, the earliest
 * finish on the target date (the template's dates keep its dependencies), every milestone on a working
 * day of a calendar with holidays on the way.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class TemplateBuiltInsTest {
    private static final List<String> HOLIDAYS = List.of("2027-04-05", "2027-05-13", "2027-05-24");

    @Test
    void each_built_in_template_makes_a_schedule_without_warnings_and_milestones_on_working_days() {
        String ws = aWorkspace();
        HOLIDAYS.forEach(day -> asAdmin().body(Map.of("date", day, "name", "Holiday " + day))
                .post("/api/v1/workspaces/" + ws + "/holidays").then().statusCode(201));
        JsonPath builtIns = asAdmin().get(TemplatesRestTest.templates(ws)).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> all = builtIns.getList("items.findAll { it.builtIn }");
        assertThat(all).hasSize(6);
        int n = 0;
        for (Map<String, Object> template : all) {
            String key = "BI" + (++n);
            // a Sunday: the first working day is the Monday after
            JsonPath project = asAdmin().body(Map.of("template", template.get("id"), "key", key, "name",
                            template.get("name"), "startDate", "2027-03-28")).post(TemplatesRestTest.projects(ws)).then()
                    .statusCode(201).extract().jsonPath();
            JsonPath schedule = asAdmin().get(Planning.project(ws, key) + "/schedule").then().statusCode(200).extract()
                    .jsonPath();
            assertThat(schedule.getList("warnings")).as(key).isEmpty();
            assertThat(schedule.getList("items")).as(key).hasSize((Integer) template.get("itemCount"));
            assertThat(schedule.getString("earliestFinish")).as(key).isEqualTo(project.getString("targetDate"));
            assertThat(schedule.getInt("finishVarianceDays")).as(key).isZero();
            JsonPath milestones = asAdmin().get(items(ws) + "?project=" + key + "&type=MILESTONE&limit=200").then()
                    .statusCode(200).extract().jsonPath();
            assertThat(milestones.getList("items")).as(key).hasSize((Integer) template.get("milestoneCount"))
                    .isNotEmpty();
            for (String due : milestones.<String>getList("items.dueDate")) {
                LocalDate day = LocalDate.parse(due);
                assertThat(day.getDayOfWeek()).as(key + " " + due).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                assertThat(HOLIDAYS).as(key + " " + due).doesNotContain(due);
            }
            assertThat((Integer) template.get("phaseCount")).as(key).isGreaterThanOrEqualTo(4);
            assertThat((Integer) template.get("dependencyCount")).as(key).isGreaterThan(10);
        }
    }
}
