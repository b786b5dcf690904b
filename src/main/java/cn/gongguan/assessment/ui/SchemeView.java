package cn.gongguan.assessment.ui;

import cn.gongguan.assessment.AssessmentAccess;
import cn.gongguan.assessment.Scorecards;
import cn.gongguan.assessment.Schemes;
import cn.gongguan.assessment.Schemes.Version;
import cn.gongguan.assessment.YearState;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.FieldErrors;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * The county's assessment scheme of a year (考核方案): its current version and the year's state, the editor (for the
 * county's administrator while the year is not locked; shown read-only otherwise), the versions with what each
 * changed, the file of a version to download and a file to import as the next version. A year without a scheme can
 * start from last year's. The year is picked here or given as {@code ?year=2027}.
 */
@Route(SchemeView.ROUTE)
@Menu(title = "nav.assessmentScheme", order = 29.9, icon = "vaadin:clipboard-text")
@RolesAllowed({Role.COUNTY_ADMIN_NAME, Role.COUNTY_GOVERNANCE_NAME})
public class SchemeView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    public static final String ROUTE = "assessment/scheme";

    final YearSelect year;
    final Paragraph facts = new Paragraph();
    final Span state = new Span();
    final Div empty = new Div();
    final Paragraph emptyText = new Paragraph();
    final Button fromLastYear = new Button();
    final Paragraph locked = new Paragraph();
    final SchemeEditor editor;
    final SchemeVersions versions;
    final SchemeImport importer;
    private final transient Schemes schemes;
    private final transient Scorecards scorecards;
    private final String county;
    private int shown;

    SchemeView(Schemes schemes, Scorecards scorecards, TenantRegistry tenants, Today today) {
        this.schemes = schemes;
        this.scorecards = scorecards;
        this.county = CurrentUser.find().flatMap(user -> tenants.find(user.tenant())).map(t -> t.name()).orElse("");
        addClassNames("gg-page", "gg-scheme");
        // last year, this year and next year
        year = new YearSelect("scheme-year", getTranslation("scheme.year"), today.date().getYear(), 1, 1);
        year.setItemLabelGenerator(value -> getTranslation("scheme.yearLabel", String.valueOf(value)));
        facts.setId("scheme-facts");
        facts.addClassName("gg-facts");
        state.setId("scheme-state");
        state.getElement().getThemeList().add("badge");
        empty.setId("scheme-empty");
        fromLastYear.setText(getTranslation("scheme.fromLastYear"));
        fromLastYear.setId("scheme-from-last-year");
        fromLastYear.addClickListener(e -> startFromLastYear());
        empty.add(emptyText, fromLastYear);
        locked.setId("scheme-locked");
        locked.addClassName("gg-form-problem");
        editor = new SchemeEditor(schemes, this::saved, () -> show(shown));
        versions = new SchemeVersions(this::file, this::fileName);
        importer = new SchemeImport(schemes, this::saved);
        Div head = new Div(year, state);
        head.addClassName("gg-scheme-head");
        add(new H2(getTranslation("nav.assessmentScheme")), head, facts, empty, locked, editor, versions, importer);
    }

    @Override
    public String titleKey() {
        return "nav.assessmentScheme";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(year.enter(event));
    }

    void show(int shownYear) {
        this.shown = shownYear;
        Optional<Version> current = schemes.current(shownYear);
        YearState yearState = scorecards.state(shownYear);
        boolean editable = AssessmentAccess.keepsScheme() && yearState != YearState.LOCKED;
        state.setText(getTranslation(yearState.labelKey()));
        facts.setText(current.map(version -> getTranslation("scheme.current", version.version(), version.savedBy(),
                        Formats.dateTime(version.savedAt(), getLocale()),
                        version.note() == null ? getTranslation("scheme.noNote") : version.note()))
                .orElse(""));
        facts.setVisible(current.isPresent());
        empty.setVisible(current.isEmpty());
        emptyText.setText(getTranslation("scheme.empty", String.valueOf(shownYear)));
        fromLastYear.setVisible(editable && current.isEmpty() && schemes.current(shownYear - 1).isPresent());
        locked.setText(getTranslation("scheme.locked", String.valueOf(shownYear)));
        locked.setVisible(yearState == YearState.LOCKED);
        editor.show(shownYear, current.map(Version::scheme).orElse(null), current.map(Version::version).orElse(null));
        editor.setEditable(editable);
        editor.setVisible(current.isPresent() || editable);
        versions.show(schemes.versions(shownYear));
        importer.into(shownYear, current.map(Version::version).orElse(null));
        importer.setVisible(editable);
    }

    private void saved(Version version) {
        Notification.show(getTranslation("scheme.saved", version.version()), 4000, Notification.Position.BOTTOM_END);
        show(version.year());
    }

    /** Copies last year's current scheme into this year as its first version. */
    private void startFromLastYear() {
        Optional<Version> last = schemes.current(shown - 1);
        if (last.isEmpty()) {
            show(shown);
            return;
        }
        try {
            saved(schemes.save(shown, null, last.get().scheme(),
                    getTranslation("scheme.fromLastYear.note", String.valueOf(shown - 1), last.get().version())));
        } catch (InvalidInputException refusal) {
            editor.notice.refuse(refusal, new FieldErrors(this), () -> show(shown));
        }
    }

    String file(Version version) {
        return schemes.export(version, getTranslation("scheme.file.title", county, String.valueOf(version.year()),
                        version.version()),
                measure -> getTranslation(measure.labelKey()));
    }

    String fileName(Version version) {
        return getTranslation("scheme.file.name", county, String.valueOf(version.year()), version.version());
    }
}
