package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.OutflowTrip;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.outflow.RecheckList;
import cn.gongguan.outflow.Rechecks;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.reference.Divisions;

/**
 * An outflow the monthly re-check found, added to the list (排查发现): someone not registered yet, or registered and
 * back from an earlier trip (then a repeated outflow). The departure form, living in the list's unit.
 */
class DiscoveryDialog extends DepartureDialog {

    private final transient Rechecks rechecks;
    private final long listId;

    DiscoveryDialog(Rechecks rechecks, RecheckList list, OutflowTrips trips, Divisions divisions, OrgUnits orgUnits,
                    Today today) {
        super(trips, divisions, orgUnits, today, null);
        this.rechecks = rechecks;
        this.listId = list.getId();
        setHeaderTitle(getTranslation("recheck.discover"));
        newcomer.orgUnit.setCode(list.getOrgUnitCode());
        newcomer.orgUnit.setReadOnly(true);
    }

    @Override
    protected OutflowTrip write() {
        return rechecks.addDiscovered(listId, newcomer.value(), trip.value());
    }
}
