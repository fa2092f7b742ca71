package io.worklane.api.graphql.workitem;

/** Who did something: a member, an API key or Worklane itself. */
public enum ActorKind { MEMBER, API_KEY, SYSTEM }
