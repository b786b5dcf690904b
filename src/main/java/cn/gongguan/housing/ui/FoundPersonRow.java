package cn.gongguan.housing.ui;

import cn.gongguan.housing.FoundPerson;
import cn.gongguan.housing.RentalHouse;
import cn.gongguan.reference.Divisions;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.ui.RegistrationPlaceField;
import cn.gongguan.ui.kit.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;

/** A person found living in one of the swept houses. */
class FoundPersonRow extends Div {

    final Select<RentalHouse> house = new Select<>();
    final TextField idNumber = new TextField();
    final TextField name = new TextField();
    final RegistrationPlaceField registrationPlace;
    final Checkbox certificateChecked = new Checkbox();

    FoundPersonRow(Divisions divisions, Collection<RentalHouse> houses, int number, Consumer<FoundPersonRow> onRemove) {
        addClassName("gg-report-row");
        house.setLabel(getTranslation("house.address"));
        house.setItemLabelGenerator(RentalHouse::getAddress);
        offer(houses);
        house.setId("found-" + number + "-house");
        idNumber.setLabel(getTranslation("person.idNumber"));
        idNumber.setId("found-" + number + "-idNumber");
        name.setLabel(getTranslation("person.name"));
        name.setId("found-" + number + "-name");
        registrationPlace = new RegistrationPlaceField(divisions);
        registrationPlace.setId("found-" + number + "-registrationPlace");
        certificateChecked.setLabel(getTranslation("report.certificateChecked"));
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> onRemove.accept(this));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("report.removeNewcomer"));
        FormLayout form = new FormLayout(house, idNumber, name, registrationPlace, certificateChecked);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(remove, form);
    }

    /**
     * Offers the houses now chosen for the sweep; the house already picked stays picked while it is among them, and
     * the only house is picked by itself.
     */
    void offer(Collection<RentalHouse> houses) {
        Long picked = house.getValue() == null ? null : house.getValue().getId();
        house.setItems(houses);
        houses.stream().filter(h -> h.getId().equals(picked)).findFirst()
                .or(() -> houses.size() == 1 ? houses.stream().findFirst() : Optional.empty())
                .ifPresent(house::setValue);
    }

    FoundPerson input() {
        PersonDetails details = new PersonDetails();
        details.setIdNumber(idNumber.getValue());
        details.setName(name.getValue());
        details.setRegistrationPlace(registrationPlace.getValue() == null ? null : registrationPlace.getValue().code());
        return new FoundPerson(house.getValue() == null ? -1 : house.getValue().getId(), details,
                certificateChecked.getValue());
    }

    void bind(FieldErrors errors, int index) {
        String at = "found[" + index + "].";
        errors.bind(at + "house", house).bind(at + "idNumber", idNumber).bind(at + "name", name)
                .bind(at + "registrationPlace", registrationPlace);
    }
}
