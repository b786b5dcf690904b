package cn.gongguan.uikit;

import cn.gongguan.platform.TextLimit;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Text fields that carry their column's declared limit: the browser stops typing at the length the database keeps,
 * and a required field shows the required indicator. Forms outside {@link FormDialog} (rows, panels) use these too.
 */
public final class TextFields {

    private TextFields() {
    }

    /** A text field labelled by the key, its id the key with dots as dashes ({@code person.name → person-name}). */
    public static TextField text(TextLimit limit, String labelKey) {
        TextField field = new TextField();
        field.setLabel(field.getTranslation(labelKey));
        field.setId(labelKey.replace('.', '-'));
        field.setMaxLength(limit.maxLength());
        field.setRequiredIndicatorVisible(limit.required());
        return field;
    }

    /** A text area for a limited column, labelled and identified as {@link #text}. */
    public static TextArea area(TextLimit limit, String labelKey) {
        TextArea area = new TextArea();
        area.setLabel(area.getTranslation(labelKey));
        area.setId(labelKey.replace('.', '-'));
        area.setMaxLength(limit.maxLength());
        area.setRequiredIndicatorVisible(limit.required());
        area.setWidthFull();
        return area;
    }
}
