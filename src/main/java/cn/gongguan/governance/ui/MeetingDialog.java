package cn.gongguan.governance.ui;

import cn.gongguan.governance.GovernanceLimits;
import cn.gongguan.governance.GovernanceMeeting;
import cn.gongguan.governance.GovernanceMeetingDetails;
import cn.gongguan.governance.GovernanceMeetings;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;

/** Records a meeting of the governance group, or corrects one. */
class MeetingDialog extends FormDialog<GovernanceMeeting> {

    final DatePicker heldOn = required(GovernanceMeetings.HELD_ON, new DatePicker());
    final TextArea attendees = area(GovernanceLimits.ATTENDEES, "governance.meeting.attendees");
    final TextArea decisions = area(GovernanceLimits.DECISIONS, "governance.meeting.decisions");
    private final transient GovernanceMeetings meetings;
    private Long meetingId;
    private long version = -1;

    MeetingDialog(GovernanceMeetings meetings, LocalDate today) {
        super("save-meeting");
        this.meetings = meetings;
        setHeaderTitle(getTranslation("governance.meeting.add"));
        heldOn.setLabel(getTranslation("governance.meeting.heldOn"));
        heldOn.setId("governance-meeting-held-on");
        heldOn.setValue(today);
        heldOn.setMax(today);
        addFields(heldOn);
        addWide(attendees);
        addWide(decisions);
    }

    /** Opens the form on a meeting recorded earlier, to correct it. */
    MeetingDialog editing(GovernanceMeeting meeting) {
        setHeaderTitle(getTranslation("governance.meeting.edit"));
        meetingId = meeting.getId();
        version = meeting.getVersion();
        heldOn.setValue(meeting.getHeldOn());
        attendees.setValue(meeting.getAttendees());
        decisions.setValue(meeting.getDecisions());
        reloadWith(() -> meetings.list().stream().filter(m -> m.getId().equals(meetingId)).findFirst()
                .ifPresent(this::editing));
        return this;
    }

    @Override
    protected GovernanceMeeting write() {
        return meetings.save(meetingId, version, new GovernanceMeetingDetails(heldOn.getValue(),
                attendees.getValue(), decisions.getValue()));
    }
}
