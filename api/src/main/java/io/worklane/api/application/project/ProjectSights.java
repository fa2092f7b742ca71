package io.worklane.api.application.project;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The sights worked out during one request, so that a request asks the database once per workspace. */
@RequestScoped
@io.quarkus.arc.Unremovable
public class ProjectSights {
    private final Map<String, Uni<ProjectSight>> known = new HashMap<>();

    synchronized Uni<ProjectSight> get(String key, Supplier<Uni<ProjectSight>> compute) {
        return known.computeIfAbsent(key, k -> compute.get().memoize().indefinitely());
    }
}
