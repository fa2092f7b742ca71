package io.worklane.domain.planning;

import io.worklane.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The current plan against a baseline, in working days of the workspace's calendar (positive: later
 * than the baseline): each item's start and finish, the items added and removed since, the milestones'
 * slips, the schedule's finish, and BAC (current less baseline; null unless both exist in one currency).
 */
public record BaselineVariance(Baseline baseline, LocalDate finish, Integer finishVarianceDays, Money bac,
                               Money bacVariance, List<ItemVariance> items, List<BaselineItem> added,
                               List<BaselineItem> removed, List<ItemVariance> milestones) {

    /** One item in both: its dates then and now, the variance of each (null where a date is missing). */
    public record ItemVariance(UUID id, String key, LocalDate baselineStart, LocalDate start, Integer startVarianceDays,
                               LocalDate baselineFinish, LocalDate finish, Integer finishVarianceDays,
                               String baselineStatus, String status) {
    }

    /** {@code current}: the items as they stand now (BaselineItem.of over today's schedule). */
    public static BaselineVariance of(Baseline baseline, List<BaselineItem> current, LocalDate finish, Money bac,
                                      WorkingCalendar calendar) {
        Map<UUID, BaselineItem> then = baseline.items().stream()
                .collect(Collectors.toMap(BaselineItem::id, Function.identity()));
        Set<UUID> now = current.stream().map(BaselineItem::id).collect(Collectors.toSet());
        List<ItemVariance> items = current.stream().filter(i -> then.containsKey(i.id()))
                .map(i -> variance(then.get(i.id()), i, calendar)).toList();
        List<ItemVariance> milestones = items.stream().filter(v -> then.get(v.id()).milestone()).toList();
        return new BaselineVariance(baseline, finish, days(baseline.finish(), finish, calendar), bac,
                bacVariance(baseline.bac(), bac), items,
                current.stream().filter(i -> !then.containsKey(i.id())).toList(),
                baseline.items().stream().filter(i -> !now.contains(i.id())).toList(), milestones);
    }

    private static ItemVariance variance(BaselineItem then, BaselineItem now, WorkingCalendar calendar) {
        return new ItemVariance(now.id(), now.key(), then.start(), now.start(), days(then.start(), now.start(), calendar),
                then.finish(), now.finish(), days(then.finish(), now.finish(), calendar), then.status(), now.status());
    }

    /** Working days from {@code then} to {@code now}; a weekend or holiday counts as the working day before it. */
    static Integer days(LocalDate then, LocalDate now, WorkingCalendar calendar) {
        return then == null || now == null ? null : calendar.onOrBefore(now) - calendar.onOrBefore(then);
    }

    private static Money bacVariance(Money then, Money now) {
        return then == null || now == null || !then.currency().equals(now.currency()) ? null
                : new Money(now.amount().subtract(then.amount()), now.currency());
    }
}
