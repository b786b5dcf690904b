package cn.gongguan.cooperation.ui;

import cn.gongguan.cooperation.Agreement;
import cn.gongguan.cooperation.CooperationLimits;
import cn.gongguan.cooperation.JointMeeting;
import cn.gongguan.cooperation.JointMeetingDetails;
import cn.gongguan.cooperation.JointMeetings;
import cn.gongguan.exchange.Places;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Records a joint meeting held under an agreement, or corrects one. */
class JointMeetingDialog extends FormDialog<JointMeeting> {

    final DatePicker heldOn = required(JointMeetings.HELD_ON, new DatePicker());
    final TextField place = text(CooperationLimits.PLACE, "cooperation.meeting.place");
    final CheckboxGroup<String> partners = required(JointMeetings.PARTNERS, new CheckboxGroup<>());
    final TextArea attendees = area(CooperationLimits.ATTENDEES, "cooperation.meeting.attendees");
    final TextArea decisions = area(CooperationLimits.DECISIONS, "cooperation.meeting.decisions");
    final TextArea followUps = area(CooperationLimits.FOLLOW_UPS, "cooperation.meeting.followUps");
    private final transient JointMeetings meetings;
    private final Agreement agreement;
    private Long meetingId;
    private long version = -1;

    JointMeetingDialog(JointMeetings meetings, Agreement agreement, Places places, LocalDate today) {
        super("save-joint-meeting");
        this.meetings = meetings;
        this.agreement = agreement;
        setHeaderTitle(getTranslation("cooperation.meeting.add"));
        heldOn.setId("meeting-held-on");
        heldOn.setLabel(getTranslation("cooperation.meeting.heldOn"));
        heldOn.setValue(today);
        heldOn.setMax(today);
        place.setId("meeting-place");
        partners.setId("meeting-partners");
        partners.setLabel(getTranslation("cooperation.meeting.partners"));
        partners.setItems(agreement.parties());
        partners.setItemLabelGenerator(places::name);
        if (agreement.parties().size() == 1) {
            partners.setValue(Set.copyOf(agreement.parties()));
        }
        attendees.setId("meeting-attendees");
        decisions.setId("meeting-decisions");
        followUps.setId("meeting-follow-ups");
        addFields(heldOn, place);
        addWide(partners);
        addWide(attendees);
        addWide(decisions);
        addWide(followUps);
    }

    /** Opens the form on a meeting recorded earlier, to correct it. */
    JointMeetingDialog editing(JointMeeting meeting) {
        setHeaderTitle(getTranslation("cooperation.meeting.edit"));
        meetingId = meeting.id();
        version = meeting.version();
        heldOn.setValue(meeting.heldOn());
        place.setValue(meeting.place());
        partners.setValue(Set.copyOf(meeting.partners()));
        attendees.setValue(meeting.attendees());
        decisions.setValue(meeting.decisions());
        followUps.setValue(meeting.followUps() == null ? "" : meeting.followUps());
        reloadWith(() -> meetings.of(agreement.id()).stream().filter(m -> m.id() == meetingId).findFirst()
                .ifPresent(this::editing));
        return this;
    }

    @Override
    protected JointMeeting write() {
        List<String> chosen = partners.getValue().stream().sorted().toList();
        return meetings.save(agreement.id(), meetingId, version, new JointMeetingDetails(heldOn.getValue(),
                place.getValue(), chosen, attendees.getValue(), decisions.getValue(), followUps.getValue()));
    }
}
