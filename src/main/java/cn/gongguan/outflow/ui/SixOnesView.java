package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.sixones.Completion;
import cn.gongguan.outflow.sixones.PersonProgress;
import cn.gongguan.outflow.sixones.SixOne;
import cn.gongguan.outflow.sixones.SixOnes;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * 六个一: how far the six ones are done for the persons away — per village and for the township (an officer: their
 * village), and the persons themselves, the least done first; a person opens their page.
 */
@Route("six-ones")
@RolesAllowed({Role.TOWNSHIP_ADMIN_NAME, Role.TOWNSHIP_STAFF_NAME, Role.VILLAGE_OFFICER_NAME,
        Role.GROUP_OFFICER_NAME})
@Menu(title = "nav.sixOnes", order = 7.6, icon = "vaadin:check-square-o")
public class SixOnesView extends VerticalLayout implements TranslatedTitle {

    final Grid<Completion> villages = new Grid<>();
    final Grid<PersonProgress> persons = new Grid<>();

    SixOnesView(SixOnes sixOnes, OrgUnits orgUnits) {
        addClassName("gg-page");
        Map<String, String> names = orgUnits.names();
        HorizontalLayout links = new HorizontalLayout(
                new Anchor(HealthServicesDueView.ROUTE, getTranslation("nav.servicesDue")),
                new Anchor(CertificatesView.ROUTE, getTranslation("nav.certificates")),
                new Anchor(AssociationsView.ROUTE, getTranslation("nav.associations")));
        links.setWrap(true);

        List<Completion> rows = new ArrayList<>(sixOnes.byVillage());
        Completion total = sixOnes.total();
        rows.add(total);
        villages.setId("six-ones-villages");
        villages.addColumn(c -> c == total ? getTranslation("sixOnes.total")
                : c.orgUnit() == null ? getTranslation("sixOnes.noVillage")
                : names.getOrDefault(c.orgUnit(), c.orgUnit())).setHeader(getTranslation("person.orgUnit"));
        villages.addColumn(Completion::away).setHeader(getTranslation("sixOnes.away"));
        villages.addColumn(c -> getTranslation("sixOnes.completeShare", String.valueOf(c.complete()),
                String.valueOf(c.percent()))).setHeader(getTranslation("sixOnes.complete"));
        Map<SixOne, ToLongFunction<Completion>> each = Map.of(SixOne.ARCHIVE, Completion::archive, SixOne.ADDRESS,
                Completion::address, SixOne.CONTRACT, Completion::contract, SixOne.CERTIFICATE,
                Completion::certificate, SixOne.HEALTH_SERVICE, Completion::service, SixOne.MEASURE,
                Completion::measure);
        for (SixOne one : SixOne.values()) {
            villages.addColumn(c -> each.get(one).applyAsLong(c))
                    .setHeader(getTranslation("sixOnes.short." + one.name()));
        }
        villages.getColumns().forEach(column -> column.setAutoWidth(true));
        villages.setAllRowsVisible(true);
        villages.setItems(rows);
        villages.setPartNameGenerator(c -> c == total ? "gg-total" : null);

        persons.setId("six-ones-persons");
        persons.addColumn(PersonProgress::name).setHeader(getTranslation("person.name"));
        persons.addColumn(p -> p.orgUnit() == null ? "" : names.getOrDefault(p.orgUnit(), p.orgUnit()))
                .setHeader(getTranslation("person.orgUnit"));
        persons.addColumn(p -> getTranslation("sixOnes.xOfSix", p.done())).setHeader(getTranslation("sixOnes.done"));
        persons.getColumns().forEach(column -> column.setAutoWidth(true));
        persons.setItems(query -> sixOnes.persons(null, query.getOffset(), query.getLimit()).stream());
        persons.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("persons/" + e.getItem().personId())));
        add(new H2(getTranslation("sixOnes.title", total.percent())), links, villages,
                new H3(getTranslation("sixOnes.persons")), persons);
    }

    @Override
    public String titleKey() {
        return "nav.sixOnes";
    }
}
