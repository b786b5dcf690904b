package cn.gongguan.housing.ui;

import cn.gongguan.housing.LineInput;
import cn.gongguan.housing.ReportLine;
import cn.gongguan.housing.Residence;
import cn.gongguan.registry.Person;
import cn.gongguan.uikit.FieldErrors;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

/** A person the house already had: staying on, or moved out on a day. A newcomer recorded earlier stays a newcomer. */
class ResidentRow extends Div {

    final Select<Residence> status = new Select<>();
    final DatePicker movedOn = new DatePicker();
    /** For a newcomer of the month: the landlord may report the certificate checked later. */
    final Checkbox certificateChecked = new Checkbox();
    private final Person person;

    ResidentRow(Person person, ReportLine line, int number) {
        this.person = person;
        addClassName("gg-report-row");
        Span who = new Span(person.getName() + " · " + person.getIdNumber().masked());
        who.addClassName("gg-report-who");
        status.setItems(line.getStatus() == Residence.ARRIVED ? new Residence[] {Residence.ARRIVED, Residence.DEPARTED}
                : new Residence[] {Residence.STAYING, Residence.DEPARTED});
        status.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        status.setValue(line.getStatus());
        status.setId("resident-" + number + "-status");
        status.setAriaLabel(person.getName());
        movedOn.setLabel(getTranslation("report.movedOn"));
        movedOn.setValue(line.getMovedOn());
        movedOn.setId("resident-" + number + "-movedOn");
        movedOn.setVisible(line.getStatus() != Residence.STAYING);
        certificateChecked.setLabel(getTranslation("report.certificateChecked"));
        certificateChecked.setValue(line.isCertificateChecked());
        certificateChecked.setId("resident-" + number + "-certificate");
        certificateChecked.setVisible(line.getStatus() == Residence.ARRIVED);
        status.addValueChangeListener(e -> {
            movedOn.setVisible(e.getValue() != Residence.STAYING);
            certificateChecked.setVisible(e.getValue() == Residence.ARRIVED);
        });
        add(who, status, movedOn, certificateChecked);
    }

    LineInput input() {
        return new LineInput(person.getId(), null, status.getValue(), movedOn.getValue(),
                certificateChecked.getValue());
    }

    void bind(FieldErrors errors, int line) {
        String at = "lines[" + line + "].";
        errors.bind(at + "status", status).bind(at + "person", status).bind(at + "movedOn", movedOn);
    }
}
