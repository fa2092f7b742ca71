package io.worklane.domain.notification;

import io.worklane.domain.shared.Actor;

/** The one line a notification reads as: who did what to which item ("Ada mentioned you in ENG-42 Spec"). */
public final class Summaries {
    static final int MAX = 1000;

    private Summaries() {
    }

    public static String of(NotificationKind kind, Actor actor, Subject subject, String detail) {
        String who = actor == null || actor.name() == null || actor.name().isBlank() ? "Someone" : actor.name();
        String item = subject.key() + " " + (subject.title() == null ? "" : subject.title());
        String line = switch (kind) {
            case ASSIGNED -> who + " assigned you " + item;
            case MENTIONED -> who + " mentioned you in " + item;
            case DUE_SOON, OVERDUE -> item.strip() + " " + kind.verb().replace(":", "") + (detail == null ? "" : " (" + detail + ")");
            default -> who + " " + kind.verb() + " " + item;
        };
        String full = kind == NotificationKind.DUE_SOON || kind == NotificationKind.OVERDUE || detail == null
                ? line.strip() : line.strip() + ": " + detail;
        return full.length() <= MAX ? full : full.substring(0, MAX - 1) + "…";
    }
}
