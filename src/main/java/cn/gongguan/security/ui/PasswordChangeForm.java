package cn.gongguan.security.ui;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.security.PasswordPolicy;
import cn.gongguan.security.Passwords;
import cn.gongguan.uikit.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;

/** A user changes their own password: the current one, the new one twice. Refusals show at their field. */
class PasswordChangeForm extends VerticalLayout {

    final PasswordField current = new PasswordField();
    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();
    private final FieldErrors errors = new FieldErrors(this);

    PasswordChangeForm(Passwords passwords, Runnable changed) {
        setPadding(false);
        current.setLabel(getTranslation("password.current"));
        current.setId("current-password");
        password.setLabel(getTranslation("password.new"));
        password.setId("new-password");
        password.setHelperText(getTranslation("password.policy", PasswordPolicy.MIN_LENGTH));
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setId("repeat-password");
        errors.bind("current", current).bind("password", password).bind("repeat", repeat);
        save.setText(getTranslation("password.change"));
        save.setId("change-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                if (!password.getValue().equals(repeat.getValue())) {
                    throw new InvalidInputException("repeat", "password.mismatch");
                }
                passwords.changeOwn(current.getValue(), password.getValue());
                errors.clear();
                current.clear();
                password.clear();
                repeat.clear();
                changed.run();
            } catch (InvalidInputException refusal) {
                errors.show(refusal);
            }
        });
        FormLayout form = new FormLayout(current, password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("24rem");
        add(form, save);
    }
}
