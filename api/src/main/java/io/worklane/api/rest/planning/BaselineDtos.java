package io.worklane.api.rest.planning;

import io.worklane.api.application.planning.BaselineService;
import io.worklane.api.rest.shared.Dates;
import io.worklane.domain.planning.Baseline;
import io.worklane.domain.planning.BaselineItem;
import io.worklane.domain.planning.BaselineVariance;
import io.worklane.domain.shared.Money;
import io.worklane.openapi.model.BaselineItemRef;
import io.worklane.openapi.model.BaselineItemVariance;
import io.worklane.openapi.model.BaselineList;
import java.util.List;

/** Baselines and their variance as the contract shows them (BAC absent when the caller may not see it). */
final class BaselineDtos {
    private BaselineDtos() {
    }

    static io.worklane.openapi.model.Baseline summary(Baseline b) {
        return new io.worklane.openapi.model.Baseline().id(b.id()).projectId(b.projectId()).name(b.name())
                .finish(b.finish()).bac(money(b.bac())).itemCount(b.itemCount()).createdAt(Dates.utc(b.createdAt()))
                .version(b.version()).items(null);
    }

    static io.worklane.openapi.model.Baseline full(BaselineService.Shown s) {
        return summary(s.baseline()).items(s.baseline().items().stream().map(BaselineDtos::item).toList());
    }

    static BaselineList list(List<BaselineService.Shown> all) {
        return new BaselineList().items(all.stream().map(s -> summary(s.baseline())).toList());
    }

    static io.worklane.openapi.model.BaselineVariance variance(BaselineVariance v) {
        return new io.worklane.openapi.model.BaselineVariance().baseline(summary(v.baseline()))
                .baselineFinish(v.baseline().finish()).finish(v.finish()).finishVarianceDays(v.finishVarianceDays())
                .baselineBac(money(v.baseline().bac())).bac(money(v.bac())).bacVariance(money(v.bacVariance()))
                .items(v.items().stream().map(BaselineDtos::itemVariance).toList())
                .milestones(v.milestones().stream().map(BaselineDtos::itemVariance).toList())
                .added(v.added().stream().map(BaselineDtos::ref).toList())
                .removed(v.removed().stream().map(BaselineDtos::ref).toList());
    }

    private static io.worklane.openapi.model.BaselineItem item(BaselineItem i) {
        return new io.worklane.openapi.model.BaselineItem().id(i.id()).key(i.key()).title(i.title()).type(i.type())
                .start(i.start()).finish(i.finish()).estimateMinutes(i.estimateMinutes()).status(i.status())
                .milestone(i.milestone());
    }

    private static BaselineItemVariance itemVariance(BaselineVariance.ItemVariance v) {
        return new BaselineItemVariance().id(v.id()).key(v.key()).baselineStart(v.baselineStart()).start(v.start())
                .startVarianceDays(v.startVarianceDays()).baselineFinish(v.baselineFinish()).finish(v.finish())
                .finishVarianceDays(v.finishVarianceDays()).baselineStatus(v.baselineStatus()).status(v.status());
    }

    private static BaselineItemRef ref(BaselineItem i) {
        return new BaselineItemRef().id(i.id()).key(i.key()).title(i.title());
    }

    private static io.worklane.openapi.model.Money money(Money m) {
        return m == null ? null : new io.worklane.openapi.model.Money().amount(m.amount().toPlainString())
                .currency(m.currency());
    }
}
