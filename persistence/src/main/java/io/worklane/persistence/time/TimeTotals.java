package io.worklane.persistence.time;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Money;
import io.worklane.domain.time.TimeGrouping;
import io.worklane.domain.time.TimeTotal;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Sql;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Totals summed in SQL per group and currency, then folded into one total per group. */
final class TimeTotals {
    /** Groups are bounded: a total over more is asked for in parts (filters). */
    static final int MAX_GROUPS = 1000;
    private final Sql sql;

    TimeTotals(Sql sql) {
        this.sql = sql;
    }

    Uni<List<TimeTotal>> of(Params p, TimeGrouping groupBy) {
        String key = switch (groupBy) {
            case WORK_ITEM -> "work_item_id::text";
            case PROJECT -> "project_id::text";
            case RESOURCE -> "resource_id::text";
            case PERIOD -> "date_trunc('week', entry_date)::date::text";
        };
        String query = "SELECT " + key + " AS k, cost_currency, sum(minutes) AS minutes,"
                + " sum(CASE WHEN billable THEN minutes ELSE 0 END) AS billable, sum(cost_amount) AS cost"
                + " FROM time_entries" + p.clause() + " GROUP BY 1, 2 ORDER BY 1, 2 LIMIT " + (MAX_GROUPS * 4);
        return sql.list(query, p.tuple(), r -> new Object[] {r.getString("k"), r.getString("cost_currency"),
                r.getLong("minutes"), r.getLong("billable"), r.getBigDecimal("cost")}).map(TimeTotals::fold);
    }

    private static List<TimeTotal> fold(List<Object[]> rows) {
        Map<String, long[]> minutes = new LinkedHashMap<>();
        Map<String, List<Money>> costs = new LinkedHashMap<>();
        for (Object[] r : rows) {
            String k = (String) r[0];
            long[] m = minutes.computeIfAbsent(k, x -> new long[2]);
            m[0] += (Long) r[2];
            m[1] += (Long) r[3];
            List<Money> c = costs.computeIfAbsent(k, x -> new ArrayList<>());
            Money money = TimeEntryMapping.money((java.math.BigDecimal) r[4], (String) r[1]);
            if (money != null) {
                c.add(money);
            }
        }
        List<TimeTotal> out = new ArrayList<>();
        minutes.forEach((k, m) -> out.add(new TimeTotal(k, m[0], m[1], costs.get(k))));
        return out.size() > MAX_GROUPS ? out.subList(0, MAX_GROUPS) : out;
    }
}
