package io.worklane.api.application.risk;

import io.worklane.domain.risk.Risk;
import io.worklane.domain.risk.RiskFields;
import java.util.LinkedHashMap;
import java.util.Map;

/** A risk as events carry it: its recorded fields plus ids and version. */
final class RiskData {
    private RiskData() {
    }

    static Map<String, Object> of(Risk r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id().toString());
        m.put("projectId", r.projectId() == null ? null : r.projectId().toString());
        m.put("portfolioId", r.portfolioId() == null ? null : r.portfolioId().toString());
        m.putAll(RiskFields.of(r));
        m.put("closedAt", r.closedAt() == null ? null : r.closedAt().toString());
        m.put("version", r.version());
        return m;
    }
}
