package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.outflow.RecheckEntry;
import cn.gongguan.outflow.RecheckList;
import cn.gongguan.outflow.RecheckResult;
import cn.gongguan.outflow.Rechecks;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.reference.Divisions;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.FieldErrors;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * One unit's re-check list for a month, made for a phone (390 px): one card per person, those not marked yet first,
 * a big button per result; a search by name or ID number that says so when the person is not on the list; and the
 * outflows found meanwhile added to it. Another unit's list is refused: the officer is sent to the re-check page.
 */
@Route("recheck/:list")
@RolesAllowed({Role.TOWNSHIP_ADMIN_NAME, Role.TOWNSHIP_STAFF_NAME, Role.VILLAGE_OFFICER_NAME,
        Role.GROUP_OFFICER_NAME})
public class RecheckListView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    /** Cards shown at first and added by each "more". */
    static final int PAGE_SIZE = 50;

    final TextField search = new TextField();
    final Button discover = new Button();
    final Button more = new Button();
    final Div cards = new Div();
    private final H2 title = new H2();
    private final Paragraph facts = new Paragraph();
    private final FieldErrors searchErrors = new FieldErrors(this);
    private final transient Rechecks rechecks;
    private final transient Divisions divisions;
    private final transient OrgUnits orgUnits;
    private final transient Today today;
    private RecheckList list;
    private int pages;

    RecheckListView(Rechecks rechecks, OutflowTrips trips, Divisions divisions, OrgUnits orgUnits, Today today) {
        this.rechecks = rechecks;
        this.divisions = divisions;
        this.orgUnits = orgUnits;
        this.today = today;
        addClassNames("gg-page", "gg-recheck");
        facts.setId("recheck-facts");
        search.setPlaceholder(getTranslation("recheck.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("recheck-search");
        search.setWidthFull();
        search.addValueChangeListener(e -> reload());
        searchErrors.bind("search", search);
        discover.setText(getTranslation("recheck.discover"));
        discover.setIcon(VaadinIcon.PLUS.create());
        discover.setId("recheck-discover");
        discover.setWidthFull();
        discover.addClickListener(e -> {
            DiscoveryDialog dialog = new DiscoveryDialog(rechecks, list, trips, divisions, orgUnits, today);
            dialog.addSavedListener(saved -> {
                reload();
                Notification.show(getTranslation("recheck.discovered", saved.saved().getPerson().getName()));
            });
            dialog.open();
        });
        cards.setId("recheck-cards");
        cards.setWidthFull();
        more.setText(getTranslation("recheck.more"));
        more.setId("recheck-more");
        more.setWidthFull();
        more.addClickListener(e -> showPage(pages));
        Anchor back = new Anchor("recheck", getTranslation("recheck.back"));
        back.setId("recheck-back");
        // a group officer has no other list: the re-check page would bring them back here
        back.setVisible(CurrentUser.get().role() != Role.GROUP_OFFICER);
        add(back, title, facts, search, discover, cards, more);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            list = rechecks.list(event.getRouteParameters().getLong("list").orElseThrow());
        } catch (AccessDeniedException | java.util.NoSuchElementException e) {
            event.forwardTo(RecheckView.class);
            return;
        }
        title.setText(getTranslation("recheck.list.title",
                RecheckView.unitName(this, orgUnits.names(), list.getOrgUnitCode()), list.getMonth().toString()));
        discover.setVisible(open());
        reload();
    }

    private boolean open() {
        return list.getMonth().equals(today.month());
    }

    void reload() {
        searchErrors.clear();
        cards.removeAll();
        pages = 0;
        showFacts();
        showPage(0);
    }

    private void showFacts() {
        Rechecks.Progress progress = rechecks.progressOf(list.getId());
        facts.setText(getTranslation("recheck.list.facts", list.getDueOn().toString(), progress.marked(),
                progress.onList()) + (progress.late() ? " · " + getTranslation("recheck.late") : ""));
        facts.setClassName("gg-form-problem", progress.late());
        facts.setClassName("gg-facts", !progress.late());
    }

    private void showPage(int page) {
        List<RecheckEntry> entries;
        try {
            entries = rechecks.entries(list.getId(), search.getValue(), PageRequest.of(page, PAGE_SIZE));
        } catch (InvalidInputException refusal) {
            searchErrors.show(refusal);
            more.setVisible(false);
            return;
        }
        entries.forEach(entry -> cards.add(new RecheckCard(entry, divisions, open(), this::mark)));
        pages = page + 1;
        more.setVisible(entries.size() == PAGE_SIZE);
        if (page == 0 && entries.isEmpty()) {
            cards.add(new Paragraph(getTranslation("recheck.list.empty")));
        }
    }

    private void mark(RecheckCard card, RecheckResult result) {
        RecheckEntry entry = card.entry();
        if (result == RecheckResult.RETURNED) {
            ReturnDayDialog dialog = new ReturnDayDialog(rechecks, entry, card.note.getValue(), today);
            dialog.addSavedListener(saved -> marked(saved.saved()));
            dialog.open();
            return;
        }
        card.errors.clear();
        try {
            marked(rechecks.mark(list.getId(), entry.getPerson().getId(), entry.getVersion(), result,
                    card.note.getValue(), null));
        } catch (StaleEditException stale) {
            // marked by someone else since the card was shown: say who, and show the list as it is now
            reload();
            card.errors.show(stale);
        } catch (InvalidInputException refusal) {
            card.errors.show(refusal);
        }
    }

    private void marked(RecheckEntry entry) {
        Notification.show(getTranslation("recheck.markedAs", entry.getPerson().getName(),
                getTranslation(entry.getResult().labelKey())));
        reload();
    }

    @Override
    public String titleKey() {
        return "nav.recheck";
    }
}
