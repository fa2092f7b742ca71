package io.worklane.domain.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a caller gives to register a risk; status defaults to IDENTIFIED. */
public record NewRisk(String title, String description, String category, Integer probability, Integer impact,
                      UUID ownerId, LocalDate proximityDate, RiskResponse response, String mitigationPlan,
                      RiskStatus status, List<UUID> mitigationItemIds) {
}
