package io.worklane.persistence.recurrence;

import io.worklane.persistence.shared.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A row of recurrences. */
@Entity
@Table(name = "recurrences")
public class RecurrenceEntity extends TenantEntity {
    @Column(name = "project_id")
    public UUID projectId;
    /** jsonb: the template's fields. */
    @ColumnTransformer(read = "cast(template as text)", write = "cast(cast(? as text) as jsonb)")
    public String template;
    public String rrule;
    public LocalDateTime dtstart;
    @Column(name = "time_zone")
    public String timeZone;
    public String status;
    @Column(name = "next_occurrence_at")
    public Instant nextOccurrenceAt;
    public int occurrences;
    @Column(name = "last_occurrence_at")
    public Instant lastOccurrenceAt;
}
