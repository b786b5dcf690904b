package cn.gongguan.assessment.ui;

import cn.gongguan.assessment.Closing;
import cn.gongguan.assessment.Closing.Confirmation;
import cn.gongguan.assessment.Closing.Objection;
import cn.gongguan.assessment.RankingReports;
import cn.gongguan.assessment.Scorecards;
import cn.gongguan.assessment.Scorecards.Ranked;
import cn.gongguan.assessment.Scorecards.Ranking;
import cn.gongguan.assessment.YearState;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.FieldErrors;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The county's year-end assessment (年终考核): the year's ranking of its townships (best first, with the change
 * against last year and where each township stands in the closing), each opening the township's scorecard; the
 * closing of the year (open it to the townships' review, decide their objections, approve and lock it, reopen it with
 * a reason); and the outputs (the workbook of the ranking and scorecards, the printed notice).
 */
@Route(RankingView.ROUTE)
@RolesAllowed({Role.COUNTY_ADMIN_NAME, Role.COUNTY_GOVERNANCE_NAME})
@Menu(title = "assessment.ranking.title", order = 2.5, icon = "vaadin:trophy")
public class RankingView extends VerticalLayout implements TranslatedTitle, BeforeEnterObserver {

    public static final String ROUTE = "assessment";
    final YearSelect year;
    final Span state = new Span();
    final Span scheme = new Span();
    final Button openReview = new Button();
    final Button approve = new Button();
    final Button reopen = new Button();
    final Anchor export = new Anchor();
    final Anchor notice = new Anchor();
    final Div empty = new Div();
    final Grid<Ranked> grid = new Grid<>();
    final H3 objectionsTitle = new H3();
    final Grid<Objection> objections = new Grid<>();
    private final FieldErrors errors = new FieldErrors(this);
    private final transient Scorecards scorecards;
    private final transient Closing closing;
    private final transient RankingReports reports;
    private Ranking ranking;
    private Map<TenantCode, String> names = Map.of();
    private Map<TenantCode, Confirmation> confirmations = Map.of();
    private Map<TenantCode, Long> open = Map.of();

    RankingView(Scorecards scorecards, Closing closing, RankingReports reports, Today today) {
        this.scorecards = scorecards;
        this.closing = closing;
        this.reports = reports;
        addClassName("gg-page");
        // five years back, and next year's to prepare
        year = new YearSelect("ranking-year", getTranslation("assessment.ranking.year"), today.date().getYear(), 5, 1);
        year.setItemLabelGenerator(y -> getTranslation("assessment.ranking.yearLabel", String.valueOf(y)));
        errors.bind(Closing.YEAR, year);
        state.setId("ranking-state");
        state.getElement().getThemeList().add("badge");
        scheme.setId("ranking-scheme");
        FlexLayout heading = row(year, state, scheme);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);

