package cn.gongguan.uikit;

import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.platform.orgunit.OrgUnits;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The village, community or village group of the tenant, chosen by name (a group's with its village's) and kept as
 * its code. Hidden in a tenant without org units (a county), where there is nothing to choose.
 */
public class OrgUnitField extends ComboBox<OrgUnit> {

    private final List<OrgUnit> units;
    private List<OrgUnit> offered;

    public OrgUnitField(OrgUnits orgUnits, String labelKey) {
        units = orgUnits.active();
        offered = units;
        Map<String, String> names = orgUnits.names();
        setLabel(getTranslation(labelKey));
        setItems(units);
        setItemLabelGenerator(unit -> names.getOrDefault(unit.getCode(), unit.getName()));
        setVisible(!units.isEmpty());
    }

    /** Offers only the units that pass (e.g. an officer's own village and its groups); a chosen one failing is cleared. */
    public OrgUnitField offering(Predicate<OrgUnit> offered) {
        OrgUnit chosen = getValue();
        this.offered = units.stream().filter(offered).toList();
        setItems(this.offered);
        setValue(chosen != null && offered.test(chosen) ? chosen : null);
        return this;
    }

    /** The code of the chosen unit, null when none is chosen. */
    public String getCode() {
        return getValue() == null ? null : getValue().getCode();
    }

    /** Chooses the unit of the code; a code of no active unit (or null) clears the field. */
    public void setCode(String code) {
        setValue(unit(code));
    }

    /** The active unit of the code offered here, null when none (for a binder's converter). */
    public OrgUnit unit(String code) {
        return offered.stream().filter(u -> u.getCode().equals(code)).findFirst().orElse(null);
    }
}
