package cn.gongguan.governance.ui;

import cn.gongguan.governance.GovernanceLimits;
import cn.gongguan.governance.GovernanceMember;
import cn.gongguan.governance.GovernanceMemberDetails;
import cn.gongguan.governance.GovernanceMembers;
import cn.gongguan.reference.Department;
import cn.gongguan.uikit.EnumSelect;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.textfield.TextField;

/** Adds a member to the governance group, or corrects one. */
class GovernanceMemberDialog extends FormDialog<GovernanceMember> {

    final TextField name = text(GovernanceLimits.MEMBER_NAME, "governance.member.name");
    final EnumSelect<Department> department = required("department",
            new EnumSelect<>("governance.member.department", Department.values()));
    final TextField duty = text(GovernanceLimits.DUTY, "governance.member.duty");
    final TextField phone = text(GovernanceLimits.PHONE, "governance.member.phone");
    private final transient GovernanceMembers members;
    private Long memberId;
    private long version = -1;

    GovernanceMemberDialog(GovernanceMembers members) {
        super("save-member");
        this.members = members;
        setHeaderTitle(getTranslation("governance.member.add"));
        department.setId("governance-member-department");
        addFields(name, department, duty, phone);
    }

    /** Opens the form on a member of the group, to correct them. */
    GovernanceMemberDialog editing(GovernanceMember member) {
        setHeaderTitle(getTranslation("governance.member.edit", member.getName()));
        memberId = member.getId();
        version = member.getVersion();
        name.setValue(member.getName());
        department.setValue(member.getDepartment());
        duty.setValue(member.getDuty());
        phone.setValue(member.getPhone() == null ? "" : member.getPhone());
        reloadWith(() -> members.list().stream().filter(m -> m.getId().equals(memberId)).findFirst()
                .ifPresent(this::editing));
        return this;
    }

    @Override
    protected GovernanceMember write() {
        return members.save(memberId, version, new GovernanceMemberDetails(name.getValue(), department.getValue(),
                duty.getValue(), phone.getValue()));
    }
}
