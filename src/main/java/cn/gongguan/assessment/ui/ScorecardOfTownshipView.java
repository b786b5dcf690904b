package cn.gongguan.assessment.ui;

import cn.gongguan.assessment.Closing;
import cn.gongguan.assessment.DeductionRecords;
import cn.gongguan.assessment.Scorecards;
import cn.gongguan.assessment.Scorecards.Ranked;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantKind;
import cn.gongguan.platform.Today;
import cn.gongguan.security.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * One township's scorecard as the county sees it ({@code assessment/township/621227100?year=2026}, linked from the
 * ranking): the same scorecard, the deductions opening references only (no personal content), and the township's
 * objections with their state. A code not of the county's townships shows nothing of anyone.
 */
@Route(ScorecardOfTownshipView.ROUTE)
@RolesAllowed({Role.COUNTY_ADMIN_NAME, Role.COUNTY_GOVERNANCE_NAME})
public class ScorecardOfTownshipView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CODE = "code";
    public static final String ROUTE = "assessment/township/:" + CODE;

    final H2 title = new H2();
    final YearSelect year;
    final Div content = new Div();
    private final transient Scorecards scorecards;
    private final transient Closing closing;
    private final transient DeductionRecords records;
    private TenantCode township;

    ScorecardOfTownshipView(Scorecards scorecards, Closing closing, DeductionRecords records, Today today) {
        this.scorecards = scorecards;
        this.closing = closing;
        this.records = records;
        addClassName("gg-page");
        year = ScorecardPanel.years(getTranslation("assessment.card.year"), today);
        add(title, year, content);
    }

    /** The route's link for a township and year. */
    public static String link(TenantCode township, int year) {
        return YearSelect.link("assessment/township/" + township.value(), year);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        township = event.getRouteParameters().get(CODE).filter(TenantCode::isValid).map(TenantCode::of)
                .filter(code -> code.kind() == TenantKind.TOWNSHIP).orElse(null);
        year.enter(event);
        show();
    }

    private void show() {
        // a year without this township's scorecard names neither it nor a year
        title.setText(getTranslation("assessment.township.title"));
        content.removeAll();
        int shown = year.getValue();
        Optional<Ranked> card = card(shown);
        if (card.isEmpty()) {
            content.add(ScorecardPanel.none(getTranslation(township == null ? "assessment.township.unknown"
                    : "assessment.card.noScheme", String.valueOf(shown))));
            return;
        }
        title.setText(getTranslation("assessment.township.of", card.get().township().name(), String.valueOf(shown)));
        List<Closing.Objection> objections = closing.objections(shown).stream()
                .filter(objection -> objection.township().equals(township)).toList();
        content.add(new ScorecardPanel(card.get(), scorecards.state(shown), objections,
                adjustment -> new DeductionRecordsDialog(adjustment,
                        records.references(township, shown, adjustment.item())).open(),
                adjustment -> List.of()));
    }

    /** The township's scorecard, if it is one of the county's and the year has a scheme. */
    private Optional<Ranked> card(int shown) {
        if (township == null) {
            return Optional.empty();
        }
        try {
            return scorecards.of(township, shown);
        } catch (AccessDeniedException notOurs) {
            township = null;
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.township.title") + " · " + getTranslation("app.name");
    }
}
