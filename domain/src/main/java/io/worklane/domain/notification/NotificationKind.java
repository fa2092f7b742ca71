package io.worklane.domain.notification;

/**
 * What a notification is about, with where it goes when a person has not chosen: mentions, assignments
 * and approval requests by e-mail at once (also to members who never signed in: they have an address),
 * the rest to the inbox. A new kind (a status report published to its stakeholders, issue #13) is a new
 * constant here, a reaction that produces it, and a line in the mail templates: preferences, inbox,
 * coalescing and mail need no change.
 */
public enum NotificationKind {
    ASSIGNED(Channel.EMAIL, "assigned"),
    MENTIONED(Channel.EMAIL, "mentioned"),
    COMMENTED(Channel.INBOX, "commented on"),
    STATUS_CHANGED(Channel.INBOX, "moved"),
    APPROVAL_REQUESTED(Channel.EMAIL, "asks for your approval on"),
    APPROVAL_DECIDED(Channel.INBOX, "decided the approval on"),
    DUE_SOON(Channel.INBOX, "is due soon:"),
    OVERDUE(Channel.INBOX, "is overdue:");

    private final Channel defaultChannel;
    private final String verb;

    NotificationKind(Channel defaultChannel, String verb) {
        this.defaultChannel = defaultChannel;
        this.verb = verb;
    }

    public Channel defaultChannel() {
        return defaultChannel;
    }

    /** How a summary names what happened ("Ada commented on ENG-42 …"). */
    public String verb() {
        return verb;
    }
}
