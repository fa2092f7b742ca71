package io.worklane.api.application.risk;

import io.worklane.domain.risk.RiskResponse;
import io.worklane.domain.risk.RiskStatus;
import io.worklane.domain.shared.Change;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A merge patch of a risk: absent fields stay, null clears (where a field may be empty). */
public record RiskPatch(Change<String> title, Change<String> description, Change<String> category,
                        Change<Integer> probability, Change<Integer> impact, Change<UUID> owner,
                        Change<LocalDate> proximityDate, Change<RiskResponse> response, Change<String> mitigationPlan,
                        Change<RiskStatus> status, Change<List<String>> mitigationItems) {
}
