package io.worklane.domain.time;

import io.worklane.domain.shared.Money;
import java.util.List;

/**
 * The sum of a group of entries: minutes, billable minutes, and cost per currency (entries without a
 * rate add minutes but no cost).
 *
 * @param key the id of the work item, project or resource, or the period's first day
 */
public record TimeTotal(String key, long minutes, long billableMinutes, List<Money> cost) {
}
