package cn.gongguan.reference.ui;

import cn.gongguan.reference.Division;
import cn.gongguan.reference.Divisions;
import com.vaadin.flow.component.combobox.ComboBox;

/**
 * Picks a township-level division of China (a household-registration place, a destination), found by typing part of
 * its name.
 */
public class TownshipField extends ComboBox<Division> {

    public TownshipField(Divisions divisions, String labelKey) {
        setLabel(getTranslation(labelKey));
        setPlaceholder(getTranslation("person.registrationPlace.placeholder"));
        setItems(query -> divisions.searchTownships(query.getFilter().orElse(""))
                .skip(query.getOffset()).limit(query.getLimit()));
        setItemLabelGenerator(Division::fullName);
    }
}
