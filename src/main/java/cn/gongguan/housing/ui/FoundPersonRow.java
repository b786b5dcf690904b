package cn.gongguan.housing.ui;

import cn.gongguan.housing.FoundPerson;
import cn.gongguan.housing.RentalHouse;
import cn.gongguan.reference.Divisions;
import cn.gongguan.uikit.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;

/** A person found living in one of the swept houses. */
class FoundPersonRow extends Div {

    final Select<RentalHouse> house = new Select<>();
    final NewPersonForm person;

    FoundPersonRow(Divisions divisions, Collection<RentalHouse> houses, int number, Consumer<FoundPersonRow> onRemove) {
        addClassName("gg-report-row");
        house.setLabel(getTranslation("house.address"));
        house.setItemLabelGenerator(RentalHouse::getAddress);
        offer(houses);
        house.setId("found-" + number + "-house");
        person = new NewPersonForm(divisions, "found-" + number);
        person.addComponentAsFirst(house);
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> onRemove.accept(this));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("report.removeNewcomer"));
        add(remove, person);
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
        return new FoundPerson(house.getValue() == null ? -1 : house.getValue().getId(), person.details(),
                person.certificateChecked.getValue());
    }

    void bind(FieldErrors errors, int index) {
        String at = "found[" + index + "].";
        person.bind(errors, at);
        errors.bind(at + "house", house);
    }
}
