package cn.gongguan.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A table whose rows are fields to edit, added and removed by the user: each row one line of fields that wraps on a
 * phone, with its remove button; the add button below. Rows are counted from 0 in the order shown, as the refusals
 * name them ({@code indicators[2].weight}).
 *
 * @param <R> a row's component
 */
final class SchemeRows<R extends Component> extends Div {

    final Button add = new Button();
    private final List<R> rows = new ArrayList<>();
    private final List<Button> removes = new ArrayList<>();
    private final Div body = new Div();
    private final Supplier<R> blank;
    private final Runnable changed;

    /** {@code blank} makes an empty row for the add button; {@code changed} runs after a row is added or removed. */
    SchemeRows(String id, String addKey, Supplier<R> blank, Runnable changed) {
        this.blank = blank;
        this.changed = changed;
        setId(id);
        addClassName("gg-scheme-rows");
        add.setText(getTranslation(addKey));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId(id + "-add");
        add.addClickListener(e -> {
            append(this.blank.get());
            this.changed.run();
        });
        add(body, add);
    }

    /** Replaces every row. */
    void show(List<R> shown) {
        rows.clear();
        removes.clear();
        body.removeAll();
        shown.forEach(this::append);
    }

    List<R> rows() {
        return List.copyOf(rows);
    }

    /** The remove button of row {@code index}. */
    Button remove(int index) {
        return removes.get(index);
    }

    /** Lets the user add and remove rows, or not. */
    void setEditable(boolean editable) {
        add.setVisible(editable);
        removes.forEach(remove -> remove.setVisible(editable));
    }

    private void append(R row) {
        Button remove = new Button(VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("scheme.row.remove"));
        remove.setVisible(add.isVisible());
        Div line = new Div(row, remove);
        line.addClassName("gg-scheme-row");
        remove.addClickListener(e -> {
            int index = rows.indexOf(row);
            rows.remove(index);
            removes.remove(index);
            body.remove(line);
            changed.run();
        });
        rows.add(row);
        removes.add(remove);
        body.add(line);
    }
}
