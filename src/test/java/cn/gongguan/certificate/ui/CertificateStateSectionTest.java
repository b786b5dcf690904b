package cn.gongguan.certificate.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.ui.HomeView;
import cn.gongguan.uikit.Formats;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A person's page says what a department's permit check is told about them. */
class CertificateStateSectionTest extends UiTest {

    @Autowired
    PersonRegistry registry;
    @Autowired
    Today today;

    @Test
    void thePersonsPageShowsTheCertificateStateTheRegisterDerives() {
        login("fujia.staff", HomeView.class);
        Person expired = registry.register(inflow("证明过期", today.date().minusDays(3)));
        Person none = registry.register(inflow("没有证明", null));

        UI.getCurrent().navigate("persons/" + expired.getId());
        assertThat(_get(Paragraph.class, spec -> spec.withId("certificate-state")).getElement().getTextRecursively())
                .isEqualTo("婚育证明：已过期有效期至 " + Formats.date(today.date().minusDays(3)));
        UI.getCurrent().navigate("persons/" + none.getId());
        assertThat(_get(Paragraph.class, spec -> spec.withId("certificate-state")).getElement().getTextRecursively()).isEqualTo("婚育证明：无");
    }

    private PersonDetails inflow(String name, LocalDate validUntil) {
        PersonDetails details = new PersonDetails();
        details.setName(name);
        details.setIdNumber(PersonFixtures.newIdNumber(LocalDate.of(1989, 2, 8), Sex.FEMALE));
        details.setRegistrationPlace("621227100");
        details.setFlowType(FlowType.INFLOW);
        details.setMaritalStatus(MaritalStatus.MARRIED);
        details.setArrivalDate(today.date().minusDays(8));
        details.setCertificateChecked(validUntil != null);
        if (validUntil != null) {
            details.setCertificateNumber("HX-SEC-" + name.length());
            details.setCertificateValidUntil(validUntil);
        }
        return details;
    }
}
