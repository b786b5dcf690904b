package cn.gongguan.assessment.ui;

import cn.gongguan.assessment.RankingReports;
import cn.gongguan.assessment.Scheme;
import cn.gongguan.assessment.Scorecard.Rating;
import cn.gongguan.assessment.Scorecards;
import cn.gongguan.assessment.Scorecards.Ranked;
import cn.gongguan.assessment.Scorecards.Ranking;
import cn.gongguan.assessment.YearState;
import cn.gongguan.platform.CountyTime;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.PrintPage;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The county's notice of the year's results (考核结果通报) on A4 paper, in the county's name: the issuing body, the
 * title, the scheme it was scored by and its thresholds, the ranking, the townships commended and criticised, the
 * date written as official documents write it. Until the year is approved the notice is marked as a draft. Opening
 * it to print is audited.
 */
@Route(value = NoticePrintView.ROUTE, autoLayout = false)
@RolesAllowed({Role.COUNTY_ADMIN_NAME, Role.COUNTY_GOVERNANCE_NAME})
public class NoticePrintView extends PrintPage implements BeforeEnterObserver {

    static final String ROUTE = "assessment/notice/:year";

    private final transient Scorecards scorecards;
    private final transient RankingReports reports;
    private final transient TenantRegistry tenants;
    private final transient Today today;

    NoticePrintView(Scorecards scorecards, RankingReports reports, TenantRegistry tenants, Today today) {
        this.scorecards = scorecards;
        this.reports = reports;
        this.tenants = tenants;
        this.today = today;
        document.addClassName("gg-notice");
    }

    static String route(int year) {
        return "assessment/notice/" + year;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        document.removeAll();
        Ranking ranking = event.getRouteParameters().get("year").flatMap(YearSelect::year)
                .map(scorecards::ranking).orElse(null);
        if (ranking == null || ranking.scheme().isEmpty()) {
            event.forwardTo(RankingView.class);
            return;
        }
        show(ranking);
        reports.reported(ranking.year(), ranking.state(), "notice printed");
    }

    private void show(Ranking ranking) {
        Scheme scheme = ranking.scheme().orElseThrow().scheme();
        String county = tenants.find(CurrentUser.get().tenant()).map(Tenant::name).orElse("");
        String issuer = getTranslation("assessment.notice.issuer", county);
        String year = String.valueOf(ranking.year());
        if (ranking.state() != YearState.LOCKED) {
            Div draft = new Div(getTranslation("assessment.notice.draft"));
            draft.setId("notice-draft");
            draft.addClassName("gg-notice-draft");
            document.add(draft);
        }
        Div head = new Div(issuer);
        head.addClassName("gg-notice-issuer");
        H1 title = new H1(titled(getTranslation("assessment.notice.title", year)));
        document.add(head, title, paragraph("gg-notice-salutation", getTranslation("assessment.notice.salutation")),
                paragraph("gg-notice-body", getTranslation("assessment.notice.intro", year,
                        ranking.scheme().orElseThrow().version(), issuer, plain(scheme.total()),
                        plain(scheme.commendFrom()), plain(scheme.criticiseBelow()))),
                paragraph("gg-notice-section", getTranslation("assessment.notice.ranking")), table(ranking),
                paragraph("gg-notice-section", getTranslation("assessment.notice.commended")),
                rated(ranking, Rating.COMMENDED, "notice-commended", "assessment.notice.commended.list",
                        "assessment.notice.commended.none"),
                paragraph("gg-notice-section", getTranslation("assessment.notice.criticised")),
                rated(ranking, Rating.CRITICISED, "notice-criticised", "assessment.notice.criticised.list",
                        "assessment.notice.criticised.none"),
                paragraph("gg-notice-body", getTranslation("assessment.notice.closing")));
        Paragraph date = new Paragraph(NoticeDates.format(dated(ranking), getLocale()));
        date.setId("notice-date");
        Div signature = new Div(new Paragraph(issuer), date);
        signature.addClassName("gg-notice-signature");
        document.add(signature);
    }

    /** An approved year's notice is dated the day of the approval (in the county); a draft today. */
    private LocalDate dated(Ranking ranking) {
        return ranking.approvedAt().map(approved -> LocalDate.ofInstant(approved, CountyTime.ZONE)).orElseGet(today::date);
    }

    private Paragraph rated(Ranking ranking, Rating rating, String id, String listKey, String noneKey) {
        List<String> names = ranking.townships().stream().filter(r -> r.card().rating() == rating)
                .map(r -> r.township().name()).toList();
        Paragraph paragraph = paragraph("gg-notice-body", names.isEmpty() ? getTranslation(noneKey)
                : getTranslation(listKey, names.stream().collect(Collectors.joining(
                        getTranslation("assessment.notice.separator"))), names.size()));
        paragraph.setId(id);
        return paragraph;
    }

    private NativeTable table(Ranking ranking) {
        NativeTable table = new NativeTable();
        table.setId("notice-ranking");
        table.addClassName("gg-notice-table");
        NativeTableRow header = table.getHead().addRow();
        for (String key : RankingWorkbook.RANKING_HEADERS) {
            header.addHeaderCell().setText(getTranslation(key));
        }
        for (Ranked ranked : ranking.townships()) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(String.valueOf(ranked.rank()));
            row.addHeaderCell().setText(ranked.township().name());
            row.addDataCell().setText(RankingTexts.points(ranked.card().score()));
            row.addDataCell().setText(RankingTexts.rating(this::getTranslation, ranked.card().rating()));
            row.addDataCell().setText(RankingTexts.change(this::getTranslation, ranked));
        }
        return table;
    }

    private static Paragraph paragraph(String className, String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName(className);
        return paragraph;
    }

    /** A threshold as the scheme states it: 100, 89.5 (not 100.00). */
    private static String plain(BigDecimal points) {
        return points.stripTrailingZeros().toPlainString();
    }
}
