package cn.gongguan.governance.ui;

import cn.gongguan.governance.FindingHouse;
import cn.gongguan.governance.FindingInput;
import cn.gongguan.governance.FindingLimits;
import cn.gongguan.governance.FindingPerson;
import cn.gongguan.governance.OperationLocation;
import cn.gongguan.reference.Divisions;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The finding form, the same for a township's team and a department liaison: the location, the day, how many persons
 * were checked, the persons and houses found (a row each, added and removed on the spot) and a note. Made for a phone
 * held at a location: one column at 390 px, large buttons. A refusal shows at its field, a person's or a house's in
 * its row, with everything typed kept.
 */
class FindingDialog extends FormDialog<Long> {

    final Select<OperationLocation> location = required("location", new Select<>());
    final DatePicker foundOn = required("foundOn", new DatePicker());
    final IntegerField personsChecked = required("personsChecked", new IntegerField());
    final TextArea note = area(FindingLimits.NOTE, "finding.note");
    final List<FindingPersonRow> persons = new ArrayList<>();
    final List<FindingHouseRow> houses = new ArrayList<>();
    final Button addPerson = new Button();
    final Button addHouse = new Button();
    private final Div personRows = new Div();
    private final Div houseRows = new Div();
    private final transient Function<FindingInput, Long> record;
    private int added;

    /**
     * @param locations where findings may be recorded (the first chosen unless {@code at} is given)
     * @param record    records the finding through the service, returning its id
     */
    FindingDialog(List<OperationLocation> locations, OperationLocation at, Divisions divisions,
                         LocalDate today, Function<FindingInput, Long> record) {
        super("save-finding");
        this.record = record;
        addClassName("gg-finding-form");
        setHeaderTitle(getTranslation("finding.new"));
        location.setLabel(getTranslation("finding.location"));
        location.setItems(locations);
        location.setItemLabelGenerator(l -> l.name() + "（" + l.unitName() + "）");
        location.setValue(at != null ? at : locations.isEmpty() ? null : locations.getFirst());
        location.setId("finding-location");
        foundOn.setLabel(getTranslation("finding.foundOn"));
        foundOn.setValue(today);
        foundOn.setMax(today);
        foundOn.setId("finding-foundOn");
        personsChecked.setLabel(getTranslation("finding.personsChecked"));
        personsChecked.setMin(0);
        personsChecked.setMax(FindingInput.MAX_PERSONS_CHECKED);
        personsChecked.setValue(0);
        personsChecked.setStepButtonsVisible(true);
        personsChecked.setId("finding-personsChecked");
        note.setId("finding-note");
        addPerson.setText(getTranslation("finding.addPerson"));
        addPerson.setIcon(VaadinIcon.PLUS.create());
        addPerson.addThemeVariants(ButtonVariant.LUMO_LARGE);
        addPerson.setId("finding-add-person");
        addPerson.addClickListener(e -> {
            FindingPersonRow row = new FindingPersonRow(divisions, added++, this::remove);
            persons.add(row);
            personRows.add(row);
        });
        addHouse.setText(getTranslation("finding.addHouse"));
        addHouse.setIcon(VaadinIcon.PLUS.create());
        addHouse.addThemeVariants(ButtonVariant.LUMO_LARGE);
        addHouse.setId("finding-add-house");
        addHouse.addClickListener(e -> {
            FindingHouseRow row = new FindingHouseRow(added++, this::remove);
            houses.add(row);
            houseRows.add(row);
        });
        save.addThemeVariants(ButtonVariant.LUMO_LARGE);
        addWide(location);
        addFields(foundOn, personsChecked);
        addWide(new H4(getTranslation("finding.persons")));
        addWide(personRows);
        addWide(addPerson);
        addWide(new H4(getTranslation("finding.houses")));
        addWide(houseRows);
        addWide(addHouse);
        addWide(note);
    }

    /** Shows a refusal of {@code field} (such as the operation the locations belong to) at the location. */
    void refuseAtLocation(String field) {
        fieldErrors().bind(field, location);
    }

    @Override
    protected Long write() {
        List<FindingPerson> found = new ArrayList<>();
        for (FindingPersonRow row : persons) {
            row.bind(fieldErrors(), found.size());
            found.add(row.input());
        }
        List<FindingHouse> let = new ArrayList<>();
        for (FindingHouseRow row : houses) {
            row.bind(fieldErrors(), let.size());
            let.add(row.input());
        }
        OperationLocation at = location.getValue();
        return record.apply(new FindingInput(at == null ? -1 : at.id(), foundOn.getValue(),
                personsChecked.getValue() == null ? -1 : personsChecked.getValue(), found, let, note.getValue()));
    }

    private void remove(FindingPersonRow row) {
        persons.remove(row);
        personRows.remove(row);
    }

    private void remove(FindingHouseRow row) {
        houses.remove(row);
        houseRows.remove(row);
    }
}
