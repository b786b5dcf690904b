package cn.gongguan.uikit;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.Labelled;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A sealed note (sensitive personal information kept encrypted): for users who may open it, a button that asks why
 * and only then has the service open it (and audit the reading); for everyone else only the sign that one exists.
 */
public final class SealedNote {

    private SealedNote() {
    }

    /**
     * For a note that exists, its opener (with the id) for a user who {@code mayOpen} it, its sign for anyone else;
     * nothing where there is no note.
     */
    public static <R extends Labelled> Optional<Component> of(boolean exists, boolean mayOpen, String id,
                                                              List<R> reasons, Function<R, String> open) {
        if (!exists) {
            return Optional.empty();
        }
        return Optional.of(mayOpen ? opener(id, reasons, open) : sign());
    }

    /** What stands for a note the user may not open: that there is one, never what it says. */
    public static Span sign() {
        Span sign = new Span();
        sign.setText(sign.getTranslation("sealedNote.exists"));
        sign.getElement().getThemeList().add("badge contrast");
        sign.addClassName("gg-sealed-note");
        return sign;
    }

    /** A button with the id that opens the note through {@code open}, for one of the reasons. */
    public static <R extends Labelled> Button opener(String id, List<R> reasons, Function<R, String> open) {
        Button button = new Button();
        button.setText(button.getTranslation("sealedNote.open"));
        button.setIcon(VaadinIcon.LOCK.create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setId(id);
        button.addClickListener(e -> new Reader<>(reasons, open).open());
        return button;
    }

    /** Asks the reason, then shows the note; a refusal is shown at the reason. */
    private static final class Reader<R extends Labelled> extends Dialog {

        Reader(List<R> reasons, Function<R, String> open) {
            setHeaderTitle(getTranslation("sealedNote.title"));
            setWidth("min(32rem, 100vw)");
            Paragraph notice = new Paragraph(getTranslation("sealedNote.notice"));
            notice.addClassName("gg-sensitive-notice");
            Select<R> reason = new Select<>();
            reason.setLabel(getTranslation("archive.reason"));
            reason.setItems(reasons);
            reason.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
            reason.setId("sealed-note-reason");
            FieldErrors errors = new FieldErrors(this).bind("reason", reason);
            Paragraph text = new Paragraph();
            text.setId("sealed-note-text");
            text.getStyle().set("white-space", "pre-wrap");
            Button read = new Button(getTranslation("sealedNote.read"));
            read.setId("sealed-note-read");
            read.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            read.addClickListener(e -> {
                try {
                    String note = open.apply(reason.getValue());
                    removeAll();
                    text.setText(note);
                    add(text);
                    read.setVisible(false);
                } catch (InvalidInputException refusal) {
                    errors.show(refusal);
                }
            });
            add(notice, reason);
            getFooter().add(new Button(getTranslation("action.close"), e -> close()), read);
        }
    }
}
