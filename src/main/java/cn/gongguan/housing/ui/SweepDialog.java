package cn.gongguan.housing.ui;

import cn.gongguan.housing.FoundPerson;
import cn.gongguan.housing.RentalHouse;
import cn.gongguan.housing.RentalHouses;
import cn.gongguan.housing.Sweeps;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.reference.Divisions;
import cn.gongguan.uikit.FieldErrors;
import cn.gongguan.uikit.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Records a sweep: the day, the staff, the houses gone through, and the persons found in them. */
class SweepDialog extends Dialog {

    final DatePicker sweptOn = new DatePicker();
    final TextField staff = new TextField();
    final TextField note = new TextField();
    final MultiSelectComboBox<RentalHouse> houses = new MultiSelectComboBox<>();
    final List<FoundPersonRow> found = new ArrayList<>();
    final Button addFound = new Button();
    final Button save = new Button();
    private final Div foundRows = new Div();
    private int added;

    SweepDialog(Sweeps sweeps, RentalHouses rentalHouses, Divisions divisions, Runnable onSaved) {
        setHeaderTitle(getTranslation("sweep.new"));
        setWidth("min(48rem, 100vw)");
        sweptOn.setLabel(getTranslation("sweep.sweptOn"));
        sweptOn.setValue(LocalDate.now(Formats.ZONE));
        staff.setLabel(getTranslation("sweep.staff"));
        staff.setPlaceholder(getTranslation("sweep.staff.placeholder"));
        staff.setWidthFull();
        note.setLabel(getTranslation("sweep.note"));
        note.setWidthFull();
        houses.setLabel(getTranslation("sweep.houses"));
        houses.setItems(rentalHouses.all());
        houses.setItemLabelGenerator(RentalHouse::getAddress);
        houses.setWidthFull();
        houses.addValueChangeListener(e -> found.forEach(row -> row.offer(e.getValue())));
        addFound.setText(getTranslation("sweep.addFound"));
        addFound.setIcon(VaadinIcon.PLUS.create());
        addFound.addClickListener(e -> {
            FoundPersonRow row = new FoundPersonRow(divisions, houses.getSelectedItems(), added++, this::remove);
            found.add(row);
            foundRows.add(row);
        });
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            FieldErrors errors = new FieldErrors(this).bind("sweptOn", sweptOn).bind("staff", staff).bind("houses", houses);
            List<FoundPerson> persons = new ArrayList<>();
            for (FoundPersonRow row : found) {
                row.bind(errors, persons.size());
                persons.add(row.input());
            }
            try {
                errors.clear();
                sweeps.record(sweptOn.getValue(), staff.getValue(), note.getValue(),
                        houses.getSelectedItems().stream().map(RentalHouse::getId).toList(), persons, this::getTranslation);
                close();
                onSaved.run();
            } catch (InvalidInputException refusal) {
                errors.show(refusal);
            }
        });
        add(sweptOn, staff, houses, note, new H4(getTranslation("sweep.found")), foundRows, addFound);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void remove(FoundPersonRow row) {
        found.remove(row);
        foundRows.remove(row);
    }
}
