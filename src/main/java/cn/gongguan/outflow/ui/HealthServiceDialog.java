package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.sixones.HealthService;
import cn.gongguan.outflow.sixones.HealthServiceKind;
import cn.gongguan.outflow.sixones.HealthServices;
import cn.gongguan.outflow.sixones.ServiceDetails;
import cn.gongguan.outflow.sixones.ServicePlace;
import cn.gongguan.outflow.sixones.SixOnesLimits;
import cn.gongguan.platform.Today;
import cn.gongguan.uikit.EnumSelect;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/** 六个一 ⑤: records a reproductive-health service given to a person — when, what, and where. */
public class HealthServiceDialog extends FormDialog<HealthService> {

    final DatePicker doneOn = required("doneOn", new DatePicker());
    final CheckboxGroup<HealthServiceKind> services = required("services", new CheckboxGroup<>());
    final EnumSelect<ServicePlace> where = required("where",
            new EnumSelect<>("sixOnes.service.where", ServicePlace.values()));
    final TextField place = text(SixOnesLimits.PLACE, "sixOnes.service.place");
    private final transient HealthServices healthServices;
    private final long personId;
    private Long serviceId;
    private long version = -1;

    public HealthServiceDialog(HealthServices healthServices, Today today, long personId, String personName) {
        super("save-health-service");
        this.healthServices = healthServices;
        this.personId = personId;
        setHeaderTitle(getTranslation("sixOnes.service.title", personName));
        doneOn.setLabel(getTranslation("sixOnes.service.doneOn"));
        doneOn.setId("service-done-on");
        doneOn.setValue(today.date());
        doneOn.setMax(today.date());
        services.setLabel(getTranslation("sixOnes.service.what"));
        services.setItems(List.of(HealthServiceKind.values()));
        services.setItemLabelGenerator(kind -> getTranslation(kind.labelKey()));
        services.setId("service-what");
        where.setId("service-where");
        place.setId("service-place");
        addFields(doneOn, where);
        addWide(services);
        addWide(place);
    }

    /** Opens the form on a service recorded earlier, to correct it. */
    HealthServiceDialog editing(HealthService service) {
        serviceId = service.getId();
        version = service.getVersion();
        doneOn.setValue(service.getDoneOn());
        services.setValue(service.getServices());
        where.setValue(service.getDoneWhere());
        place.setValue(service.getPlace());
        reloadWith(() -> healthServices.of(personId).stream().filter(s -> s.getId().equals(service.getId()))
                .findFirst().ifPresent(this::editing));
        return this;
    }

    @Override
    protected HealthService write() {
        return healthServices.save(personId, serviceId, version,
                new ServiceDetails(doneOn.getValue(), services.getValue(), where.getValue(), place.getValue()));
    }
}
