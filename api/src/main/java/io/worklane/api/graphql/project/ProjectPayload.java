package io.worklane.api.graphql.project;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The answer of createProject and updateProject. */
@Description("The answer of a mutation that creates or changes a project.")
public record ProjectPayload(@Description("The project as the mutation left it.") @NonNull Project project) {
}
