package io.worklane.api.graphql.shared;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

/** Relay's object identification: every object can be fetched again with {@code node(id:)}. */
@Interface("Node")
@Description("An object with a global id (a UUID); fetch any of them again with node(id:).")
public interface Node {
    @Id
    @NonNull
    @Description("The object's id (a UUID): pass it to Query.node to read the object again.")
    String getId();
}
