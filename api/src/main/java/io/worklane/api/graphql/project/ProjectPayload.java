package io.worklane.api.graphql.project;

import org.eclipse.microprofile.graphql.NonNull;

/** The answer of createProject and updateProject. */
public record ProjectPayload(@NonNull Project project) {
}
