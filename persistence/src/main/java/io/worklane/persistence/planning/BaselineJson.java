package io.worklane.persistence.planning;

import io.worklane.domain.planning.BaselineItem;
import io.worklane.persistence.shared.Json;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A baseline's items as the jsonb document stores them, mapped field by field. */
final class BaselineJson {
    private BaselineJson() {
    }

    static String write(List<BaselineItem> items) {
        return Json.write(items.stream().map(BaselineJson::toMap).toList());
    }

    static List<BaselineItem> read(String json) {
        return Json.objects(json).stream().map(BaselineJson::fromMap).toList();
    }

    private static Map<String, Object> toMap(BaselineItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id().toString());
        m.put("key", i.key());
        m.put("title", i.title());
        m.put("type", i.type());
        m.put("start", i.start() == null ? null : i.start().toString());
        m.put("finish", i.finish() == null ? null : i.finish().toString());
        m.put("estimateMinutes", i.estimateMinutes());
        m.put("status", i.status());
        m.put("milestone", i.milestone());
        return m;
    }

    private static BaselineItem fromMap(Map<String, Object> m) {
        Object estimate = m.get("estimateMinutes");
        return new BaselineItem(UUID.fromString((String) m.get("id")), (String) m.get("key"), (String) m.get("title"),
                (String) m.get("type"), date(m.get("start")), date(m.get("finish")),
                estimate == null ? null : ((Number) estimate).longValue(), (String) m.get("status"),
                Boolean.TRUE.equals(m.get("milestone")));
    }

    private static LocalDate date(Object value) {
        return value == null ? null : LocalDate.parse((String) value);
    }
}
