package io.worklane.api.application.statusreport;

import io.worklane.domain.budget.EarnedValue;
import io.worklane.domain.workflow.StateCategory;
import io.worklane.domain.workitem.WorkItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A draft's {@code progress}: items by state category and estimate minutes done ÷ all (as earned value's). */
final class ProgressSection {
    private ProgressSection() {
    }

    static Map<String, Object> of(ReportInputs in) {
        List<WorkItem> items = in.network().input().items();
        long done = items.stream().filter(i -> in.categories().get(i.id()) == StateCategory.DONE).count();
        long cancelled = items.stream().filter(i -> in.categories().get(i.id()) == StateCategory.CANCELLED).count();
        long all = in.estimates().allMinutes();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("itemsTotal", items.size());
        p.put("itemsDone", done);
        p.put("itemsCancelled", cancelled);
        p.put("itemsOpen", items.size() - done - cancelled);
        p.put("doneEstimateMinutes", in.estimates().doneMinutes());
        p.put("allEstimateMinutes", all);
        p.put("percentComplete", all <= 0 ? null : BigDecimal.valueOf(in.estimates().doneMinutes())
                .divide(BigDecimal.valueOf(all), EarnedValue.RATIO_SCALE, RoundingMode.HALF_UP).toPlainString());
        return p;
    }
}
