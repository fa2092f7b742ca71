package io.worklane.persistence.budget;

import io.vertx.mutiny.sqlclient.Row;
import io.worklane.domain.budget.Amounts;
import io.worklane.domain.budget.CostCategory;
import io.worklane.domain.budget.ExchangeRate;
import io.worklane.domain.budget.Expense;
import io.worklane.persistence.shared.Rows;
import java.math.BigDecimal;

/** Expense and exchange rate ↔ entity and row, field by field; amounts back at the currency's scale. */
final class ExpenseMapping {
    static final String COLUMNS = "id, workspace_id, project_id, category, amount, currency, expense_date, note,"
            + " work_item_id, version, created_at, updated_at";
    static final String RATE_COLUMNS = "id, workspace_id, from_currency, to_currency, rate, effective_from, version,"
            + " created_at, updated_at";

    private ExpenseMapping() {
    }

    static Expense fromRow(Row r) {
        String currency = r.getString("currency").strip();
        return new Expense(r.getUUID("id"), r.getUUID("workspace_id"), r.getUUID("project_id"),
                CostCategory.valueOf(r.getString("category")), Amounts.round(r.getBigDecimal("amount"), currency),
                r.getLocalDate("expense_date"), r.getString("note"), r.getUUID("work_item_id"), r.getLong("version"),
                Rows.instant(r, "created_at"), Rows.instant(r, "updated_at"));
    }

    static Expense fromEntity(ExpenseEntity e) {
        String currency = e.currency.strip();
        return new Expense(e.id, e.workspaceId, e.projectId, CostCategory.valueOf(e.category),
                Amounts.round(e.amount, currency), e.date, e.note, e.workItemId, e.version, e.createdAt, e.updatedAt);
    }

    static ExpenseEntity copy(Expense x, ExpenseEntity e) {
        e.id = x.id();
        e.workspaceId = x.workspaceId();
        e.projectId = x.projectId();
        e.category = x.category().name();
        e.amount = x.amount().amount();
        e.currency = x.amount().currency();
        e.date = x.date();
        e.note = x.note();
        e.workItemId = x.workItemId();
        e.createdAt = x.createdAt();
        e.updatedAt = x.updatedAt();
        return e;
    }

    static ExchangeRate rateFromRow(Row r) {
        return new ExchangeRate(r.getUUID("id"), r.getUUID("workspace_id"), r.getString("from_currency").strip(),
                r.getString("to_currency").strip(), plain(r.getBigDecimal("rate")), r.getLocalDate("effective_from"),
                r.getLong("version"), Rows.instant(r, "created_at"), Rows.instant(r, "updated_at"));
    }

    static ExchangeRate rateFromEntity(ExchangeRateEntity e) {
        return new ExchangeRate(e.id, e.workspaceId, e.fromCurrency.strip(), e.toCurrency.strip(), plain(e.rate),
                e.effectiveFrom, e.version, e.createdAt, e.updatedAt);
    }

    static ExchangeRateEntity copy(ExchangeRate x, ExchangeRateEntity e) {
        e.id = x.id();
        e.workspaceId = x.workspaceId();
        e.fromCurrency = x.from();
        e.toCurrency = x.to();
        e.rate = x.rate();
        e.effectiveFrom = x.effectiveFrom();
        e.createdAt = x.createdAt();
        e.updatedAt = x.updatedAt();
        return e;
    }

    /** numeric(24,10) comes back with ten decimals: show the rate as written ("1.0842"). */
    private static BigDecimal plain(BigDecimal rate) {
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
