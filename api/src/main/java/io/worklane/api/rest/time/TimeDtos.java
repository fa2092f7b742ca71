package io.worklane.api.rest.time;

import io.worklane.api.rest.shared.Dates;
import io.worklane.domain.shared.Money;
import io.worklane.domain.shared.Page;
import io.worklane.domain.time.TimeApproval;
import io.worklane.domain.time.TimeEntry;
import io.worklane.domain.time.TimeTotal;
import io.worklane.domain.time.Timer;
import io.worklane.openapi.model.TimeApprovalList;
import io.worklane.openapi.model.TimeEntryList;
import io.worklane.openapi.model.TimeTotals;
import io.worklane.openapi.model.TimerList;
import java.util.List;

/** Time entries, totals, timers and approvals in their REST shapes; money only when {@code costs}. */
final class TimeDtos {
    private TimeDtos() {
    }

    static io.worklane.openapi.model.TimeEntry of(TimeEntry t, boolean costs) {
        return new io.worklane.openapi.model.TimeEntry().id(t.id()).resourceId(t.resourceId())
                .workItemId(t.workItemId()).projectId(t.projectId()).date(t.date()).minutes(t.minutes())
                .billable(t.billable()).note(t.note()).cost(costs ? money(t.cost()) : null).version(t.version())
                .createdAt(Dates.utc(t.createdAt())).updatedAt(Dates.utc(t.updatedAt()));
    }

    static TimeEntryList of(Page<TimeEntry> page, boolean costs) {
        return new TimeEntryList().items(page.items().stream().map(t -> of(t, costs)).toList())
                .nextCursor(page.nextCursor());
    }

    static TimeTotals totals(String groupBy, List<TimeTotal> totals, boolean costs) {
        return new TimeTotals().groupBy(groupBy).items(totals.stream().map(t -> new io.worklane.openapi.model.TimeTotal()
                .key(t.key()).minutes(t.minutes()).billableMinutes(t.billableMinutes())
                .cost(costs ? t.cost().stream().map(TimeDtos::money).toList() : null)).toList());
    }

    static io.worklane.openapi.model.Timer of(Timer t) {
        return new io.worklane.openapi.model.Timer().id(t.id()).resourceId(t.resourceId()).workItemId(t.workItemId())
                .billable(t.billable()).note(t.note()).startedAt(Dates.utc(t.startedAt()));
    }

    static TimerList timers(List<Timer> timers) {
        return new TimerList().items(timers.stream().map(TimeDtos::of).toList());
    }

    static io.worklane.openapi.model.TimeApproval of(TimeApproval a) {
        return new io.worklane.openapi.model.TimeApproval().id(a.id()).resourceId(a.resourceId()).from(a.from())
                .to(a.to()).approvedBy(a.approvedBy()).approvedAt(Dates.utc(a.approvedAt()));
    }

    static TimeApprovalList of(Page<TimeApproval> page) {
        return new TimeApprovalList().items(page.items().stream().map(TimeDtos::of).toList())
                .nextCursor(page.nextCursor());
    }

    private static io.worklane.openapi.model.Money money(Money m) {
        return m == null ? null : new io.worklane.openapi.model.Money().amount(m.amount().toPlainString())
                .currency(m.currency());
    }
}
