package cn.gongguan.outflow.ui;

import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonFilter;
import cn.gongguan.registry.PersonRegistry;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

/** A person of the officer's own unit, found by typing part of the name or the ID number. */
class PersonPicker extends ComboBox<Person> {

    PersonPicker(PersonRegistry registry, String labelKey) {
        setLabel(getTranslation(labelKey));
        setPlaceholder(getTranslation("officerReport.person.placeholder"));
        setItems(query -> registry.list(new PersonFilter(query.getFilter().orElse(""), null, null, null),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        setItemLabelGenerator(p -> p.getName() + " " + p.getIdNumber().masked());
        setClearButtonVisible(true);
    }
}
