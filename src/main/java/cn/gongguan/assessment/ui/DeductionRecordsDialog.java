package cn.gongguan.assessment.ui;

import cn.gongguan.assessment.DeductionRecords;
import cn.gongguan.assessment.DeductionRecords.Entry;
import cn.gongguan.assessment.Scorecard.Adjustment;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.util.List;

/**
 * The records behind a deduction or bonus: month, unit, reference, and for the township's own records what it may know
 * of each (masked as its lists mask them); a count where the records are out of the reader's reach (a residents'
 * committee's, or any for the county). The entries add up to the items counted, which the header says.
 */
class DeductionRecordsDialog extends Dialog {

    private static final String NONE = "—";

    final Grid<Entry> grid = new Grid<>();
    final Div total = new Div();

    DeductionRecordsDialog(Adjustment adjustment, List<Entry> entries) {
        setId("deduction-records");
        setWidth("min(64rem, 100vw)");
        setHeaderTitle(getTranslation("assessment.records.title", getTranslation(adjustment.item().labelKey())));
        total.setId("deduction-records-total");
        total.setText(getTranslation("assessment.records.total", DeductionRecords.count(entries),
                adjustment.items()));
        grid.setId("deduction-records-grid");
        grid.addColumn(entry -> entry.month().toString()).setKey("month")
                .setHeader(getTranslation("assessment.records.month")).setFlexGrow(0).setWidth("7rem");
        grid.addColumn(Entry::unit).setKey("unit").setHeader(getTranslation("assessment.records.unit"));
        grid.addColumn(entry -> entry.reference() == null ? NONE : entry.reference()).setKey("reference")
                .setHeader(getTranslation("assessment.records.reference")).setFlexGrow(2);
        if (entries.stream().anyMatch(entry -> entry.detail() != null)) {
            grid.addColumn(entry -> entry.detail() == null ? NONE : entry.detail()).setKey("detail")
                    .setHeader(getTranslation("assessment.records.detail")).setFlexGrow(3);
        }
        grid.addColumn(Entry::count).setKey("count").setHeader(getTranslation("assessment.records.count"))
                .setFlexGrow(0).setWidth("6rem");
        grid.setItems(entries);
        grid.setAllRowsVisible(entries.size() <= 20);
        add(total, grid);
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("deduction-records-close");
        getFooter().add(close);
    }
}
