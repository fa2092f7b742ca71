package io.worklane.domain.notification;

/** Where a person wants a kind of notification: the inbox only, the inbox and e-mail, or nowhere. */
public enum Channel {
    INBOX, EMAIL, NONE
}
