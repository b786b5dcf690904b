package cn.gongguan.uikit;

import cn.gongguan.platform.history.Change;
import cn.gongguan.platform.history.Revision;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * The earlier versions of a record under its form, newest first: for each, who changed it and when (and why), and
 * what changed. One look for every kept history: the corrections of a landlord's report, the edits of a person or an
 * archive. Hidden while there is none.
 */
public class RevisionList extends Div {

    /** One earlier version: its heading and its lines. */
    public record Entry(String heading, List<String> lines) {
    }

    /** How a record's fields read in its history: a field's label, and a stored value as the user knows it. */
    public interface FieldText {

        String label(String field);

        String value(String field, String value);
    }

    private final String titleKey;

    public RevisionList(String id, String titleKey) {
        this.titleKey = titleKey;
        setId(id);
        setVisible(false);
    }

    public void show(List<Entry> entries) {
        removeAll();
        setVisible(!entries.isEmpty());
        if (entries.isEmpty()) {
            return;
        }
        add(new H3(getTranslation(titleKey)));
        for (Entry entry : entries) {
            Paragraph heading = new Paragraph(entry.heading());
            heading.addClassName("gg-muted");
            UnorderedList lines = new UnorderedList();
            lines.addClassName("gg-muted");
            entry.lines().forEach(line -> lines.add(new ListItem(line)));
            add(heading, lines);
        }
    }

    /** Shows the edits of a record: who, when, and each field changed from what to what. */
    public void showEdits(List<Revision> revisions, FieldText text) {
        show(revisions.stream().map(revision -> new Entry(
                getTranslation("history.entry", revision.revisedBy(), Formats.dateTime(revision.revisedAt(), getLocale())),
                revision.changes().stream().map(change -> line(change, text)).toList())).toList());
    }

    private String line(Change change, FieldText text) {
        return getTranslation("history.change", text.label(change.field()), value(change.field(), change.before(), text),
                value(change.field(), change.after(), text));
    }

    private String value(String field, String value, FieldText text) {
        return value == null ? getTranslation("history.blank") : text.value(field, value);
    }
}
