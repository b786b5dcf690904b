package cn.gongguan.security.ui;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.security.AccountAct;
import cn.gongguan.security.AccountStatus;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.Role;
import cn.gongguan.security.RoleMatrix;
import cn.gongguan.security.SecurityAdministration;
import cn.gongguan.security.UserAccount;
import cn.gongguan.security.UserAdministration;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.springframework.security.access.AccessDeniedException;
import java.util.List;
import java.util.Optional;

/**
 * The buttons of an account's row: exactly the acts the {@link RoleMatrix} lets the current administrator do to it —
 * disable, enable and ask for another role for the system administrator; grant, unlock and reset for the security
 * administrator.
 */
@org.springframework.stereotype.Component
class AccountActions {

    private final UserAdministration administration;
    private final SecurityAdministration security;
    private final OrgUnits orgUnits;

    AccountActions(UserAdministration administration, SecurityAdministration security, OrgUnits orgUnits) {
        this.administration = administration;
        this.security = security;
        this.orgUnits = orgUnits;
    }

    /** The buttons for {@code account}; {@code changed} runs after an act, to refresh the list. */
    Component of(UserAccount account, Runnable changed) {
        GongguanUser admin = CurrentUser.get();
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        if (RoleMatrix.allows(admin, AccountAct.DISABLE, account)) {
            boolean disabled = account.status() == AccountStatus.DISABLED;
            String key = disabled ? "users.enable" : "users.disable";
            buttons.add(button(buttons, key, "toggle-" + account.username(), () -> confirm(buttons, key, account, () -> {
                if (disabled) {
                    administration.enable(account);
                } else {
                    administration.disable(account);
                }
                changed.run();
            })));
            if (!disabled) {
                buttons.add(button(buttons, "accounts.request", "request-" + account.username(), () -> new RoleDialog(
                        "accounts.request", account, sameFamily(account, AccountAct.CREATE), orgUnits, (role, village) -> {
                            administration.requestRole(account, role, village);
                            return Optional.empty();
                        }, changed).open()));
            }
        }
        if (RoleMatrix.allows(admin, AccountAct.GRANT, account) && account.status() == AccountStatus.PENDING
                && !admin.getUsername().equals(account.requestedBy())) {
            buttons.add(button(buttons, "accounts.grant", "grant-" + account.username(), () -> new RoleDialog(
                    "accounts.grant", account, List.of(account.role()), orgUnits,
                    (role, village) -> security.grant(account), changed).open()));
        }
        if (RoleMatrix.allows(admin, AccountAct.UNLOCK, account) && security.isLocked(account)) {
            buttons.add(button(buttons, "lockouts.unlock", "unlock-" + account.username(), () -> {
                security.unlock(account);
                Notification.show(buttons.getTranslation("lockouts.unlocked", account.username()));
                changed.run();
            }));
        }
        if (RoleMatrix.allows(admin, AccountAct.RESET, account) && account.active()) {
            buttons.add(button(buttons, "accounts.resetPassword", "reset-password-" + account.username(),
                    () -> confirm(buttons, "accounts.resetPassword", account, () -> {
                        new OneTimePasswordDialog(account.username(), security.resetPassword(account)).open();
                        changed.run();
                    })));
            if (account.secondFactorEnrolled()) {
                buttons.add(button(buttons, "accounts.resetSecondFactor", "reset-second-factor-" + account.username(),
                        () -> confirm(buttons, "accounts.resetSecondFactor", account, () -> {
                            security.resetSecondFactor(account);
                            changed.run();
                        })));
            }
        }
        return buttons;
    }

    /** The roles the administrator may give the account by {@code act}, administrators and business roles apart. */
    private List<Role> sameFamily(UserAccount account, AccountAct act) {
        return administration.roles(act, account.tenant()).stream()
                .filter(role -> role.isAdministrator() == account.role().isAdministrator()).toList();
    }

    static void error(Component owner, String key, Object... arguments) {
        Notification.show(owner.getTranslation(key, arguments), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static Button button(Component owner, String key, String id, Runnable action) {
        Button button = new Button(owner.getTranslation(key), e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    /** Asks before an act that ends the account's sessions or changes who can use it. */
    private static void confirm(Component owner, String key, UserAccount account, Runnable act) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(owner.getTranslation(key));
        confirm.setText(owner.getTranslation(key + ".confirm", account.username(), account.displayName()));
        confirm.setCancelable(true);
        confirm.setCancelText(owner.getTranslation("action.cancel"));
        confirm.setConfirmText(owner.getTranslation(key));
        confirm.addConfirmListener(e -> {
            try {
                act.run();
            } catch (InvalidInputException refusal) {
                error(owner, refusal.messageKey(), refusal.arguments());
            } catch (AccessDeniedException changedMeanwhile) {
                error(owner, "account.statusChanged");
            }
        });
        confirm.open();
    }
}
