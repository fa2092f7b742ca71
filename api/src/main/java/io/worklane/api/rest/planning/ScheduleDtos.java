package io.worklane.api.rest.planning;

import io.worklane.api.application.planning.ScheduleService;
import io.worklane.domain.planning.DateChange;
import io.worklane.domain.planning.ItemSchedule;
import io.worklane.domain.planning.MilestoneReport;
import io.worklane.domain.planning.ProjectSchedule;
import io.worklane.openapi.model.Schedule;
import io.worklane.openapi.model.ScheduleApplied;
import java.util.ArrayList;

/** Domain → REST models of schedules. */
final class ScheduleDtos {
    private ScheduleDtos() {
    }

    static Schedule of(ProjectSchedule s) {
        return new Schedule().projectKey(s.projectKey()).start(s.start()).earliestFinish(s.earliestFinish())
                .targetDate(s.targetDate()).finishVarianceDays(s.finishVarianceDays())
                .criticalPaths(s.criticalPaths().stream().map(p -> (java.util.List<String>) new ArrayList<>(p))
                        .toList())
                .items(s.items().stream().map(ScheduleDtos::of).toList()).warnings(new ArrayList<>(s.warnings()));
    }

    static io.worklane.openapi.model.ItemSchedule of(ItemSchedule i) {
        return new io.worklane.openapi.model.ItemSchedule().id(i.id()).key(i.key()).durationDays(i.durationDays())
                .earlyStart(i.earlyStart()).earlyFinish(i.earlyFinish()).lateStart(i.lateStart())
                .lateFinish(i.lateFinish()).totalFloat(i.totalFloat()).freeFloat(i.freeFloat()).critical(i.critical());
    }

    static io.worklane.openapi.model.MilestoneList milestones(java.util.List<MilestoneReport> list) {
        return new io.worklane.openapi.model.MilestoneList().items(list.stream().map(m ->
                new io.worklane.openapi.model.Milestone().id(m.id()).key(m.key()).title(m.title()).date(m.date())
                        .forecast(m.forecast()).status(io.worklane.openapi.model.Milestone.StatusEnum
                                .fromValue(m.status().name())).slipDays(m.slipDays())).toList());
    }

    static ScheduleApplied of(ScheduleService.Applied a) {
        return new ScheduleApplied().dryRun(a.dryRun()).changes(a.changes().stream().map(ScheduleDtos::of).toList());
    }

    static io.worklane.openapi.model.DateChange of(DateChange c) {
        return new io.worklane.openapi.model.DateChange().key(c.key())
                .field(io.worklane.openapi.model.DateChange.FieldEnum.fromValue(c.field())).from(c.from()).to(c.to())
                .why(c.why());
    }
}
