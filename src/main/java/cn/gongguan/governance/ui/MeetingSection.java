package cn.gongguan.governance.ui;

import cn.gongguan.governance.GovernanceAccess;
import cn.gongguan.governance.GovernanceMeeting;
import cn.gongguan.governance.GovernanceMeetings;
import cn.gongguan.platform.Today;
import cn.gongguan.uikit.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The group's meetings, latest first; the administrator records one, or corrects one by clicking it. */
class MeetingSection extends Div {

    final Button add = new Button();
    final Grid<GovernanceMeeting> grid = new Grid<>();
    private final transient GovernanceMeetings meetings;

    MeetingSection(GovernanceMeetings meetings, Today today) {
        this.meetings = meetings;
        setId("governance-meetings");
        boolean keeps = GovernanceAccess.keeps();
        add.setText(getTranslation("governance.meeting.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("governance-meeting-add");
        add.setVisible(keeps);
        add.addClickListener(e -> open(new MeetingDialog(meetings, today.date())));
        grid.setId("governance-meeting-list");
        grid.addColumn(meeting -> Formats.date(meeting.getHeldOn())).setHeader(getTranslation("governance.meeting.heldOn"))
                .setAutoWidth(true);
        grid.addColumn(GovernanceMeeting::getAttendees).setHeader(getTranslation("governance.meeting.attendees"));
        grid.addColumn(GovernanceMeeting::getDecisions).setHeader(getTranslation("governance.meeting.decisions"));
        grid.setAllRowsVisible(true);
        if (keeps) {
            grid.addItemClickListener(e -> open(new MeetingDialog(meetings, today.date()).editing(e.getItem())));
        }
        add(new H3(getTranslation("governance.meetings")), add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(meetings.list());
    }

    private void open(MeetingDialog dialog) {
        dialog.addSavedListener(saved -> refresh());
        dialog.open();
    }
}
