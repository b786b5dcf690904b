package cn.gongguan.uikit;

import cn.gongguan.platform.Labelled;
import com.vaadin.flow.component.select.Select;
import java.util.Collection;
import java.util.List;

/** A select of enum values (or any labelled values) shown by their translated labels. */
public class EnumSelect<E extends Labelled> extends Select<E> {

    @SafeVarargs
    public EnumSelect(String labelKey, E... values) {
        this(labelKey, List.of(values));
    }

    public EnumSelect(String labelKey, Collection<E> values) {
        setLabel(getTranslation(labelKey));
        setItems(values);
        setItemLabelGenerator(value -> getTranslation(value.labelKey()));
    }

    /** Offers "none" too, labelled by {@code captionKey}: for an optional choice or a filter that may be off. */
    public EnumSelect<E> withNone(String captionKey) {
        // the generator first: allowing the empty selection labels it at once
        setItemLabelGenerator(value -> value == null ? getTranslation(captionKey) : getTranslation(value.labelKey()));
        setEmptySelectionCaption(getTranslation(captionKey));
        setEmptySelectionAllowed(true);
        return this;
    }
}
