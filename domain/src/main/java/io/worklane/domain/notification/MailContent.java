package io.worklane.domain.notification;

import java.util.List;
import java.util.UUID;

/** What a mail says and to whom: read when it is sent, so it shows the notifications as they are then. */
public record MailContent(UUID mailId, String to, String recipientName, String workspaceName, String workspaceSlug,
                          List<Notification> notifications) {
}
