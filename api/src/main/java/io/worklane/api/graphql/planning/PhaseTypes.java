package io.worklane.api.graphql.planning;

import io.worklane.domain.planning.MilestoneReport;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Phase mutations' inputs and payload, and milestones against the schedule (the same shapes as REST). */
final class PhaseTypes {
    private PhaseTypes() {
    }

    @Enum("PhaseField")
    @Description("The nullable fields of a phase that an update can clear.")
    public enum Field { START_DATE, END_DATE }

    @Enum("MilestoneStatus")
    @Description("DONE once completed; MISSED when its date passed without that; AT_RISK when the schedule's forecast "
            + "is after its date; ON_TRACK otherwise.")
    public enum Status { DONE, ON_TRACK, AT_RISK, MISSED }

    @Type("PhasePayload")
    @Description("What createPhase and updatePhase answer.")
    public record PhasePayload(@NonNull @Description("The phase.") PlanningTypes.PhaseView phase) {
    }

    @Type("Milestone")
    @Description("A MILESTONE item against the project's schedule (REST: …/projects/{key}/milestones).")
    public record MilestoneView(@Id @NonNull @Description("The item's id.") String id,
                                @NonNull @Description("The item's key.") String key,
                                @NonNull @Description("Its title.") String title,
                                @Description("Its date (due date, else start date).") LocalDate date,
                                @Description("When the schedule's early dates of its predecessors reach it.")
                                LocalDate forecast,
                                @NonNull @Description("Its status.") Status status,
                                @Description("Working days it slips by, when AT_RISK; else 0.") int slipDays) {

        static MilestoneView of(MilestoneReport m) {
            return new MilestoneView(m.id().toString(), m.key(), m.title(), m.date(), m.forecast(),
                    Status.valueOf(m.status().name()), m.slipDays());
        }

        static List<MilestoneView> of(List<MilestoneReport> all) {
            return all.stream().map(MilestoneView::of).toList();
        }
    }

    @Input("CreatePhaseInput")
    @Description("A new phase of a project, e.g. {workspace: \"acme\", project: \"ENG\", name: \"Build\", startDate: "
            + "\"2026-12-14\"}.")
    public static class CreatePhase {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Description("The project (key or id).")
        public String project;
        @NonNull
        @Description("1 to 200 characters.")
        public String name;
        @Description("Its order among the project's phases, from 0; default last (the others make room).")
        public Integer position;
        @Description("When it starts.")
        public LocalDate startDate;
        @Description("When it ends (not before startDate).")
        public LocalDate endDate;
        @Description("See CreateWorkspaceInput.idempotencyKey.")
        public String idempotencyKey;
    }

    @Input("UpdatePhaseInput")
    @Description("Fields left null stay as they are; fields listed in clear are emptied.")
    public static class UpdatePhase {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Description("The project (key or id).")
        public String project;
        @NonNull
        @Id
        @Description("The phase's id.")
        public String id;
        @Description("The version the caller read (CONFLICT if it changed).")
        public Integer expectedVersion;
        @Description("A new name.")
        public String name;
        @Description("A new position.")
        public Integer position;
        @Description("A new start.")
        public LocalDate startDate;
        @Description("A new end.")
        public LocalDate endDate;
        @Description("The dates to empty.")
        public List<@NonNull Field> clear;
    }

    @Input("DeletePhaseInput")
    @Description("A phase to delete; its items stay, without a phase.")
    public static class DeletePhase {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Description("The project (key or id).")
        public String project;
        @NonNull
        @Id
        @Description("The phase's id.")
        public String id;
        @Description("The version the caller read (CONFLICT if it changed).")
        public Integer expectedVersion;
    }
}
