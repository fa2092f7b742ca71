package io.worklane.persistence.resource;

import io.worklane.persistence.shared.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "holidays")
public class HolidayEntity extends TenantEntity {
    public LocalDate day;
    public String name;
}
