package io.worklane.api.graphql.workitem;

import org.eclipse.microprofile.graphql.Description;

/** Who did something: a member, an API key or Worklane itself. */
@Description("MEMBER: a person; API_KEY: a script or partner app; SYSTEM: Worklane itself (e.g. an automation rule).")
public enum ActorKind { MEMBER, API_KEY, SYSTEM }
