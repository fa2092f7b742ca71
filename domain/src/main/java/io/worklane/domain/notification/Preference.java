package io.worklane.domain.notification;

/** A person's choice for one kind: the channel, and for e-mail whether at once or in a digest. */
public record Preference(NotificationKind kind, Channel channel, Digest digest) {

    public static Preference defaultFor(NotificationKind kind) {
        return new Preference(kind, kind.defaultChannel(), Digest.IMMEDIATE);
    }

    public boolean byEmail() {
        return channel == Channel.EMAIL;
    }

    public boolean delivered() {
        return channel != Channel.NONE;
    }
}
