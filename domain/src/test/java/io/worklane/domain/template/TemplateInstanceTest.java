package io.worklane.domain.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.planning.DependencyType;
import io.worklane.domain.planning.WorkingCalendar;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.ProjectKind;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.workitem.Priority;
import io.worklane.domain.workitem.StatePolicy;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItemType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TemplateInstanceTest {
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final StatePolicy STATES = new StatePolicy() {
        public String initialState() {
            return "todo";
        }

        public List<String> stateKeys() {
            return List.of("todo", "done");
        }

        public boolean isDoneState(String state) {
            return "done".equals(state);
        }
    };

    @Test
    void items_are_numbered_in_order_with_parents_phases_dependencies_and_shifted_dates() {
        TemplateContent content = new TemplateContent(ProjectKind.PROJECT, null, 6, null,
                List.of(new TemplateContent.Phase("P1", "Build", 0, 6)),
                List.of(item("child", "epic", 0, 2), item("epic", null, 0, 6), item("ship", null, 6, 6)),
                List.of(new TemplateContent.Dependency("child", "ship", DependencyType.FS, 1)), List.of(), null,
                List.of());
        Project project = Project.create(UUID.randomUUID(), "NEW", "New", null, null, null, null,
                LocalDate.of(2026, 12, 19), null, NOW);
        TemplateInstance made = TemplateInstance.of(content, project,
                TemplateDates.from(WorkingCalendar.of(List.of(LocalDate.of(2026, 12, 25))), project.startDate()),
                type -> STATES, NOW);

        List<WorkItem> items = made.items();
        assertThat(items).extracting(WorkItem::key).containsExactly("NEW-1", "NEW-2", "NEW-3");
        assertThat(items.get(0).parentId()).isEqualTo(items.get(1).id());
        assertThat(items).allMatch(i -> i.phaseId().equals(made.phases().get(0).id()) && "todo".equals(i.status()));
        // from Saturday the 19th: offset 0 is Monday the 21st; offset 6 skips Christmas: Wednesday the 30th
        assertThat(items.get(0).startDate()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(items.get(0).dueDate()).isEqualTo(LocalDate.of(2026, 12, 23));
        assertThat(items.get(2).dueDate()).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(made.phases().get(0).endDate()).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(made.dependencies()).singleElement().satisfies(d -> {
            assertThat(d.predecessorId()).isEqualTo(items.get(0).id());
            assertThat(d.successorId()).isEqualTo(items.get(2).id());
            assertThat(d.lagDays()).isEqualTo(1);
        });
    }

    @Test
    void work_planned_on_a_weekend_is_captured_on_the_next_working_day() {
        Project source = Project.create(UUID.randomUUID(), "SRC", "Source", null, null, null, null,
                LocalDate.of(2026, 12, 14), null, NOW);
        WorkItem weekend = WorkItem.create(source, 1, new io.worklane.domain.workitem.NewWorkItem(WorkItemType.TASK,
                "Weekend move", null, null, null, List.of(), null, null, LocalDate.of(2026, 12, 19),
                LocalDate.of(2026, 12, 20), null, List.of(), Map.of()), STATES, NOW);
        TemplateContent content = TemplateCapture.of(new TemplateCapture.Source(source, List.of(weekend), List.of(),
                List.of(), List.of(), null, null, null, List.of()), WorkingCalendar.weekdays());
        // Saturday the 19th starts on Monday the 21st (offset 5); Sunday the 20th would end on Friday (4)
        assertThat(content.items().get(0).startOffset()).isEqualTo(5);
        assertThat(content.items().get(0).dueOffset()).isEqualTo(5);
    }

    @Test
    void an_item_with_only_a_start_or_only_a_due_date_keeps_the_one_it_has() {
        Project source = Project.create(UUID.randomUUID(), "SRC", "Source", null, null, null, null,
                LocalDate.of(2026, 12, 14), null, NOW);
        WorkItem startOnly = WorkItem.create(source, 1, new io.worklane.domain.workitem.NewWorkItem(WorkItemType.TASK,
                "Start only", null, null, null, List.of(), null, null, LocalDate.of(2026, 12, 15), null, null,
                List.of(), Map.of()), STATES, NOW);
        WorkItem undated = WorkItem.create(source, 2, new io.worklane.domain.workitem.NewWorkItem(WorkItemType.TASK,
                "Undated", null, null, null, List.of(), null, null, null, null, 480L, List.of(), Map.of()), STATES, NOW);
        TemplateContent content = TemplateCapture.of(new TemplateCapture.Source(source, List.of(startOnly, undated),
                List.of(), List.of(), List.of(), null, null, null, List.of()), WorkingCalendar.weekdays());
        assertThat(content.items().get(0).startOffset()).isEqualTo(1);
        assertThat(content.items().get(0).dueOffset()).isNull();
        assertThat(content.items().get(1).startOffset()).isNull();
        assertThat(content.items().get(1).dueOffset()).isNull();
    }

    @Test
    void a_content_with_dangling_refs_or_a_parent_loop_is_refused_before_anything_is_made() {
        TemplateContent loop = new TemplateContent(null, null, null, null, List.of(),
                List.of(noPhase("a", "b"), noPhase("b", "a"), noPhase("c", "nowhere")),
                List.of(new TemplateContent.Dependency("a", "ghost", DependencyType.FS, 0)), List.of(), null, List.of());
        assertThatThrownBy(() -> TemplateCheck.check(loop)).isInstanceOfSatisfying(DomainException.class, e ->
                assertThat(e.errors()).extracting(f -> f.field() + " " + f.code()).contains(
                        "items[0].parent PARENT_CYCLE", "items[1].parent PARENT_CYCLE", "items[2].parent UNKNOWN_REF",
                        "dependencies[0] UNKNOWN_REF"));
    }

    private static TemplateContent.Item noPhase(String ref, String parent) {
        return new TemplateContent.Item(ref, parent, WorkItemType.TASK, "Item " + ref, null, Priority.NONE, null, 0, 0,
                null, List.of(), Map.of());
    }

    private static TemplateContent.Item item(String ref, String parent, int start, int due) {
        return new TemplateContent.Item(ref, parent, WorkItemType.TASK, "Item " + ref, null, Priority.NONE, "P1",
                start, due, null, List.of(), Map.of());
    }
}
