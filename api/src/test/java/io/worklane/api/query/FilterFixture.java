package io.worklane.api.query;

import static io.worklane.api.support.Api.aMember;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;

import io.worklane.domain.filter.FilterContext;
import io.worklane.domain.filter.Ref;
import io.worklane.domain.workflow.StateCategory;
import io.worklane.domain.workitem.WorkItem;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A workspace whose items cover what filters distinguish: every priority and category, blank and
 * missing descriptions, assignees, labels, dates around today, custom values of each JSON type,
 * parents, dependencies (blocked items) and a milestone. Knows the facts an in-memory evaluation needs.
 */
final class FilterFixture {
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    final String ws = aWorkspace();
    final String ada;
    final String bob;
    final Map<String, String> emails = new HashMap<>();
    private final List<String[]> dependencies = new ArrayList<>();
    private final Map<String, Map<String, Object>> created = new LinkedHashMap<>();

    FilterFixture() {
        aProject(ws, "FQ");
        aProject(ws, "FR");
        ada = aMember(ws, "ada@example.com");
        bob = aMember(ws, "bob@example.com");
        emails.put("ada@example.com", ada);
        emails.put("bob@example.com", bob);
        customFields();
        items();
    }

    private void customFields() {
        String url = "/api/v1/workspaces/" + ws + "/projects/FQ/custom-fields";
        field(url, "cost", "NUMBER", null);
        field(url, "note", "TEXT", null);
        field(url, "due2", "DATE", null);
        field(url, "budget", "MONEY", null);
        field(url, "urgent", "CHECKBOX", null);
        field(url, "tags", "MULTI_SELECT", List.of("a", "b", "c"));
    }

    private static void field(String url, String key, String type, List<String> options) {
        Map<String, Object> body = new HashMap<>(Map.of("key", key, "name", key, "type", type));
        if (options != null) {
            body.put("options", options);
        }
        asAdmin().body(body).post(url).then().statusCode(201);
    }

    private void items() {
        String[] statuses = {"todo", "in_progress", "done", "cancelled"};
        String[] priorities = {"NONE", "LOW", "MEDIUM", "HIGH", "URGENT"};
        String[] types = {"TASK", "BUG", "STORY", "TASK", "REQUEST"};
        String[] descriptions = {null, "", "   ", "An urgent customer issue", "Fix the login redirect"};
        for (int i = 0; i < 18; i++) {
            Map<String, Object> item = new HashMap<>();
            item.put("project", i % 3 == 2 ? "FR" : "FQ");
            item.put("title", (i % 4 == 0 ? "Login bug " : "Task ") + i);
            item.put("type", types[i % types.length]);
            item.put("status", statuses[i % statuses.length]);
            item.put("priority", priorities[i % priorities.length]);
            if (descriptions[i % 5] != null) {
                item.put("description", descriptions[i % 5]);
            }
            item.put("assigneeIds", i % 3 == 0 ? List.of() : i % 3 == 1 ? List.of(ada) : List.of(ada, bob));
            if (i % 4 != 3) {
                item.put("reporterId", i % 2 == 0 ? ada : bob);
            }
            item.put("labels", i % 5 == 0 ? List.of() : i % 5 == 1 ? List.of("customer") : List.of("backend", "Customer-X"));
            if (i % 3 != 0) {
                item.put("dueDate", TODAY.plusDays(i % 7 - 3).toString());
            }
            if (i % 4 != 1) {
                LocalDate start = TODAY.plusDays(i % 5 - 4);
                LocalDate due = TODAY.plusDays(i % 7 - 3);
                item.put("startDate", (i % 3 != 0 && due.isBefore(start) ? due : start).toString());
            }
            if (i % 3 != 1) {
                item.put("estimateMinutes", (i % 6) * 30);
            }
            if (i > 0 && i % 5 == 0 && !"FR".equals(item.get("project"))) {
                item.put("parent", "FQ-1");
            }
            if (!"FR".equals(item.get("project"))) {
                item.put("customFields", custom(i));
            }
            create(item);
        }
        Map<String, Object> milestone = new HashMap<>(Map.of("project", "FQ", "title", "Release", "type", "MILESTONE"));
        String m = create(milestone);
        depend(key(0), m);
        depend(key(1), m);
        depend(key(2), key(4));
        depend(key(3), key(4));
        depend(key(5), key(7));
    }

    private static Map<String, Object> custom(int i) {
        Map<String, Object> values = new HashMap<>();
        if (i % 4 != 0) {
            values.put("cost", i % 4 == 1 ? 100 : i % 4 == 2 ? 99.5 : 250);
        }
        if (i % 3 != 0) {
            values.put("note", i % 3 == 1 ? "abc" : "100");
        }
        if (i % 2 == 0) {
            values.put("due2", TODAY.plusDays(i - 6).toString());
        }
        if (i % 5 != 2) {
            values.put("budget", Map.of("amount", i % 2 == 0 ? "120.50" : "80", "currency", "EUR"));
        }
        values.put("urgent", i % 2 == 1);
        values.put("tags", i % 3 == 0 ? List.of() : i % 3 == 1 ? List.of("a") : List.of("b", "c"));
        return values;
    }

    private String create(Map<String, Object> item) {
        String key = asAdmin().body(item).post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201)
                .extract().path("key");
        created.put(key, item);
        return key;
    }

    private void depend(String predecessor, String successor) {
        asAdmin().body(Map.of("predecessor", predecessor))
                .post("/api/v1/workspaces/" + ws + "/work-items/" + successor + "/dependencies").then().statusCode(201);
        dependencies.add(new String[] {predecessor, successor});
    }

    String key(int i) {
        return new ArrayList<>(created.keySet()).get(i);
    }

    /** The facts around each item, from what this fixture made, as the database derives them. */
    FilterContext context(List<WorkItem> items) {
        Map<String, WorkItem> byKey = new HashMap<>();
        items.forEach(w -> byKey.put(w.key(), w));
        Map<String, UUID> projects = new HashMap<>();
        items.forEach(w -> projects.put(w.projectKey(), w.projectId()));
        return new FilterContext() {
            @Override
            public LocalDate today() {
                return TODAY;
            }

            @Override
            public UUID resolve(Ref ref) {
                return switch (ref.kind()) {
                    case ME -> null;
                    case EMAIL -> emails.containsKey(ref.text()) ? UUID.fromString(emails.get(ref.text())) : null;
                    case ITEM_KEY -> byKey.containsKey(ref.text()) ? byKey.get(ref.text()).id() : null;
                    case PROJECT_KEY -> projects.get(ref.text());
                };
            }

            @Override
            public StateCategory statusCategory(WorkItem item) {
                return StateCategory.valueOf(item.status().toUpperCase(java.util.Locale.ROOT));
            }

            @Override
            public boolean blocked(WorkItem item) {
                return dependencies.stream().anyMatch(d -> d[1].equals(item.key())
                        && byKey.get(d[0]).completedAt() == null);
            }

            @Override
            public List<UUID> milestones(WorkItem item) {
                return dependencies.stream().filter(d -> d[0].equals(item.key())
                                && byKey.get(d[1]).type() == io.worklane.domain.workitem.WorkItemType.MILESTONE)
                        .map(d -> byKey.get(d[1]).id()).toList();
            }
        };
    }
}
