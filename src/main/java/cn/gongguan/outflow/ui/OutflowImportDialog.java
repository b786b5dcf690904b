package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.OutflowImport;
import cn.gongguan.uikit.Translations;
import cn.gongguan.workbook.ImportResult;
import cn.gongguan.workbook.ui.ImportDialog;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

/** Imports an outflow list kept in Excel, through the outflow template. */
@SpringComponent
@Scope("prototype")
class OutflowImportDialog extends ImportDialog {

    OutflowImportDialog(OutflowImport outflowImport, Translations translations) {
        super(outflowImport, translations, "outflow.import.title", "outflow.import.hint");
    }

    @Override
    protected String summary(ImportResult done) {
        return getTranslation("outflow.import.done", done.added(), done.updated(), done.unchanged(), done.rejected());
    }
}
