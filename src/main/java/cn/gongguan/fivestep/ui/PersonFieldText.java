package cn.gongguan.fivestep.ui;

import cn.gongguan.exchange.Places;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.uikit.RevisionList;
import com.vaadin.flow.component.Component;
import java.util.Map;

/** How a person's fields read in the history of their edits: the form's labels, codes by their names. */
class PersonFieldText implements RevisionList.FieldText {

    private final Component owner;
    private final Places places;
    private final Map<String, String> unitNames;

    PersonFieldText(Component owner, Places places, Map<String, String> unitNames) {
        this.owner = owner;
        this.places = places;
        this.unitNames = unitNames;
    }

    @Override
    public String label(String field) {
        return owner.getTranslation("person." + field);
    }

    @Override
    public String value(String field, String value) {
        return switch (field) {
            case "flowType" -> owner.getTranslation(FlowType.valueOf(value).labelKey());
            case "maritalStatus" -> owner.getTranslation(MaritalStatus.valueOf(value).labelKey());
            case "orgUnit" -> unitNames.getOrDefault(value, value);
            case "registrationPlace" -> places.name(value);
            case "certificateChecked" -> owner.getTranslation(Boolean.parseBoolean(value) ? "registry.certificateChecked"
                    : "registry.certificateUnchecked");
            default -> value;
        };
    }
}
