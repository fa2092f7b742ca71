package io.worklane.persistence.time;

import io.vertx.mutiny.sqlclient.Row;
import io.worklane.domain.shared.Money;
import io.worklane.domain.time.TimeEntry;
import io.worklane.persistence.shared.Rows;
import java.math.BigDecimal;

/** Time entry ↔ entity and row; the cost is kept at the currency's scale. */
final class TimeEntryMapping {
    static final String COLUMNS = "id, workspace_id, resource_id, work_item_id, project_id, entry_date, minutes,"
            + " billable, note, cost_amount, cost_currency, version, created_at, updated_at";

    private TimeEntryMapping() {
    }

    static TimeEntry fromRow(Row r) {
        return new TimeEntry(r.getUUID("id"), r.getUUID("workspace_id"), r.getUUID("resource_id"),
                r.getUUID("work_item_id"), r.getUUID("project_id"), r.getLocalDate("entry_date"),
                r.getInteger("minutes"), r.getBoolean("billable"), r.getString("note"),
                money(r.getBigDecimal("cost_amount"), r.getString("cost_currency")), r.getLong("version"),
                Rows.instant(r, "created_at"), Rows.instant(r, "updated_at"));
    }

    static TimeEntry fromEntity(TimeEntryEntity e) {
        return new TimeEntry(e.id, e.workspaceId, e.resourceId, e.workItemId, e.projectId, e.entryDate, e.minutes,
                e.billable, e.note, money(e.costAmount, e.costCurrency), e.version, e.createdAt, e.updatedAt);
    }

    static TimeEntryEntity copy(TimeEntry t, TimeEntryEntity e) {
        e.id = t.id();
        e.workspaceId = t.workspaceId();
        e.resourceId = t.resourceId();
        e.workItemId = t.workItemId();
        e.projectId = t.projectId();
        e.entryDate = t.date();
        e.minutes = t.minutes();
        e.billable = t.billable();
        e.note = t.note();
        e.costAmount = t.cost() == null ? null : t.cost().amount();
        e.costCurrency = t.cost() == null ? null : t.cost().currency();
        e.createdAt = t.createdAt();
        e.updatedAt = t.updatedAt();
        return e;
    }

    static Money money(BigDecimal amount, String currency) {
        if (amount == null || currency == null) {
            return null;
        }
        int digits = Math.max(java.util.Currency.getInstance(currency.strip()).getDefaultFractionDigits(), 0);
        return new Money(amount.setScale(digits, java.math.RoundingMode.HALF_EVEN), currency.strip());
    }
}
