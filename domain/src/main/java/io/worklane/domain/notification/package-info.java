/**
 * Collaboration: who is mentioned in a text, who watches a work item, what each person is told about a
 * change (the kinds of notification and each person's preferences per kind), how a burst of changes
 * becomes one notification, and the ports to the inbox, the preferences and the mail outbox.
 */
package io.worklane.domain.notification;
