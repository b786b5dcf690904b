package cn.gongguan.cooperation.ui;

import cn.gongguan.reference.Division;
import cn.gongguan.reference.Divisions;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Picks the partner regions of an agreement: divisions of China of any level (a province, a city, a county, a
 * township), found by typing part of the name or the code.
 */
class DivisionsField extends MultiSelectComboBox<Division> {

    private final transient Divisions divisions;

    DivisionsField(Divisions divisions, String labelKey) {
        this.divisions = divisions;
        setLabel(getTranslation(labelKey));
        setPlaceholder(getTranslation("cooperation.parties.placeholder"));
        setItems(query -> divisions.search(query.getFilter().orElse("")).skip(query.getOffset())
                .limit(query.getLimit()));
        setItemLabelGenerator(Division::fullName);
    }

    /** Chooses the divisions of these codes (unknown codes are left out). */
    void setCodes(List<String> codes) {
        setValue(codes.stream().map(divisions::find).flatMap(Optional::stream).toList());
    }

    /** The codes chosen. */
    List<String> codes() {
        return getValue().stream().map(Division::code).filter(Objects::nonNull).sorted().toList();
    }
}
