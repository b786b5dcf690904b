package cn.gongguan.fivestep.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.ui.HomeView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 二送: the printable service card and notice carry the contact the township's administrator keeps. */
class PrintUiTest extends UiTest {

    @Autowired
    PersonRegistry registry;

    @Test
    void theCardAndTheNoticePrintTheTownshipsContactOnceTheAdministratorHasEnteredIt() {
        login("fujia.staff", HomeView.class);
        Person person = registry.register(PersonFixtures.details("打印测试",
                PersonFixtures.newIdNumber(LocalDate.of(1995, 5, 5), Sex.FEMALE)));
        UI.getCurrent().navigate("print/card/" + person.getId());
        assertThat(_find(Paragraph.class, spec -> spec.withId("contact-missing"))).hasSize(1);
        assertThatThrownBy(() -> UI.getCurrent().navigate(ServiceContactView.class)).hasMessageContaining("Access is denied");
        logout();

        login("fujia.admin", ServiceContactView.class);
        ServiceContactView form = _get(ServiceContactView.class);
        _setValue(form.office, "伏家镇计划生育办公室");
        _setValue(form.address, "伏家镇人民政府");
        _click(form.save);
        assertThat(form.phone.getErrorMessage()).isEqualTo("此项为必填项");
        _setValue(form.phone, "0939-7000101");
        _click(form.save);
        assertThat(form.phone.isInvalid()).isFalse();
        logout();

        login("fujia.staff", HomeView.class);
        UI.getCurrent().navigate("print/card/" + person.getId());
        String card = _get(PrintView.class).document.getElement().getTextRecursively();
        assertThat(card).contains("流动人口计划生育服务卡", "打印测试", "0939-7000101", "伏家镇计划生育办公室");
        UI.getCurrent().navigate("print/notice/" + person.getId());
        String notice = _get(PrintView.class).document.getElement().getTextRecursively();
        assertThat(notice).contains("《流动人口婚育证明》办理通知", "打印测试 女士", "30 日内", "0939-7000101");
    }
}