        openReview.setId("ranking-open-review");
        openReview.setText(getTranslation("assessment.ranking.openReview"));
        openReview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        openReview.addClickListener(e -> confirm("assessment.ranking.openReview",
                "assessment.ranking.openReview.confirm", () -> closing.openReview(shownYear())));
        approve.setId("ranking-approve");
        approve.setText(getTranslation("assessment.ranking.approve"));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(e -> confirm("assessment.ranking.approve", "assessment.ranking.approve.confirm",
                () -> closing.approve(shownYear())));
        reopen.setId("ranking-reopen");
        reopen.setText(getTranslation("assessment.ranking.reopen"));
        reopen.addClickListener(e -> {
            RankingReopenDialog dialog = new RankingReopenDialog(closing, shownYear());
            dialog.addSavedListener(saved -> show(saved.saved()));
            dialog.open();
        });
        export.setId("ranking-export");
        export.add(new Button(getTranslation("assessment.ranking.export"), VaadinIcon.DOWNLOAD.create()));
        export.setHref((DownloadHandler) event -> {
            Ranking shown = ranking;
            event.setFileName("assessment-" + shown.year() + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            reports.reported(shown.year(), shown.state(), "exported");
            new RankingWorkbook(this::getTranslation).write(shown, event.getOutputStream());
        });
        notice.setId("ranking-notice");
        notice.setTarget(AnchorTarget.BLANK);
        notice.add(new Button(getTranslation("assessment.ranking.notice"), VaadinIcon.PRINT.create()));

        empty.setId("ranking-empty");
        empty.add(new Paragraph(getTranslation("assessment.ranking.empty")),
                new Anchor("assessment/scheme", getTranslation("assessment.ranking.empty.scheme")));

        grid.setId("ranking-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(Ranked::rank).setHeader(getTranslation("assessment.ranking.rank")).setWidth("5em")
                .setFlexGrow(0);
        grid.addComponentColumn(r -> new Anchor(scorecardRoute(r), r.township().name()))
                .setHeader(getTranslation("assessment.ranking.township")).setKey("township").setAutoWidth(true);
        grid.addColumn(r -> RankingTexts.points(r.card().score())).setHeader(getTranslation("assessment.ranking.score"))
                .setKey("score").setWidth("7em").setFlexGrow(0);
        grid.addComponentColumn(this::ratingBadge).setHeader(getTranslation("assessment.ranking.rating"))
                .setKey("rating").setWidth("7em").setFlexGrow(0);
        grid.addColumn(r -> RankingTexts.change(this::getTranslation, r))
                .setHeader(getTranslation("assessment.ranking.change")).setKey("change").setWidth("7em")
                .setFlexGrow(0);
        grid.addColumn(this::confirmation).setHeader(getTranslation("assessment.ranking.confirmation"))
                .setKey("confirmation").setAutoWidth(true);

        objectionsTitle.setText(getTranslation("assessment.ranking.objections"));
        objections.setId("ranking-objections");
        objections.setAllRowsVisible(true);
        objections.addColumn(o -> names.getOrDefault(o.township(), o.township().value()))
                .setHeader(getTranslation("assessment.ranking.township")).setKey("township").setAutoWidth(true);
        objections.addColumn(o -> getTranslation(o.item().labelKey()))
                .setHeader(getTranslation("assessment.ranking.objection.item")).setKey("item").setAutoWidth(true);
        objections.addColumn(o -> RankingTexts.points(o.deducted()))
                .setHeader(getTranslation("assessment.ranking.objection.deducted")).setKey("deducted")
                .setWidth("6em").setFlexGrow(0);
        objections.addColumn(Objection::reason).setHeader(getTranslation("assessment.ranking.objection.reason"))
                .setKey("reason").setFlexGrow(2);
        objections.addColumn(o -> o.raisedBy() + " · " + Formats.dateTime(o.raisedAt(), getLocale()))
                .setHeader(getTranslation("assessment.ranking.objection.raised")).setAutoWidth(true);
        objections.addColumn(this::decision).setHeader(getTranslation("assessment.ranking.objection.decision"))
                .setKey("decision").setFlexGrow(2);
        objections.addComponentColumn(this::decideButton).setKey("decide").setAutoWidth(true);

        add(heading, row(openReview, approve, reopen, export, notice), empty, grid, objectionsTitle, objections);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(year.enter(event));
    }

    /** The route of a township's scorecard in the year shown. */
    String scorecardRoute(Ranked ranked) {
        return ScorecardOfTownshipView.link(ranked.township().code(), shownYear());
    }

    private void show(int shownYear) {
        errors.clear();
        ranking = scorecards.ranking(shownYear);
        names = ranking.townships().stream().collect(Collectors.toMap(r -> r.township().code(),
                r -> r.township().name()));
        boolean schemed = ranking.scheme().isPresent();
        YearState now = ranking.state();
        state.setText(getTranslation(now.labelKey()));
        state.getElement().getThemeList().set("success", now == YearState.LOCKED);
        scheme.setText(ranking.scheme().map(v -> getTranslation("assessment.ranking.scheme", v.version()))
                .orElse(""));
        List<Objection> raised = schemed ? closing.objections(shownYear) : List.of();
        confirmations = schemed ? closing.confirmations(shownYear).stream()
                .collect(Collectors.toMap(Confirmation::township, Function.identity())) : Map.of();
        open = raised.stream().filter(Objection::isOpen)
                .collect(Collectors.groupingBy(Objection::township, Collectors.counting()));
        empty.setVisible(!schemed);
        grid.setVisible(schemed);
        grid.setItems(ranking.townships());
        openReview.setVisible(schemed && now == YearState.OPEN);
        approve.setVisible(schemed && now == YearState.REVIEW);
        reopen.setVisible(schemed && now == YearState.LOCKED);
        export.setVisible(schemed);
        notice.setVisible(schemed);
        notice.setHref(NoticePrintView.route(shownYear));
        objectionsTitle.setVisible(!raised.isEmpty());
        objections.setVisible(!raised.isEmpty());
        objections.setItems(raised);
    }

    private int shownYear() {
        return ranking.year();
    }

    private Component ratingBadge(Ranked ranked) {
        Span badge = new Span(RankingTexts.rating(this::getTranslation, ranked.card().rating()));
        if (!badge.getText().isEmpty()) {
            badge.getElement().getThemeList().add(RankingTexts.ratingTheme(ranked.card().rating()));
        }
        return badge;
    }

    /** Where the township stands in the closing: objections waiting, confirmed with its score, or not yet. */
    private String confirmation(Ranked ranked) {
        if (ranking.state() == YearState.OPEN) {
            return "";
        }
        TenantCode code = ranked.township().code();
        if (open.containsKey(code)) {
            return getTranslation("assessment.ranking.confirmation.objections", open.get(code));
        }
        Confirmation done = confirmations.get(code);
        return done == null ? getTranslation("assessment.ranking.confirmation.none")
                : getTranslation("assessment.ranking.confirmation.confirmed", RankingTexts.points(done.score()));
    }

    private String decision(Objection objection) {
        if (objection.isOpen()) {
            return getTranslation("assessment.ranking.objection.open");
        }
        String decided = getTranslation(objection.decision().labelKey())
                + (objection.restored() == null ? "" : getTranslation("assessment.ranking.objection.restored",
                RankingTexts.points(objection.restored())));
        return decided + "：" + objection.decisionReason() + "（" + objection.decidedBy() + " · "
                + Formats.dateTime(objection.decidedAt(), getLocale()) + "）";
    }

    private Component decideButton(Objection objection) {
        Button decide = new Button(getTranslation("assessment.ranking.objection.decide"));
        decide.addThemeVariants(ButtonVariant.LUMO_SMALL);
        decide.setVisible(objection.isOpen() && ranking.state() == YearState.REVIEW);
        decide.addClickListener(e -> {
            ObjectionDialog dialog = new ObjectionDialog(closing, objection,
                    names.getOrDefault(objection.township(), objection.township().value()));
            dialog.addSavedListener(saved -> show(shownYear()));
            dialog.open();
        });
        return decide;
    }

    /** Asks before a step of the closing; a refusal shows at the year, the page shows the year as it is then. */
    private void confirm(String headerKey, String textKey, Runnable step) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation(headerKey));
        confirm.setText(getTranslation(textKey, String.valueOf(shownYear())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation(headerKey));
        confirm.addConfirmListener(e -> {
            try {
                step.run();
                show(shownYear());
            } catch (InvalidInputException refusal) {
                errors.show(refusal);
            }
        });
        confirm.open();
    }

    private static FlexLayout row(Component... components) {
        FlexLayout row = new FlexLayout(components);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        return row;
    }

    @Override
    public String titleKey() {
        return "assessment.ranking.title";
    }
}
