package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.sixones.CertificateIssue;
import cn.gongguan.outflow.sixones.Certificates;
import cn.gongguan.platform.Today;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 六个一 ④: the register of the certificates the township issued, latest first, searched by number or holder, each
 * valid or expired; a row opens the holder.
 */
@Route(CertificatesView.ROUTE)
@RolesAllowed({Role.TOWNSHIP_ADMIN_NAME, Role.TOWNSHIP_STAFF_NAME, Role.VILLAGE_OFFICER_NAME,
        Role.GROUP_OFFICER_NAME})
@Menu(title = "nav.certificates", order = 7.8, icon = "vaadin:diploma")
public class CertificatesView extends VerticalLayout implements TranslatedTitle {

    static final String ROUTE = "six-ones/certificates";

    final TextField search = new TextField();
    final Grid<CertificateIssue> grid = new Grid<>();

    CertificatesView(Certificates certificates, Today today) {
        addClassName("gg-page");
        setSizeFull();
        search.setPlaceholder(getTranslation("sixOnes.certificate.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("certificate-search");
        grid.setId("certificates");
        grid.addColumn(CertificateIssue::getNumber).setHeader(getTranslation("sixOnes.certificate.number"));
        grid.addColumn(c -> c.getPerson().getName()).setHeader(getTranslation("sixOnes.certificate.holder"));
        grid.addColumn(c -> c.getPerson().getIdNumber().masked()).setHeader(getTranslation("person.idNumber"));
        grid.addColumn(CertificateIssue::getIssuedOn).setHeader(getTranslation("sixOnes.certificate.issuedOn"));
        grid.addColumn(CertificateIssue::getValidUntil).setHeader(getTranslation("sixOnes.certificate.validUntil"));
        grid.addComponentColumn(c -> {
            boolean valid = c.validOn(today.date());
            Span state = new Span(getTranslation(valid ? "sixOnes.certificate.valid" : "sixOnes.certificate.invalid"));
            state.getElement().getThemeList().add(valid ? "badge success" : "badge error");
            return state;
        }).setHeader(getTranslation("outflow.state"));
        grid.getColumns().forEach(column -> column.setAutoWidth(true));
        grid.setItems(query -> certificates.register(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> certificates.count(search.getValue()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("persons/" + e.getItem().getPerson().getId())));
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new H2(getTranslation("nav.certificates")), search, grid);
    }

    @Override
    public String titleKey() {
        return "nav.certificates";
    }
}
