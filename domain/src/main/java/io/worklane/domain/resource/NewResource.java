package io.worklane.domain.resource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a client sends to create or replace a resource, as written, so every problem is reported at
 * its field at once.
 *
 * @param capacity weekday name (MONDAY…) → minutes; null: 8 h Monday to Friday
 */
public record NewResource(String kind, String name, UUID memberId, List<SkillInput> skills,
                          Map<String, Integer> capacity, List<TimeOffInput> timeOff, List<RateInput> costRates) {
    public record SkillInput(String name, Integer level) {
    }

    public record TimeOffInput(String from, String to, String reason) {
    }

    public record RateInput(String from, String amount, String currency, String unit) {
    }
}
