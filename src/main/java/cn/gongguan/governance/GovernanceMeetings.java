package cn.gongguan.governance;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.StaleEdits;
import cn.gongguan.platform.Today;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The governance group's meetings: recorded and corrected by the administrator, read by the staff. */
@Service
public class GovernanceMeetings {

    public static final String HELD_ON = "heldOn";

    private final GovernanceMeetingRepository meetings;
    private final GovernanceFigures figures;
    private final StaleEdits staleEdits;
    private final Clock clock;
    private final Today today;

    GovernanceMeetings(GovernanceMeetingRepository meetings, GovernanceFigures figures, StaleEdits staleEdits,
                       Clock clock, Today today) {
        this.meetings = meetings;
        this.figures = figures;
        this.staleEdits = staleEdits;
        this.clock = clock;
        this.today = today;
    }

    /** The meetings, latest first. */
    @Transactional(readOnly = true)
    public List<GovernanceMeeting> list() {
        GovernanceAccess.reader();
        return meetings.findAllByOrderByHeldOnDescIdDesc();
    }

    /**
     * Records a meeting ({@code id} null) or corrects one read at {@code version}; refused at the field for a day in
     * the future or a missing text, and when someone saved it meanwhile.
     */
    @Transactional
    public GovernanceMeeting save(Long id, long version, GovernanceMeetingDetails details) {
        String by = GovernanceAccess.keeper().getUsername();
        if (details.heldOn() == null) {
            throw new InvalidInputException(HELD_ON, "validation.required");
        }
        if (details.heldOn().isAfter(today.date())) {
            throw new InvalidInputException(HELD_ON, "governance.day.future");
        }
        GovernanceMeetingDetails checked = new GovernanceMeetingDetails(details.heldOn(),
                GovernanceLimits.ATTENDEES.check(details.attendees()),
                GovernanceLimits.DECISIONS.check(details.decisions()));
        GovernanceMeeting meeting = id == null ? new GovernanceMeeting() : meetings.findById(id)
                .orElseThrow(() -> new InvalidInputException(null, "governance.gone"));
        Integer formerYear = id == null ? null : meeting.getHeldOn().getYear();
        if (id != null) {
            StaleEdits.check(version, meeting.getVersion(), meeting.getUpdatedBy(), meeting.getUpdatedAt());
        }
        meeting.apply(checked, by, clock.instant());
        GovernanceMeeting saved = staleEdits.save(() -> meetings.saveAndFlush(meeting),
                () -> meetings.findById(id == null ? -1 : id)
                        .map(other -> new StaleEditException(other.getUpdatedBy(), other.getUpdatedAt()))
                        .orElseGet(() -> new StaleEditException(null, null)));
        figures.meetingsChanged(saved.getHeldOn().getYear());
        if (formerYear != null && formerYear != saved.getHeldOn().getYear()) {
            figures.meetingsChanged(formerYear);
        }
        return saved;
    }
}
