package cn.gongguan.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.security.Role;
import cn.gongguan.security.UserAccount;
import cn.gongguan.security.UserAdministration;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A department liaison's account (部门联络员) is created for its department, chosen in the form when the role is
 * a liaison's and shown in the user list; no other account has one, and a liaison does not swap roles with another.
 */
class DepartmentAccountsUiTest extends UiTest {

    @Autowired
    UserAdministration administration;

    @Test
    void aLiaisonIsCreatedForItsDepartmentAndKeepsIt() {
        login("county.sysadmin", UsersView.class);
        _click(_get(Button.class, spec -> spec.withId("create-user")));
        NewUserDialog dialog = _get(NewUserDialog.class);
        assertThat(dialog.department.isVisible()).isFalse();
        _setValue(dialog.username, "county.labour");
        _setValue(dialog.displayName, "县人社局联络员");
        _setValue(dialog.role, Role.LIAISON);
        assertThat(dialog.department.isVisible()).isTrue();
        assertThat(dialog.department.getListDataView().getItems().toList()).contains("POLICE", "LABOUR")
                .doesNotContain("FAMILY_PLANNING");
        _click(dialog.save);
        assertThat(dialog.department.isInvalid()).as("a liaison speaks for a department").isTrue();
        assertThat(dialog.displayName.getValue()).isEqualTo("县人社局联络员");
        _setValue(dialog.department, "LABOUR");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(asOwner().sql("select department from platform.app_user where username = 'county.labour'")
                .query(String.class).single()).isEqualTo("LABOUR");
        UserAccount liaison = administration.list(0, 500).stream()
                .filter(a -> a.username().equals("county.labour")).findFirst().orElseThrow();
        assertThat(liaison.department()).isEqualTo("LABOUR");
        assertThatThrownBy(() -> administration.requestRole(liaison, Role.COUNTY_GOVERNANCE, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("role");
        UserAccount staff = administration.list(0, 500).stream()
                .filter(a -> a.username().equals("county.governance")).findFirst().orElseThrow();
        assertThat(staff.department()).isNull();
    }
}
