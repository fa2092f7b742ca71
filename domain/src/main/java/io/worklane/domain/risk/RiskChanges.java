package io.worklane.domain.risk;

import io.worklane.domain.shared.Change;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A merge patch of a risk, resolved: absent fields stay, present ones (null included) replace. */
public record RiskChanges(Change<String> title, Change<String> description, Change<String> category,
                          Change<Integer> probability, Change<Integer> impact, Change<UUID> ownerId,
                          Change<LocalDate> proximityDate, Change<RiskResponse> response,
                          Change<String> mitigationPlan, Change<RiskStatus> status,
                          Change<List<UUID>> mitigationItemIds) {
}
