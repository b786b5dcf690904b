package cn.gongguan.uikit;

import cn.gongguan.platform.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows a service's refusal at the field it names, in the user's language, leaving every value in the form as the
 * user entered it.
 */
public final class FieldErrors {

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors(Component owner) {
        this.owner = owner;
    }

    public FieldErrors bind(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    /** Whether a refusal of the field shows at a component of this form. */
    public boolean binds(String field) {
        return fields.containsKey(field);
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    /**
     * Marks one field with a message, leaving the others as they are: for a refusal naming several problems at once
     * (each shown at its field). False when no component of the form shows the field.
     */
    public boolean mark(String field, String message) {
        HasValidation component = fields.get(field);
        if (component == null) {
            return false;
        }
        component.setErrorMessage(message);
        component.setInvalid(true);
        return true;
    }

    public void show(InvalidInputException refusal) {
        clear();
        String message = owner.getTranslation(refusal.messageKey(), refusal.arguments());
        HasValidation field = fields.get(refusal.field());
        if (field == null) {
            Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        } else {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }
}
