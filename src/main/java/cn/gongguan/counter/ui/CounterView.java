package cn.gongguan.counter.ui;

import cn.gongguan.counter.Counter;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.ui.PersonDialog;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.FieldErrors;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The one-stop counter (一站式服务): the staff type the ID number of the person in front of them, or scan it — an ID
 * card reader or barcode scanner types the 18 characters and Enter — and see who it is and what is due for them,
 * each with the action that does it; a person not registered here is offered to be registered. After each lookup the
 * field is selected again, so that the next scan replaces it.
 */
@Route(CounterView.ROUTE)
@RolesAllowed({Role.TOWNSHIP_ADMIN_NAME, Role.TOWNSHIP_STAFF_NAME})
@Menu(title = "nav.counter", order = 5.5, icon = "vaadin:user-card")
public class CounterView extends VerticalLayout implements TranslatedTitle {

    static final String ROUTE = "counter";
    /** A scanner may add a space or two; the number itself is 18 characters. */
    private static final int FIELD_LENGTH = 24;

    final TextField idNumber = new TextField();
    final Button lookup = new Button();
    final Div result = new Div();
    private final FieldErrors errors = new FieldErrors(this);
    private final transient Counter counter;
    private final transient PersonPanel.Factory panels;
    private final transient ObjectProvider<PersonDialog> personDialogs;

    CounterView(Counter counter, PersonPanel.Factory panels, ObjectProvider<PersonDialog> personDialogs) {
        this.counter = counter;
        this.panels = panels;
        this.personDialogs = personDialogs;
        addClassNames("gg-page", "gg-counter");
        idNumber.setId("counter-id-number");
        idNumber.setLabel(getTranslation("counter.idNumber"));
        idNumber.setHelperText(getTranslation("counter.idNumber.helper"));
        idNumber.setMaxLength(FIELD_LENGTH);
        idNumber.setClearButtonVisible(true);
        idNumber.setAutofocus(true);
        idNumber.setPrefixComponent(VaadinIcon.BARCODE.create());
        idNumber.addClassName("gg-counter-field");
        // wide enough for the 18 characters in large type, the whole width on a phone
        idNumber.setWidth("min(24rem, 100%)");
        errors.bind(IdNumber.FIELD, idNumber);
        lookup.setText(getTranslation("counter.lookup"));
        lookup.setId("counter-lookup");
        lookup.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        lookup.addClickListener(e -> lookUp());
        // the scanner's Enter, typed into the field, runs the lookup
        lookup.addClickShortcut(Key.ENTER).listenOn(idNumber);
        HorizontalLayout bar = new HorizontalLayout(idNumber, lookup);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        bar.addClassName("gg-counter-bar");
        result.setId("counter-result");
        result.setWidthFull();
        Anchor log = new Anchor(CounterLogView.ROUTE, getTranslation("counter.log.open"));
        log.setId("counter-log-link");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.counter")), log);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        add(header, bar, result);
    }

    /** Looks the number in the field up; a wrong number is refused at the field and stays there to be corrected. */
    void lookUp() {
        errors.clear();
        // a misread scan must not leave the person before on the page, where a service could be recorded for them
        result.removeAll();
        try {
            Counter.Lookup found = counter.lookup(idNumber.getValue());
            found.person().ifPresentOrElse(this::show, () -> unknown(found.idNumber()));
        } catch (InvalidInputException refusal) {
            errors.show(refusal);
        }
        selectForNext();
    }

    private void show(Person person) {
        result.removeAll();
        result.add(panels.create(person, this::next, this::selectForNext));
    }

    /** Nobody registered here with the number: offers to register the newcomer with it filled in. */
    private void unknown(IdNumber number) {
        Div card = new Div();
        card.setId("counter-unknown");
        card.addClassNames("gg-section", "gg-counter-unknown");
        Button register = new Button(getTranslation("counter.register"), VaadinIcon.PLUS.create(), e -> {
            PersonDialog dialog = personDialogs.getObject();
            dialog.addSavedListener(saved -> show(saved.saved()));
            dialog.openNewArrival(number.value());
        });
        register.setId("counter-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(new H3(getTranslation("counter.unknown.title")),
                new Paragraph(getTranslation("counter.unknown", number.masked())), register);
        result.add(card);
    }

    /** Clears the person shown and readies the field for the next one. */
    void next() {
        result.removeAll();
        errors.clear();
        idNumber.clear();
        selectForNext();
    }

    private void selectForNext() {
        idNumber.focus();
        idNumber.getElement().executeJs("if (this.inputElement) { this.inputElement.select(); }");
    }

    @Override
    public String titleKey() {
        return "nav.counter";
    }
}
