package cn.gongguan.cooperation.ui;

import cn.gongguan.cooperation.Agreement;
import cn.gongguan.cooperation.AgreementFilter;
import cn.gongguan.cooperation.AgreementState;
import cn.gongguan.cooperation.Agreements;
import cn.gongguan.cooperation.CooperationAccess;
import cn.gongguan.exchange.Places;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.reference.Division;
import cn.gongguan.reference.Divisions;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.EnumSelect;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Regional cooperation (区域协作): the unit's agreements with other regions and, for the county, every township's too
 * — filtered by township, partner region and state. A row opens the agreement with its bulletins and meetings; the
 * unit's administrator records a new one.
 */
@Route(CooperationView.ROUTE)
@RolesAllowed({Role.COUNTY_ADMIN_NAME, Role.COUNTY_GOVERNANCE_NAME, Role.TOWNSHIP_ADMIN_NAME,
        Role.TOWNSHIP_STAFF_NAME})
@Menu(title = "nav.cooperation", order = 8.45, icon = "vaadin:handshake")
public class CooperationView extends VerticalLayout implements TranslatedTitle {

    static final String ROUTE = "cooperation";

    final Select<Tenant> township = new Select<>();
    final ComboBox<Division> partner = new ComboBox<>();
    final EnumSelect<AgreementState> state = new EnumSelect<>("cooperation.state", AgreementState.values())
            .withNone("cooperation.filter.any");
    final Button add = new Button();
    final Grid<Agreement> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    private final transient Agreements agreements;
    private final transient Places places;
    private final transient Today today;
    private final boolean county;

    CooperationView(Agreements agreements, Divisions divisions, Places places, Today today) {
        this.agreements = agreements;
        this.places = places;
        this.today = today;
        addClassName("gg-page");
        county = CooperationAccess.isCounty();
        List<Tenant> townships = agreements.townships();
        township.setId("cooperation-township");
        township.setLabel(getTranslation("cooperation.filter.township"));
        township.setItems(townships);
        township.setItemLabelGenerator(t -> t == null ? getTranslation("cooperation.filter.all") : t.name());
        township.setEmptySelectionCaption(getTranslation("cooperation.filter.all"));
        township.setEmptySelectionAllowed(true);
        township.setVisible(county);
        partner.setId("cooperation-partner");
        partner.setLabel(getTranslation("cooperation.filter.partner"));
        partner.setPlaceholder(getTranslation("cooperation.parties.placeholder"));
        partner.setItems(query -> divisions.search(query.getFilter().orElse("")).skip(query.getOffset())
                .limit(query.getLimit()));
        partner.setItemLabelGenerator(Division::fullName);
        partner.setClearButtonVisible(true);
        state.setId("cooperation-state");
        township.addValueChangeListener(e -> refresh());
        partner.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(township, partner, state);
        filters.addClassName("gg-filters");

        add.setId("cooperation-add");
        add.setText(getTranslation("cooperation.agreement.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(CooperationAccess.keeps());
        add.addClickListener(e -> {
            AgreementDialog dialog = new AgreementDialog(agreements, divisions);
            dialog.addSavedListener(saved -> open(saved.saved()));
            dialog.open();
        });

        grid.setId("cooperation-agreements");
        grid.addComponentColumn(this::titleCell).setHeader(getTranslation("cooperation.agreement"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::periodCell).setHeader(getTranslation("cooperation.agreement.period"))
                .setFlexGrow(0).setWidth("9.5rem");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> open(e.getItem()));
        empty.setId("cooperation-empty");
        empty.setText(getTranslation("cooperation.empty"));
        add(new H2(getTranslation("nav.cooperation")), new Paragraph(getTranslation(county
                ? "cooperation.intro.county" : "cooperation.intro")), filters, add, grid, empty);
        refresh();
    }

    private void refresh() {
        List<Agreement> shown = agreements.list(new AgreementFilter(
                township.getValue() == null ? null : township.getValue().code(),
                partner.getValue() == null ? null : partner.getValue().code(), state.getValue()));
        grid.setItems(shown);
        grid.setVisible(!shown.isEmpty());
        empty.setVisible(shown.isEmpty());
    }

    private Div titleCell(Agreement agreement) {
        Span title = new Span(agreement.title());
        title.addClassName("gg-coop-title");
        // the county's list names whose agreement it is: its own, or a township's
        Span parties = new Span((county ? places.name(agreement.owner().value()) + " ↔ " : "")
                + Parties.names(places, agreement.parties()));
        parties.addClassName("gg-muted");
        Div cell = new Div(title, parties);
        cell.addClassName("gg-coop-cell");
        return cell;
    }

    private Div periodCell(Agreement agreement) {
        Div cell = new Div(new Span(Formats.date(agreement.startsOn()) + " –"),
                new Span(Formats.date(agreement.endsOn())), StateBadge.of(agreement.state(today.date())));
        cell.addClassName("gg-coop-cell");
        return cell;
    }

    private void open(Agreement agreement) {
        getUI().ifPresent(ui -> ui.navigate(AgreementView.class,
                new RouteParameters(AgreementView.ID, String.valueOf(agreement.id()))));
    }

    @Override
    public String titleKey() {
        return "nav.cooperation";
    }
}
