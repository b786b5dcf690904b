package cn.gongguan.registry.ui;

import cn.gongguan.reference.Division;
import cn.gongguan.reference.Divisions;
import com.vaadin.flow.component.combobox.ComboBox;

/** Picks a household-registration place: any township of China, found by typing part of its name. */
public class RegistrationPlaceField extends ComboBox<Division> {

    public RegistrationPlaceField(Divisions divisions) {
        setLabel(getTranslation("person.registrationPlace"));
        setPlaceholder(getTranslation("person.registrationPlace.placeholder"));
        setItems(query -> divisions.searchTownships(query.getFilter().orElse(""))
                .skip(query.getOffset()).limit(query.getLimit()));
        setItemLabelGenerator(Division::fullName);
    }
}
