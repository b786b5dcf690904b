package cn.gongguan.governance.ui;

import cn.gongguan.governance.OperationLimits;
import cn.gongguan.governance.OperationLocation;
import cn.gongguan.governance.OperationTasks;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.textfield.TextField;

/** Sends another team to a location assigned to the township's task. */
class TeamDialog extends FormDialog<OperationLocation> {

    final TextField team = text(OperationLimits.TEAM, "operationTask.team");
    private final transient OperationTasks tasks;
    private final OperationLocation location;

    TeamDialog(OperationTasks tasks, OperationLocation location) {
        super("operation-location-team-save");
        this.tasks = tasks;
        this.location = location;
        setHeaderTitle(getTranslation("operationTask.changeTeam") + " · " + location.name());
        team.setValue(location.team());
        team.setId("operation-location-team-field");
        addWide(team);
    }

    @Override
    protected OperationLocation write() {
        tasks.changeTeam(location.id(), team.getValue());
        return location;
    }
}
