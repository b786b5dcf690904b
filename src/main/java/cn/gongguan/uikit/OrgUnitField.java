package cn.gongguan.uikit;

import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.platform.orgunit.OrgUnits;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;

/**
 * The village or community of the tenant, chosen by name and kept as its code. Hidden in a tenant without org units
 * (a county), where there is nothing to choose.
 */
public class OrgUnitField extends ComboBox<OrgUnit> {

    private final List<OrgUnit> units;

    public OrgUnitField(OrgUnits orgUnits, String labelKey) {
        units = orgUnits.active();
        setLabel(getTranslation(labelKey));
        setItems(units);
        setItemLabelGenerator(OrgUnit::getName);
        setVisible(!units.isEmpty());
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
        return units.stream().filter(u -> u.getCode().equals(code)).findFirst().orElse(null);
    }
}
