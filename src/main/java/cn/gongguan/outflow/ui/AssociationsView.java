package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.sixones.FpAssociation;
import cn.gongguan.outflow.sixones.FpAssociations;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The villages' family-planning associations (计生协会), the other party of the management contracts: the
 * township's administrator enters and corrects them; staff and officers read them.
 */
@Route(AssociationsView.ROUTE)
@RolesAllowed({Role.TOWNSHIP_ADMIN_NAME, Role.TOWNSHIP_STAFF_NAME, Role.VILLAGE_OFFICER_NAME,
        Role.GROUP_OFFICER_NAME})
@Menu(title = "nav.associations", order = 7.9, icon = "vaadin:group")
public class AssociationsView extends VerticalLayout implements TranslatedTitle {

    static final String ROUTE = "six-ones/associations";

    final Grid<FpAssociation> grid = new Grid<>();
    final Button add = new Button();
    private final transient FpAssociations associations;

    AssociationsView(FpAssociations associations, OrgUnits orgUnits, Today today) {
        this.associations = associations;
        addClassName("gg-page");
        Map<String, String> names = orgUnits.active().stream()
                .collect(Collectors.toMap(OrgUnit::getCode, OrgUnit::getName));
        add.setText(getTranslation("sixOnes.association.new"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("new-association");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(FpAssociations.mayKeep());
        add.addClickListener(e -> open(new AssociationDialog(associations, orgUnits, today)));
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.associations")), add);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        grid.setId("associations");
        grid.addColumn(a -> names.getOrDefault(a.getOrgUnit(), a.getOrgUnit()))
                .setHeader(getTranslation("person.orgUnit"));
        grid.addColumn(FpAssociation::getName).setHeader(getTranslation("sixOnes.association.name"));
        grid.addColumn(FpAssociation::getFoundedOn).setHeader(getTranslation("sixOnes.association.foundedOn"));
        grid.addColumn(FpAssociation::getChair).setHeader(getTranslation("sixOnes.association.chair"));
        grid.addColumn(FpAssociation::getPhone).setHeader(getTranslation("sixOnes.association.phone"));
        grid.getColumns().forEach(column -> column.setAutoWidth(true));
        if (FpAssociations.mayKeep()) {
            grid.addItemClickListener(e -> open(new AssociationDialog(associations, orgUnits, today)
                    .editing(e.getItem())));
        }
        add(header, grid);
        refresh();
    }

    private void open(AssociationDialog dialog) {
        dialog.addSavedListener(saved -> refresh());
        dialog.open();
    }

    private void refresh() {
        grid.setItems(associations.list());
    }

    @Override
    public String titleKey() {
        return "nav.associations";
    }
}
