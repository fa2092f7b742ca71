package io.worklane.domain.resource;

import java.util.List;

/** A resource proposed for a work item, with why it ranks where it does. */
public record Suggestion(Resource resource, int rank, int matchedSkills, List<String> missingSkills, long freeMinutes,
                         String reason) {
}
