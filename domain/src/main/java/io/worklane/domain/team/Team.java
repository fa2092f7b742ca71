package io.worklane.domain.team;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Validation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A team of workspace members with an optional lead. The members belong to the aggregate, so adding or
 * removing one changes its version. The lead is always one of the members: setting a lead adds them, and
 * removing the lead from the team leaves it without a lead.
 */
public record Team(UUID id, UUID workspaceId, String name, String description, UUID leadId, List<UUID> memberIds,
                   long version, Instant createdAt, Instant updatedAt) {
    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 10_000;
    public static final int MAX_MEMBERS = 200;

    public Team {
        memberIds = memberIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(memberIds));
    }

    /** A member listed twice is refused (400 DUPLICATE), rather than silently merged: it is likely a mistake. */
    public static Team create(UUID workspaceId, NewTeam n, Instant now) {
        List<UUID> given = n.memberIds() == null ? List.of() : n.memberIds();
        Validation v = new Validation();
        Set<UUID> seen = new HashSet<>();
        given.forEach(m -> v.require(seen.add(m), "members", "DUPLICATE", "'" + m + "' is listed twice"));
        v.orThrow();
        Team draft = new Team(Ids.newId(), workspaceId, strip(n.name()), n.description(), n.leadId(),
                withLead(given, n.leadId(), 0), 0, now, now);
        draft.validate();
        return draft;
    }

    public Team change(TeamChanges c, Instant now) {
        UUID lead = c.leadId().or(leadId);
        Team changed = new Team(id, workspaceId, c.name().present() ? strip(c.name().value()) : name,
                c.description().or(description), lead, withLead(memberIds, lead, memberIds.size()), version,
                createdAt, now);
        changed.validate();
        return changed;
    }

    /** The team with this member (unchanged when they are in already: adding is idempotent). */
    public Team add(UUID memberId, Instant now) {
        if (has(memberId)) {
            return this;
        }
        if (memberIds.size() >= MAX_MEMBERS) {
            throw new DomainException(ErrorCode.TEAM_FULL, "Team " + name + " has " + MAX_MEMBERS
                    + " members already: split it into smaller teams.");
        }
        List<UUID> ids = new ArrayList<>(memberIds);
        ids.add(memberId);
        return withMembers(ids, leadId, now);
    }

    /** The team without this member; removing the lead leaves the team without one. */
    public Team remove(UUID memberId, Instant now) {
        if (!has(memberId)) {
            throw new DomainException(ErrorCode.TEAM_MEMBER_NOT_FOUND, "Member " + memberId + " is not in team "
                    + name + ".");
        }
        List<UUID> ids = new ArrayList<>(memberIds);
        ids.remove(memberId);
        return withMembers(ids, memberId.equals(leadId) ? null : leadId, now);
    }

    public boolean has(UUID memberId) {
        return memberIds.contains(memberId);
    }

    public Team withMembers(List<UUID> ids, UUID lead, Instant now) {
        return new Team(id, workspaceId, name, description, lead, ids, version, createdAt, now);
    }

    /** The members with the lead among them: a lead who was not in joins at {@code at} (first when created). */
    private static List<UUID> withLead(List<UUID> members, UUID lead, int at) {
        List<UUID> ids = new ArrayList<>(members);
        if (lead != null && !ids.contains(lead)) {
            ids.add(at, lead);
        }
        return ids;
    }

    private void validate() {
        new Validation().text(name, "name", 1, MAX_NAME)
                .text(description, "description", 0, MAX_DESCRIPTION)
                .require(memberIds.size() <= MAX_MEMBERS, "members", "TOO_MANY",
                        "a team has at most " + MAX_MEMBERS + " members")
                .orThrow();
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
