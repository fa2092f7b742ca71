package io.worklane.api.application.webhook;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.project.ProjectAccess;
import io.worklane.api.application.project.ProjectSight;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.project.Project;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Which PRIVATE projects a webhook subscription receives the events of (ADR 0085). Granting one needs the workspace's
 * {@code admin} or the project's MANAGER role; a project the caller cannot see is 404 as anywhere else. A grant that
 * is already there may be kept or dropped by whoever writes the subscription, and the grants of projects the writer
 * cannot see stay as they are: it could not name them.
 */
@ApplicationScoped
public class WebhookGrants {
    static final int MAX = 50;
    private final ProjectAccess projectAccess;

    public WebhookGrants(ProjectAccess projectAccess) {
        this.projectAccess = projectAccess;
    }

    /** The grants after a write that names {@code named} (null: keep {@code current}). */
    Uni<Set<UUID>> resolve(Caller caller, Workspace ws, List<String> named, Set<UUID> current) {
        if (named == null) {
            return Uni.createFrom().item(current);
        }
        if (named.size() > MAX) {
            throw DomainException.validation(List.of(new FieldError("privateProjects", "TOO_MANY",
                    "name at most " + MAX + " projects, not " + named.size())));
        }
        if (named.stream().anyMatch(ref -> ref == null || ref.isBlank())) {
            throw DomainException.validation(List.of(new FieldError("privateProjects", "REQUIRED",
                    "name each project by its id or key; an empty entry names none")));
        }
        // a handful of keys, each found as every project reference is (its own 404 when hidden)
        return Multi.createFrom().iterable(Set.copyOf(named))
                .onItem().transformToUniAndConcatenate(ref -> projectAccess.load(caller, ws, ref))
                .collect().asList()
                .chain(projects -> projectAccess.sight(caller, ws.id()).map(sight -> granted(sight, projects, current)));
    }

    private static Set<UUID> granted(ProjectSight sight, List<Project> named, Set<UUID> current) {
        Set<UUID> result = new HashSet<>();
        for (Project p : named) {
            if (!current.contains(p.id()) && !sight.manages(p.id())) {
                throw new DomainException(ErrorCode.INSUFFICIENT_SCOPE, "Only a workspace admin or a MANAGER of"
                        + " project " + p.key() + " may let a webhook receive its events when it is private.");
            }
            result.add(p.id());
        }
        current.stream().filter(id -> !sight.sees(id)).forEach(result::add);
        return result;
    }
}
