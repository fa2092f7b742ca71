package io.worklane.persistence.webhook;

import io.worklane.persistence.shared.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

@Entity
@Table(name = "webhook_subscriptions")
public class WebhookSubscriptionEntity extends TenantEntity {
    public String url;
    /** jsonb: the list of event type patterns, as written (["work_item.*"]). */
    @Column(name = "event_types")
    @ColumnTransformer(read = "cast(event_types as text)", write = "cast(cast(? as text) as jsonb)")
    public String eventTypes;
    @Column(name = "project_id")
    public UUID projectId;
    /** The filter on work items, as written (ADR 0051); null: every item. */
    @Column(name = "item_filter")
    public String filter;
    public String description;
    public String status;
    /** whsec_…, sealed (SecretBox, ADR 0044): opened to sign, never stored as the client was shown it. */
    public String secret;
    @Column(name = "previous_secret")
    public String previousSecret;
    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;
    /** The PRIVATE projects whose events it receives (ADR 0085). */
    @Column(name = "private_project_ids")
    @ColumnTransformer(read = "cast(private_project_ids as text)", write = "cast(cast(? as text) as jsonb)")
    public String privateProjects;
}
