package cn.gongguan.assessment.ui;

import cn.gongguan.assessment.Schemes.Version;
import cn.gongguan.assessment.ui.SchemeChanges.Change;
import cn.gongguan.uikit.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * The year's versions, newest first: who saved each, when and why; for the version picked, what it changed against
 * the one before and its file to download.
 */
final class SchemeVersions extends Div {

    final Grid<Version> grid = new Grid<>();
    final H3 changesTitle = new H3();
    final UnorderedList changes = new UnorderedList();
    final Anchor export = new Anchor();
    private final transient Function<Version, String> file;
    private final transient Function<Version, String> fileName;
    private List<Version> versions = List.of();

    /** {@code file} writes a version's file, {@code fileName} names it. */
    SchemeVersions(Function<Version, String> file, Function<Version, String> fileName) {
        this.file = file;
        this.fileName = fileName;
        setId("scheme-versions");
        addClassName("gg-scheme-versions");
        grid.setId("scheme-version-list");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(Version::version).setHeader(getTranslation("scheme.version")).setAutoWidth(true)
                .setFlexGrow(0).setKey("version");
        grid.addColumn(Version::savedBy).setHeader(getTranslation("scheme.savedBy")).setAutoWidth(true)
                .setKey("savedBy");
        grid.addColumn(version -> Formats.dateTime(version.savedAt(), getLocale()))
                .setHeader(getTranslation("scheme.savedAt")).setAutoWidth(true).setKey("savedAt");
        grid.addColumn(version -> version.note() == null ? "" : version.note())
                .setHeader(getTranslation("scheme.versionNote")).setFlexGrow(1).setKey("note");
        grid.addSelectionListener(e -> pick(e.getFirstSelectedItem().orElse(null)));
        changesTitle.setId("scheme-changes-title");
        changes.setId("scheme-changes");
        export.setId("scheme-export");
        export.getElement().setAttribute("download", true);
        add(new H3(getTranslation("scheme.versions")), grid, changesTitle, changes, export);
    }

    /** Shows the versions, newest first, the newest picked. */
    void show(List<Version> versions) {
        this.versions = versions;
        grid.setItems(versions);
        setVisible(!versions.isEmpty());
        if (versions.isEmpty()) {
            pick(null);
        } else {
            grid.select(versions.getFirst());
        }
    }

    /** The version picked, whose changes and file are shown. */
    void pick(Version version) {
        changes.removeAll();
        changesTitle.setVisible(version != null);
        export.setVisible(version != null);
        if (version == null) {
            return;
        }
        changesTitle.setText(getTranslation("scheme.changes", String.valueOf(version.version())));
        Version before = versions.stream().filter(v -> v.version() == version.version() - 1).findFirst()
                .orElse(null);
        List<Change> list = SchemeChanges.between(before == null ? null : before.scheme(), version.scheme());
        if (list.isEmpty()) {
            changes.add(new ListItem(getTranslation("scheme.change.none")));
        }
        list.forEach(change -> changes.add(new ListItem(describe(change))));
        export.removeAll();
        export.add(VaadinIcon.DOWNLOAD.create(), new Paragraph(getTranslation("scheme.export", String.valueOf(version.version()))));
        export.setHref((DownloadHandler) event -> {
            event.setFileName(fileName.apply(version));
            event.setContentType("application/yaml");
            event.getOutputStream().write(file.apply(version).getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A change in words: what it concerns (the indicator, or the rule by kind, item and indicator), before, after. */
    private String describe(Change change) {
        String subject = change.measure() == null ? "" : getTranslation(change.measure().labelKey());
        if (change.kind() != null) {
            subject = getTranslation("scheme.change.rule", getTranslation(change.kind().labelKey()), subject)
                    + (change.from() == null ? ""
                    : getTranslation("scheme.change.ruleFrom", getTranslation(change.from().labelKey())));
        }
        return getTranslation("scheme.change." + change.what().name(), subject, change.before(), change.after());
    }
}
