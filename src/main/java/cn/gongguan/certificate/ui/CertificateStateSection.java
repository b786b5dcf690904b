package cn.gongguan.certificate.ui;

import cn.gongguan.certificate.CertificateAnswer;
import cn.gongguan.certificate.CertificateStates;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.ui.PersonSection;
import cn.gongguan.uikit.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * On a person's page, first: the state of their marriage-and-childbearing certificate as this unit's register derives
 * it (a permit counter of another department is answered over every unit of the county).
 */
@org.springframework.stereotype.Component
@Order(1)
class CertificateStateSection implements PersonSection {

    private final CertificateStates states;

    CertificateStateSection(CertificateStates states) {
        this.states = states;
    }

    @Override
    public Optional<Component> create(Person person, Runnable changed) {
        return states.of(person.getId()).map(CertificateStateSection::line);
    }

    private static Component line(CertificateAnswer answer) {
        Paragraph line = new Paragraph();
        line.setId("certificate-state");
        line.addClassName("gg-certificate-state");
        Span state = new Span(line.getTranslation(answer.state().labelKey()));
        state.addClassName("gg-verify-" + answer.state().name().toLowerCase());
        line.add(new Span(line.getTranslation("certificate.section.label")), state);
        if (answer.validUntil() != null) {
            line.add(new Span(line.getTranslation("certificate.section.until", Formats.date(answer.validUntil()))));
        }
        line.getElement().setAttribute("title", line.getTranslation("certificate.section.hint"));
        return line;
    }
}
