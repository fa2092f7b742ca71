package io.worklane.domain.notification;

/** What e-mail a notification causes: none, a mail of its own (queued), or a place in the next digest. */
public enum EmailState {
    NONE, QUEUED, DIGEST, DIGESTED
}
