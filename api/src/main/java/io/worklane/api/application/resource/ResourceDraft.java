package io.worklane.api.application.resource;

import io.worklane.domain.resource.NewResource;
import java.util.List;
import java.util.Map;

/** A resource as a client wrote it; {@code member} is a member id as text, checked in the workspace. */
public record ResourceDraft(String kind, String name, String member, List<NewResource.SkillInput> skills,
                            Map<String, Integer> capacity, List<NewResource.TimeOffInput> timeOff,
                            List<NewResource.RateInput> costRates) {
}
