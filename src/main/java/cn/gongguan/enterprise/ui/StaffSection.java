package cn.gongguan.enterprise.ui;

import cn.gongguan.enterprise.Enterprise;
import cn.gongguan.enterprise.EnterpriseStaff;
import cn.gongguan.enterprise.StaffEntry;
import cn.gongguan.enterprise.StaffImports;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.Translations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.springframework.context.annotation.Scope;

/**
 * An enterprise's staff list: who is on the payroll (and, asked for, who left), each linked to their registry page
 * with where their follow-up stands; the list is imported from the enterprise's Excel file.
 */
@SpringComponent
@Scope("prototype")
class StaffSection extends Div {

    private static final int WHOLE_LIST = 20;

    final Button importList = new Button();
    final Checkbox withLeft = new Checkbox();
    final Paragraph summary = new Paragraph();
    final Grid<StaffEntry> grid = new Grid<>();
    private final transient EnterpriseStaff staff;
    private transient Enterprise enterprise;
    private Runnable onImported = () -> { };

    StaffSection(EnterpriseStaff staff, StaffImports imports, Translations translations) {
        this.staff = staff;
        setWidthFull();
        importList.setText(getTranslation("enterprise.import.title"));
        importList.setIcon(VaadinIcon.UPLOAD.create());
        importList.setId("import-staff");
        importList.addClickListener(e -> {
            StaffImportDialog dialog = new StaffImportDialog(imports.forEnterprise(enterprise.getId()), translations);
            dialog.setOnImported(() -> {
                refresh();
                onImported.run();
            });
            dialog.open();
        });
        withLeft.setLabel(getTranslation("enterprise.staff.withLeft"));
        withLeft.setId("staff-with-left");
        withLeft.addValueChangeListener(e -> refresh());
        HorizontalLayout header = new HorizontalLayout(new H3(getTranslation("enterprise.staff")), importList,
                withLeft);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        summary.setId("staff-summary");
        summary.addClassName("gg-facts");

        grid.setId("staff");

        grid.addComponentColumn(entry -> new Anchor("persons/" + entry.member().getPerson().getId(),
                entry.member().getPerson().getName())).setHeader(getTranslation("person.name"));
        grid.addColumn(entry -> entry.member().getPerson().getIdNumber().masked())
                .setHeader(getTranslation("person.idNumber"));
        grid.addColumn(entry -> getTranslation(entry.member().getPerson().getSex().labelKey()))
                .setHeader(getTranslation("person.sex"));
        grid.addColumn(entry -> entry.member().getJob()).setHeader(getTranslation("enterprise.staff.job"));
        grid.addColumn(entry -> Formats.date(entry.member().getHiredOn()))
                .setHeader(getTranslation("enterprise.staff.hiredOn"));
        grid.addColumn(entry -> Formats.date(entry.member().getLeftOn()))
                .setHeader(getTranslation("enterprise.staff.leftOn"));
        grid.addComponentColumn(this::state).setHeader(getTranslation("enterprise.staff.state")).setKey("state");
        grid.getColumns().forEach(c -> c.setAutoWidth(true));
        add(header, summary, grid);
    }

    /** Where the person's follow-up stands: to visit, certificate to check, or done. */
    private Span state(StaffEntry entry) {
        String key = entry.checked() ? "enterprise.staff.state.checked"
                : !entry.certificateMissing() ? "enterprise.staff.state.toVisit"
                : entry.visited() ? "enterprise.staff.state.certificate"
                : "enterprise.staff.state.toVisitAndCertificate";
        Span badge = new Span(getTranslation(key));
        badge.getElement().setAttribute("theme", "badge small" + (entry.checked() ? " success" : " contrast"));
        return badge;
    }

    void show(Enterprise shown) {
        enterprise = shown;
        grid.setItems(query -> staff.list(enterprise.getId(), withLeft.getValue(), query.getOffset(),
                query.getLimit()).stream(), query -> staff.count(enterprise.getId(), withLeft.getValue()));
        refresh();
    }

    void onImported(Runnable then) {
        this.onImported = then;
    }

    private void refresh() {
        List<StaffEntry> current = staff.current(enterprise.getId());
        long toVisit = current.stream().filter(e -> !e.visited()).count();
        long certificates = current.stream().filter(StaffEntry::certificateMissing).count();
        summary.setText(getTranslation("enterprise.staff.summary", current.size(), toVisit, certificates));
        // a short list shows whole; a long one scrolls in a box, paging from the database
        boolean whole = staff.count(enterprise.getId(), withLeft.getValue()) <= WHOLE_LIST;
        grid.setAllRowsVisible(whole);
        grid.setHeight(whole ? null : "28rem");
        grid.getDataProvider().refreshAll();
    }
}
