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
}
