package io.worklane.api.application.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import io.worklane.domain.notification.MailContent;
import io.worklane.domain.notification.Notification;
import io.worklane.domain.notification.NotificationKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * A notification mail (one notification, or a digest of several) from the Qute templates mail/notification.txt
 * and .html: a plain-text part, an HTML part (escaped by Qute), an unsubscribe link in the body and in the
 * List-Unsubscribe headers (RFC 2369, one-click RFC 8058), and the outbox id to tell a resent mail by.
 */
@ApplicationScoped
public class MailRenderer {
    static final String MAIL_ID_HEADER = "X-Worklane-Mail-Id";
    private final Template text;
    private final Template html;
    private final UnsubscribeLinks links;

    public MailRenderer(@Location("mail/notification.txt") Template text, @Location("mail/notification.html") Template html,
                        UnsubscribeLinks links) {
        this.text = text;
        this.html = html;
        this.links = links;
    }

    public Uni<Mail> render(MailContent content, boolean digest) {
        List<NotificationKind> kinds = content.notifications().stream().map(Notification::kind).distinct().toList();
        Notification first = content.notifications().get(0);
        return links.url(first.memberId(), first.workspaceId(), kinds).map(unsubscribe -> {
            Map<String, Object> data = Map.of("name", content.recipientName() == null ? content.to()
                    : content.recipientName(), "notifications", content.notifications(), "workspaceName",
                    content.workspaceName(), "unsubscribeUrl", unsubscribe);
            String subject = digest ? "[" + content.workspaceName() + "] " + content.notifications().size()
                    + " notifications" : "[" + content.workspaceName() + "] " + shortened(first.summary());
            return Mail.withText(content.to(), subject, text.data(data).render()).setHtml(html.data(data).render())
                    .addHeader("List-Unsubscribe", "<" + unsubscribe + ">")
                    .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                    .addHeader(MAIL_ID_HEADER, content.mailId().toString());
        });
    }

    private static String shortened(String summary) {
        return summary.length() <= 160 ? summary : summary.substring(0, 159) + "…";
    }
}
