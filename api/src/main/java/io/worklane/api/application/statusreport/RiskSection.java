package io.worklane.api.application.statusreport;

import io.worklane.domain.risk.Risk;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A draft's {@code risks}: the open count, the five most exposed, those opened and closed in the period. */
final class RiskSection {
    static final int TOP_RISKS = 5;

    private RiskSection() {
    }

    static Map<String, Object> of(ReportInputs in, List<Risk> open) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("open", open.size());
        r.put("top", open.stream().limit(TOP_RISKS).map(RiskSection::risk).toList());
        r.put("opened", in.risks().stream().filter(x -> Texts.within(x.createdAt(), in)).map(RiskSection::risk)
                .toList());
        r.put("closed", in.risks().stream().filter(x -> x.closedAt() != null && Texts.within(x.closedAt(), in))
                .map(RiskSection::risk).toList());
        return r;
    }

    private static Map<String, Object> risk(Risk r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id().toString());
        out.put("title", r.title());
        out.put("probability", r.probability());
        out.put("impact", r.impact());
        out.put("exposure", r.exposure());
        out.put("status", r.status().name());
        return out;
    }
}
