package io.worklane.api.application.resource;

import io.worklane.domain.resource.NewResource;
import io.worklane.domain.resource.Resource;
import io.worklane.domain.shared.Change;
import java.util.List;
import java.util.Map;

/** A partial change of a resource: lists and capacity are replaced whole; a null member unlinks it. */
public record ResourcePatch(Change<String> kind, Change<String> name, Change<String> member,
                            Change<List<NewResource.SkillInput>> skills, Change<Map<String, Integer>> capacity,
                            Change<List<NewResource.TimeOffInput>> timeOff,
                            Change<List<NewResource.RateInput>> costRates) {

    ResourceDraft mergedInto(Resource current) {
        NewResource was = current.toNew();
        return new ResourceDraft(kind.or(was.kind()), name.or(was.name()),
                member.present() ? member.value() : was.memberId() == null ? null : was.memberId().toString(),
                skills.or(was.skills()), capacity.or(was.capacity()), timeOff.or(was.timeOff()),
                costRates.or(was.costRates()));
    }
}
