package cn.gongguan.governance;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.StaleEdits;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Phone;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members of the township's governance group (综合治理小组). The administrator adds and corrects members and marks
 * one who left (kept, with the day); the staff read the list. Every change rolls the group's state up to the county.
 */
@Service
public class GovernanceMembers {

    public static final String LEFT_ON = "leftOn";

    private final GovernanceMemberRepository members;
    private final GovernanceFigures figures;
    private final StaleEdits staleEdits;
    private final Clock clock;
    private final Today today;

    GovernanceMembers(GovernanceMemberRepository members, GovernanceFigures figures, StaleEdits staleEdits,
                      Clock clock, Today today) {
        this.members = members;
        this.figures = figures;
        this.staleEdits = staleEdits;
        this.clock = clock;
        this.today = today;
    }

    /**
     * The group: current members first, then those who left, each in the departments' order (the family-planning
     * office, which leads the group, first) and by name.
     */
    @Transactional(readOnly = true)
    public List<GovernanceMember> list() {
        GovernanceAccess.reader();
        return members.findAllByOrderByNameAsc().stream()
                .sorted(Comparator.comparing((GovernanceMember m) -> !m.isActive())
                        .thenComparing(GovernanceMember::getDepartment))
                .toList();
    }

    /**
     * Adds a member ({@code id} null) or corrects one read at {@code version}; refused at the field that is wrong, for
     * a member who left, or when someone saved the member meanwhile.
     */
    @Transactional
    public GovernanceMember save(Long id, long version, GovernanceMemberDetails details) {
        String by = GovernanceAccess.keeper().getUsername();
        String name = GovernanceLimits.MEMBER_NAME.check(details.name());
        if (details.department() == null) {
            throw new InvalidInputException("department", "validation.required");
        }
        String duty = GovernanceLimits.DUTY.check(details.duty());
        String phone = GovernanceLimits.PHONE.check(details.phone());
        if (!Phone.isBlankOrValid(phone)) {
            throw new InvalidInputException("phone", "person.phone.invalid");
        }
        Instant now = clock.instant();
        GovernanceMember member = id == null ? new GovernanceMember() : current(id, version);
        member.apply(name, details.department(), duty, phone, by, now);
        GovernanceMember saved = write(member);
        figures.membersChanged();
        return saved;
    }

    /** Marks the member read at {@code version} as having left the group on the day (not in the future). */
    @Transactional
    public GovernanceMember leave(long id, long version, LocalDate day) {
        String by = GovernanceAccess.keeper().getUsername();
        GovernanceMember member = current(id, version);
        if (day == null) {
            throw new InvalidInputException(LEFT_ON, "validation.required");
        }
        if (day.isAfter(today.date())) {
            throw new InvalidInputException(LEFT_ON, "governance.day.future");
        }
        member.leave(day, by, clock.instant());
        GovernanceMember saved = write(member);
        figures.membersChanged();
        return saved;
    }

    /** The member as stored, if still a member and not saved by someone else since {@code version}. */
    private GovernanceMember current(long id, long version) {
        GovernanceMember member = members.findById(id)
                .orElseThrow(() -> new InvalidInputException(null, "governance.gone"));
        StaleEdits.check(version, member.getVersion(), member.getUpdatedBy(), member.getUpdatedAt());
        if (!member.isActive()) {
            throw new InvalidInputException(null, "governance.member.hasLeft");
        }
        return member;
    }

    private GovernanceMember write(GovernanceMember member) {
        Long id = member.getId();
        return staleEdits.save(() -> members.saveAndFlush(member),
                () -> members.findById(id == null ? -1 : id)
                        .map(other -> new StaleEditException(other.getUpdatedBy(), other.getUpdatedAt()))
                        .orElseGet(() -> new StaleEditException(null, null)));
    }
}
