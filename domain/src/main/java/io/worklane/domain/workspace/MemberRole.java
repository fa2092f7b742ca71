package io.worklane.domain.workspace;

/** A member's role in a workspace, from most to least powerful. */
public enum MemberRole { OWNER, ADMIN, MEMBER, VIEWER, GUEST }
