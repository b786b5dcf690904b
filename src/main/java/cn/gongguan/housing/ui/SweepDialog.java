package cn.gongguan.housing.ui;

import cn.gongguan.housing.FoundPerson;
import cn.gongguan.housing.HousingLimits;
import cn.gongguan.housing.RentalHouse;
import cn.gongguan.housing.RentalHouses;
import cn.gongguan.housing.Sweep;
import cn.gongguan.housing.Sweeps;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Divisions;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;

/** Records a sweep: the day, the staff, the houses gone through, and the persons found in them. */
class SweepDialog extends FormDialog<Sweep> {

    final DatePicker sweptOn = required("sweptOn", new DatePicker());
    final TextField staff = text(HousingLimits.STAFF, "sweep.staff");
    final TextField note = text(HousingLimits.SWEEP_NOTE, "sweep.note");
    final MultiSelectComboBox<RentalHouse> houses = required("houses", new MultiSelectComboBox<>());
    final List<FoundPersonRow> found = new ArrayList<>();
    final Button addFound = new Button();
    private final Div foundRows = new Div();
    private final transient Sweeps sweeps;
    private int added;

    SweepDialog(Sweeps sweeps, RentalHouses rentalHouses, Divisions divisions, Today today) {
        super("save-sweep");
        this.sweeps = sweeps;
        setHeaderTitle(getTranslation("sweep.new"));
        sweptOn.setLabel(getTranslation("sweep.sweptOn"));
        sweptOn.setValue(today.date());
        sweptOn.setMax(today.date());
        staff.setPlaceholder(getTranslation("sweep.staff.placeholder"));
        houses.setLabel(getTranslation("sweep.houses"));
        houses.setItems(rentalHouses.all());
        houses.setItemLabelGenerator(RentalHouse::getAddress);
        houses.addValueChangeListener(e -> found.forEach(row -> row.offer(e.getValue())));
        addFound.setText(getTranslation("sweep.addFound"));
        addFound.setIcon(VaadinIcon.PLUS.create());
        addFound.addClickListener(e -> {
            FoundPersonRow row = new FoundPersonRow(divisions, houses.getSelectedItems(), added++, this::remove);
            found.add(row);
            foundRows.add(row);
        });
        addFields(sweptOn, staff);
        addWide(houses);
        addWide(note);
        addWide(new H4(getTranslation("sweep.found")));
        addWide(foundRows);
        addWide(addFound);
    }

    @Override
    protected Sweep write() {
        List<FoundPerson> persons = new ArrayList<>();
        for (FoundPersonRow row : found) {
            row.bind(fieldErrors(), persons.size());
            persons.add(row.input());
        }
        return sweeps.record(sweptOn.getValue(), staff.getValue(), note.getValue(),
                houses.getSelectedItems().stream().map(RentalHouse::getId).toList(), persons, this::getTranslation);
    }

    private void remove(FoundPersonRow row) {
        found.remove(row);
        foundRows.remove(row);
    }
}
