package io.worklane.api.application.planning;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.planning.Phases;
import io.worklane.domain.shared.Change;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import java.util.Optional;
import java.util.UUID;

/** Resolves the phase an item is put in: a phase of the item's own project, else PHASE_NOT_FOUND. */
public final class PhaseLookup {
    private PhaseLookup() {
    }

    public static Uni<UUID> id(Phases phases, UUID workspaceId, UUID projectId, String ref) {
        if (ref == null) {
            return Uni.createFrom().nullItem();
        }
        UUID id = Ids.parseOrNull(ref);
        return (id == null ? Uni.createFrom().item(Optional.<io.worklane.domain.planning.Phase>empty())
                : phases.find(workspaceId, id))
                .map(found -> found.filter(p -> p.projectId().equals(projectId)).map(p -> p.id()).orElseThrow(() ->
                        DomainException.notFound(ErrorCode.PHASE_NOT_FOUND, "Phase of the item's project", ref)));
    }

    /** A patch's phase: absent stays absent, null clears it. */
    public static Uni<Change<UUID>> change(Phases phases, UUID workspaceId, UUID projectId, Change<String> ref) {
        if (!ref.present()) {
            return Uni.createFrom().item(Change.absent());
        }
        return id(phases, workspaceId, projectId, ref.value()).map(Change::to);
    }
}
