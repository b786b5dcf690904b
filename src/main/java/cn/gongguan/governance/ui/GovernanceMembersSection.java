package cn.gongguan.governance.ui;

import cn.gongguan.governance.GovernanceAccess;
import cn.gongguan.governance.GovernanceMember;
import cn.gongguan.governance.GovernanceMembers;
import cn.gongguan.platform.Today;
import cn.gongguan.uikit.FormDialog;
import cn.gongguan.uikit.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The group's members: current ones first, then those who left; the administrator adds, corrects, marks a leave. */
class GovernanceMembersSection extends Div {

    static final String ACTIONS = "actions";

    final Button add = new Button();
    final Grid<GovernanceMember> grid = new Grid<>();
    private final transient GovernanceMembers members;
    private final transient Today today;

    GovernanceMembersSection(GovernanceMembers members, Today today) {
        this.members = members;
        this.today = today;
        setId("governance-members");
        boolean keeps = GovernanceAccess.keeps();
        add.setText(getTranslation("governance.member.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("governance-member-add");
        add.setVisible(keeps);
        add.addClickListener(e -> open(new GovernanceMemberDialog(members)));
        grid.setId("governance-member-list");
        grid.addColumn(GovernanceMember::getName).setHeader(getTranslation("governance.member.name"));
        grid.addColumn(m -> getTranslation(m.getDepartment().labelKey()))
                .setHeader(getTranslation("governance.member.department"));
        grid.addColumn(GovernanceMember::getDuty).setHeader(getTranslation("governance.member.duty"));
        grid.addColumn(GovernanceMember::getPhone).setHeader(getTranslation("governance.member.phone"));
        grid.addComponentColumn(this::state).setHeader(getTranslation("governance.state"));
        if (keeps) {
            grid.addComponentColumn(this::actions).setKey(ACTIONS);
        }
        grid.getColumns().forEach(c -> c.setAutoWidth(true));
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("governance.members")), add, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(members.list());
    }

    private Span state(GovernanceMember member) {
        Span state = new Span(member.isActive() ? getTranslation("governance.member.active")
                : getTranslation("governance.member.left", Formats.date(member.getLeftOn())));
        state.getElement().getThemeList().add(member.isActive() ? "badge success" : "badge contrast");
        return state;
    }

    private HorizontalLayout actions(GovernanceMember member) {
        HorizontalLayout actions = new HorizontalLayout();
        if (member.isActive()) {
            Button edit = new Button(getTranslation("governance.edit"),
                    e -> open(new GovernanceMemberDialog(members).editing(member)));
            edit.setId("governance-member-edit-" + member.getId());
            Button leave = new Button(getTranslation("governance.member.leave"),
                    e -> open(new GovernanceLeaveDialog(members, member, today.date())));
            leave.setId("governance-member-leave-" + member.getId());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            leave.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(edit, leave);
        }
        return actions;
    }

    private void open(FormDialog<GovernanceMember> dialog) {
        dialog.addSavedListener(saved -> refresh());
        dialog.open();
    }
}
