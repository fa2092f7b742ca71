package io.worklane.api.application.risk;

import io.worklane.domain.risk.RiskResponse;
import io.worklane.domain.risk.RiskStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A new risk as REST and GraphQL hand it over; mitigation items by id or key. */
public record RiskDraft(String title, String description, String category, Integer probability, Integer impact,
                        UUID owner, LocalDate proximityDate, RiskResponse response, String mitigationPlan,
                        RiskStatus status, List<String> mitigationItems) {
}
