package io.worklane.api.graphql.planning;

import io.worklane.api.graphql.shared.Money;
import io.worklane.domain.planning.Baseline;
import io.worklane.domain.planning.BaselineItem;
import io.worklane.domain.planning.BaselineVariance;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Baselines over GraphQL: views, payloads and inputs (the same shapes as REST). */
final class BaselineTypes {
    private BaselineTypes() {
    }

    @Type("Baseline")
    @Description("A saved snapshot of a project's plan (REST: …/projects/{key}/baselines).")
    public record BaselineView(@Id @NonNull @Description("The baseline's id.") String id,
                               @NonNull @Description("Its name, e.g. Approved plan.") String name,
                               @Description("The schedule's earliest finish when it was taken.") LocalDate finish,
                               @Description("The budget's BAC when taken; null without a budget or when the caller "
                                       + "may not see the project's costs.") Money bac,
                               @Description("How many items it holds.") int itemCount,
                               @NonNull @Description("When it was taken.") Instant createdAt,
                               @Description("Its version, for expectedVersion.") int version) {

        static BaselineView of(Baseline b) {
            return new BaselineView(b.id().toString(), b.name(), b.finish(), Money.of(b.bac()), b.itemCount(),
                    b.createdAt(), (int) b.version());
        }
    }

    @Type("BaselineItemVariance")
    @Description("An item in both the baseline and the current plan, in working days (positive: later).")
    public record ItemVarianceView(@Id @NonNull @Description("The item's id.") String id,
                                   @NonNull @Description("The item's key.") String key,
                                   @Description("Its start in the baseline.") LocalDate baselineStart,
                                   @Description("Its start now.") LocalDate start,
                                   @Description("Working days from the baseline's start to today's.") Integer startVarianceDays,
                                   @Description("Its finish in the baseline.") LocalDate baselineFinish,
                                   @Description("Its finish now.") LocalDate finish,
                                   @Description("Working days from the baseline's finish to today's (a milestone's slip).")
                                   Integer finishVarianceDays,
                                   @Description("Its status in the baseline.") String baselineStatus,
                                   @Description("Its status now.") String status) {

        static ItemVarianceView of(BaselineVariance.ItemVariance v) {
            return new ItemVarianceView(v.id().toString(), v.key(), v.baselineStart(), v.start(), v.startVarianceDays(),
                    v.baselineFinish(), v.finish(), v.finishVarianceDays(), v.baselineStatus(), v.status());
        }
    }

    @Type("BaselineItemRef")
    @Description("An item added or removed since the baseline.")
    public record ItemRefView(@Id @NonNull @Description("The item's id.") String id,
                              @NonNull @Description("The item's key.") String key,
                              @NonNull @Description("Its title (when taken, for a removed item).") String title) {
        static ItemRefView of(BaselineItem i) {
            return new ItemRefView(i.id().toString(), i.key(), i.title());
        }
    }

    @Type("BaselineVariance")
    @Description("The current plan against a baseline (REST: …/baselines/{id}/variance).")
    public record VarianceView(@NonNull @Description("The baseline compared with.") BaselineView baseline,
                               @Description("The schedule's earliest finish in the baseline.") LocalDate baselineFinish,
                               @Description("The schedule's earliest finish now.") LocalDate finish,
                               @Description("Working days from the baseline's finish to today's.")
                               Integer finishVarianceDays,
                               @Description("BAC in the baseline (null: no budget, or costs not visible to the caller).")
                               Money baselineBac,
                               @Description("BAC now (null as baselineBac).") Money bac,
                               @Description("bac less baselineBac (null unless both exist in one currency).")
                               Money bacVariance,
                               @NonNull @Description("The items in both, with their variances.")
                               List<@NonNull ItemVarianceView> items,
                               @NonNull @Description("The baseline's milestones still in the project, with their slips.")
                               List<@NonNull ItemVarianceView> milestones,
                               @NonNull @Description("Items added since the baseline.") List<@NonNull ItemRefView> added,
                               @NonNull @Description("Items of the baseline since deleted.")
                               List<@NonNull ItemRefView> removed) {

        static VarianceView of(BaselineVariance v) {
            return new VarianceView(BaselineView.of(v.baseline()), v.baseline().finish(), v.finish(),
                    v.finishVarianceDays(), Money.of(v.baseline().bac()), Money.of(v.bac()), Money.of(v.bacVariance()),
                    v.items().stream().map(ItemVarianceView::of).toList(),
                    v.milestones().stream().map(ItemVarianceView::of).toList(),
                    v.added().stream().map(ItemRefView::of).toList(), v.removed().stream().map(ItemRefView::of).toList());
        }
    }

    @Type("BaselinePayload")
    @Description("What createBaseline answers.")
    public record BaselinePayload(@NonNull @Description("The baseline taken.") BaselineView baseline) {
    }

    @Input("CreateBaselineInput")
    @Description("Saves the project's plan as a baseline, e.g. {workspace: \"acme\", project: \"ENG\", name: "
            + "\"Approved plan\"}.")
    public static class CreateBaseline {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Description("The project (key or id).")
        public String project;
        @NonNull
        @Description("1 to 200 characters.")
        public String name;
        @Description("See CreateWorkspaceInput.idempotencyKey.")
        public String idempotencyKey;
    }

    @Input("DeleteBaselineInput")
    @Description("A baseline to delete, freeing a place under the project's limit.")
    public static class DeleteBaseline {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Description("The project (key or id).")
        public String project;
        @NonNull
        @Id
        @Description("The baseline's id.")
        public String id;
        @Description("The version the caller read (CONFLICT if it changed).")
        public Integer expectedVersion;
    }
}
