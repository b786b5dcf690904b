package cn.gongguan.fivestep.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.TwoEditors;
import cn.gongguan.UiTest;
import cn.gongguan.fivestep.ServiceContact;
import cn.gongguan.fivestep.ServiceContacts;
import cn.gongguan.platform.CountyTime;
import cn.gongguan.security.TestLogins;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The service contact is a record two administrators may edit at once: the later save never overwrites silently. */
class ServiceContactUiTest extends UiTest {

    @Autowired
    ServiceContacts contacts;
    @Autowired
    TestLogins logins;
    @Autowired
    TwoEditors editors;

    @Test
    void theSecondAdministratorToSaveLearnsWhoSavedMeanwhileAndReloadsTheirValues() {
        String colleague = logins.colleague("chengguan.admin");
        login("chengguan.admin", ServiceContactView.class);
        ServiceContactView form = _get(ServiceContactView.class);
        _setValue(form.office, "城关镇计划生育服务站");
        _setValue(form.phone, "0939-7000199");
        _setValue(form.address, "城关镇人民政府二楼");

        ServiceContact theirs = editors.as(colleague, () -> contacts.save(
                contacts.current().map(ServiceContact::getVersion).orElse(-1L),
                "城关镇计生办", "0939-7000100", "城关镇人民政府一楼", "8:30-17:30"));
        _click(form.save);

        Div notice = _get(form, Div.class, spec -> spec.withId("form-notice"));
        assertThat(notice.getElement().getTextRecursively()).as("who saved meanwhile, and when")
                .contains(colleague + " 已于 " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .format(theirs.getUpdatedAt().atZone(CountyTime.ZONE)) + " 保存了这条记录");
        assertThat(form.office.getValue()).as("nothing typed is lost before the reload").isEqualTo("城关镇计划生育服务站");
        assertThat(form.phone.getValue()).isEqualTo("0939-7000199");
        assertThat(contacts.current().orElseThrow().getOffice()).as("theirs is not overwritten").isEqualTo("城关镇计生办");

        _click(_get(form, Button.class, spec -> spec.withId("form-notice-action")));
        assertThat(notice.isVisible()).isFalse();
        assertThat(form.office.getValue()).isEqualTo("城关镇计生办");
        assertThat(form.phone.getValue()).isEqualTo("0939-7000100");
        assertThat(form.address.getValue()).isEqualTo("城关镇人民政府一楼");
        assertThat(form.hours.getValue()).isEqualTo("8:30-17:30");

        _setValue(form.hours, "8:00-18:00");
        _click(form.save);
        assertThat(notice.isVisible()).isFalse();
        assertThat(contacts.current().orElseThrow()).satisfies(c -> {
            assertThat(c.getOffice()).isEqualTo("城关镇计生办");
            assertThat(c.getHours()).isEqualTo("8:00-18:00");
            assertThat(c.getUpdatedBy()).isEqualTo("chengguan.admin");
        });
    }
}
