package cn.gongguan.governance.ui;

import cn.gongguan.governance.GovernanceMember;
import cn.gongguan.governance.GovernanceMembers;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;

/**
 * Marks a member as having left the group on a day: they stay on the list, no longer counted. Refused as stale when
 * someone saved the member meanwhile: reloading takes the member as saved and keeps the day typed.
 */
class GovernanceLeaveDialog extends FormDialog<GovernanceMember> {

    final DatePicker leftOn = required(GovernanceMembers.LEFT_ON, new DatePicker());
    private final transient GovernanceMembers members;
    private GovernanceMember member;

    GovernanceLeaveDialog(GovernanceMembers members, GovernanceMember member, LocalDate today) {
        super("save-leave");
        this.members = members;
        this.member = member;
        setHeaderTitle(getTranslation("governance.member.leave.title", member.getName()));
        leftOn.setLabel(getTranslation("governance.member.leftOn"));
        leftOn.setId("governance-member-left-on");
        leftOn.setValue(today);
        leftOn.setMax(today);
        addFields(leftOn);
        Long memberId = member.getId();
        reloadWith(() -> members.list().stream().filter(m -> m.getId().equals(memberId)).findFirst()
                .ifPresent(saved -> this.member = saved));
    }

    @Override
    protected GovernanceMember write() {
        return members.leave(member.getId(), member.getVersion(), leftOn.getValue());
    }
}
