package io.worklane.api.rest.budget;

import io.worklane.api.application.budget.BudgetPatch;
import io.worklane.api.application.budget.ExpenseDraft;
import io.worklane.api.application.budget.ExpensePatch;
import io.worklane.api.rest.shared.MergePatch;
import io.worklane.domain.budget.NewBudget;
import io.worklane.domain.budget.NewBudgetLine;
import io.worklane.domain.shared.Change;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.openapi.model.BudgetCreate;
import io.worklane.openapi.model.BudgetLineInput;
import io.worklane.openapi.model.ExpenseCreate;
import io.worklane.openapi.model.MoneyInput;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** REST bodies → budget and expense drafts and patches. Nulls pass through, so the domain names what is missing. */
final class BudgetRequests {
    static final Set<String> BUDGET_PATCHABLE = Set.of("currency", "lines", "thresholds", "visibleToMembers");
    static final Set<String> EXPENSE_PATCHABLE = Set.of("project", "category", "amount", "date", "note", "workItem");

    private BudgetRequests() {
    }

    static NewBudget budget(BudgetCreate b) {
        List<NewBudgetLine> lines = b.getLines() == null ? null : b.getLines().stream().map(BudgetRequests::line).toList();
        // the generated body cannot tell an absent list from an empty one: both mean the defaults here
        List<String> thresholds = b.getThresholds() == null || b.getThresholds().isEmpty() ? null : b.getThresholds();
        return new NewBudget(b.getCurrency(), lines, thresholds, b.getVisibleToMembers());
    }

    static ExpenseDraft expense(ExpenseCreate b) {
        MoneyInput amount = b.getAmount() == null ? new MoneyInput() : b.getAmount();
        return new ExpenseDraft(b.getProject(), b.getCategory(), amount.getAmount(), amount.getCurrency(), b.getDate(),
                b.getNote(), b.getWorkItem());
    }

    static BudgetPatch budgetPatch(Map<?, ?> body) {
        MergePatch p = MergePatch.of(body, BUDGET_PATCHABLE);
        Change<List<Map<String, Object>>> lines = p.objects("lines");
        BudgetPatch patch = new BudgetPatch(p.requiredText("currency"), lines.map(l -> l.stream()
                .map(BudgetRequests::line).toList()), p.strings("thresholds"), p.bool("visibleToMembers"));
        p.check();
        return patch;
    }

    static ExpensePatch expensePatch(Map<?, ?> body) {
        MergePatch p = MergePatch.of(body, EXPENSE_PATCHABLE);
        Change<Map<String, Object>> amount = p.object("amount");
        if (amount.present() && amount.value() == null) {
            throw DomainException.validation(List.of(new FieldError("amount", "REQUIRED", "cannot be cleared (null)")));
        }
        ExpensePatch patch = new ExpensePatch(p.requiredText("project"), p.requiredText("category"),
                amount.map(m -> text(m.get("amount"))), amount.map(m -> text(m.get("currency"))), p.date("date"),
                p.text("note"), p.text("workItem"));
        p.check();
        return patch;
    }

    private static NewBudgetLine line(BudgetLineInput l) {
        MoneyInput planned = l.getPlanned() == null ? new MoneyInput() : l.getPlanned();
        return new NewBudgetLine(l.getCategory(), planned.getAmount(), planned.getCurrency(), l.getPhases());
    }

    @SuppressWarnings("unchecked")
    private static NewBudgetLine line(Map<String, Object> l) {
        Map<String, Object> planned = l.get("planned") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        Map<String, String> phases = null;
        if (l.get("phases") instanceof Map<?, ?> m) {
            phases = new java.util.LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                phases.put(String.valueOf(e.getKey()), text(e.getValue()));
            }
        }
        return new NewBudgetLine(text(l.get("category")), text(planned.get("amount")), text(planned.get("currency")),
                phases);
    }

    private static String text(Object value) {
        return value instanceof String s ? s : null;
    }
}
