package io.worklane.domain.resource;

/** What a resource is: a person (optionally a member of the workspace) or a shared thing. */
public enum ResourceKind {
    PERSON, EQUIPMENT, ROOM, OTHER
}
