package cn.gongguan.enterprise.ui;

import cn.gongguan.enterprise.Association;
import cn.gongguan.uikit.RevisionList;
import com.vaadin.flow.component.Component;
import java.util.Map;

/** How an enterprise's fields read in its history: their form labels, a village by name, the association's label. */
record EnterpriseFieldText(Component view, Map<String, String> units) implements RevisionList.FieldText {

    @Override
    public String label(String field) {
        return view.getTranslation("enterprise." + field);
    }

    @Override
    public String value(String field, String value) {
        return switch (field) {
            case "orgUnit" -> units.getOrDefault(value, value);
            case "association" -> view.getTranslation(Association.valueOf(value).labelKey());
            default -> value;
        };
    }
}
