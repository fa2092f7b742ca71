package io.worklane.api.application.resource;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.resource.Holiday;
import io.worklane.domain.resource.Holidays;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Validation;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The workspace holiday calendar: days on which every resource's capacity is 0. */
@ApplicationScoped
public class HolidayService {
    private final Holidays holidays;
    private final Access access;
    private final Now now;

    public HolidayService(Holidays holidays, Access access, Now now) {
        this.holidays = holidays;
        this.access = access;
        this.now = now;
    }

    @WithTransaction
    public Uni<Holiday> create(Caller caller, String wsRef, String date, String name) {
        return access.workspace(caller, wsRef, Scope.RESOURCES_WRITE).chain(ws -> {
            Validation v = new Validation();
            LocalDate day = null;
            try {
                day = date == null ? null : LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                v.add(new FieldError("date", "INVALID_FORMAT", "'" + date + "' is not a date (YYYY-MM-DD)"));
            }
            v.require(date != null, "date", "REQUIRED", "is required (YYYY-MM-DD)");
            String trimmed = name == null ? null : name.strip();
            v.text(trimmed, "name", 1, Holiday.MAX_NAME);
            v.orThrow();
            var at = now.instant();
            return holidays.insert(new Holiday(Ids.newId(), ws.id(), day, trimmed, 0, at, at));
        });
    }

    public Uni<List<Holiday>> list(Caller caller, String wsRef, LocalDate from, LocalDate to) {
        return access.workspace(caller, wsRef, Scope.RESOURCES_READ).chain(ws -> holidays.between(ws.id(), from, to));
    }

    @WithTransaction
    public Uni<Void> delete(Caller caller, String wsRef, String id, Long expectedVersion) {
        return access.workspace(caller, wsRef, Scope.RESOURCES_WRITE).chain(ws -> {
            UUID holidayId = Ids.parseOrNull(id);
            return (holidayId == null ? Uni.createFrom().item(Optional.<Holiday>empty())
                    : holidays.find(ws.id(), holidayId)).chain(found -> {
                Holiday h = found.orElseThrow(() -> DomainException.notFound(ErrorCode.HOLIDAY_NOT_FOUND, "Holiday",
                        String.valueOf(id)));
                ExpectedVersion.check(expectedVersion, h.version(), "Holiday " + h.id());
                return holidays.delete(ws.id(), h.id(), h.version());
            });
        });
    }
}
