package cn.gongguan.certificate.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.platform.Today;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.reference.Sex;
import cn.gongguan.ui.HomeView;
import cn.gongguan.uikit.Formats;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The department verifier's page: an ID number in, the certificate's state and expiry out; no other screen opens. */
class VerifyViewTest extends UiTest {

    @Autowired
    PersonRegistry registry;
    @Autowired
    Today today;

    @Test
    void theVerifierLandsOnThePageAndLearnsTheStateAndExpiryDayOnly() {
        LocalDate until = today.date().plusDays(90);
        String number = inflowWithCertificate(until);

        login("county.verify", HomeView.class);
        VerifyView page = _get(VerifyView.class);
        _get(TextField.class, spec -> spec.withId("verify-id-number")).setValue(number);
        _get(Button.class, spec -> spec.withId("verify-ask")).click();

        assertThat(_get(Span.class, spec -> spec.withId("verify-state")).getText()).isEqualTo("有效");
        assertThat(_get(Span.class, spec -> spec.withId("verify-valid-until")).getText())
                .isEqualTo("有效期至 " + Formats.date(until));
        assertThat(page.getElement().getTextRecursively()).as("nothing else about the person")
                .doesNotContain("核验页面").doesNotContain("伏家镇");
    }

    @Test
    void aMalformedNumberIsRefusedAtTheFieldInTheUsersLanguage() {
        login("county.verify", VerifyView.class);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(VerifyView.class);
        TextField field = _get(TextField.class, spec -> spec.withId("verify-id-number"));
        field.setValue("62122719900101123");
        _get(Button.class, spec -> spec.withId("verify-ask")).click();

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("18");
        assertThat(field.getValue()).as("what was typed stays").isEqualTo("62122719900101123");
        _assertNone(Span.class, spec -> spec.withId("verify-state"));
    }

    @Test
    void aVerifierOpensNoOtherScreen() {
        login("county.verify", HomeView.class);
        List<String> opened = new ArrayList<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            String path = route.getTemplate().replaceAll(":[A-Za-z]+\\??(\\([^)]*\\))?", "621227100");
            try {
                UI.getCurrent().navigate(path);
            } catch (RuntimeException | MockAccessDeniedException refused) {
                continue;
            }
            Component shown = UI.getCurrent().getCurrentView();
            opened.add(shown.getClass().getSimpleName());
        }
        // besides: the login page, the notice that the unit is not ready, and a page of the tests' own — none with data
        opened.removeAll(List.of("LoginView", "TenantUnavailableView", "ChartSamplesView"));
        assertThat(opened).as("the home page forwards to the check; the own account page stays theirs")
                .containsOnly("VerifyView", "MyAccountView").contains("MyAccountView");
    }

    private String inflowWithCertificate(LocalDate until) {
        PersonDetails details = new PersonDetails();
        details.setName("核验页面");
        details.setIdNumber(PersonFixtures.newIdNumber(LocalDate.of(1986, 5, 17), Sex.FEMALE));
        details.setRegistrationPlace("621227100");
        details.setFlowType(FlowType.INFLOW);
        details.setMaritalStatus(MaritalStatus.MARRIED);
        details.setArrivalDate(today.date().minusDays(3));
        details.setCertificateChecked(true);
        details.setCertificateNumber("HX-PAGE-1");
        details.setCertificateValidUntil(until);
        login("fujia.staff", HomeView.class);
        registry.register(details);
        logout();
        return details.getIdNumber();
    }
}
