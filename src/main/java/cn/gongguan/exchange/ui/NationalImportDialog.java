package cn.gongguan.exchange.ui;

import cn.gongguan.exchange.NationalImport;
import cn.gongguan.uikit.Translations;
import cn.gongguan.workbook.ImportResult;
import cn.gongguan.workbook.ui.ImportDialog;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

/** Imports a file of the national platform (XLSX or CSV): requests, replies and receipts. */
@SpringComponent
@Scope("prototype")
class NationalImportDialog extends ImportDialog {

    NationalImportDialog(NationalImport nationalImport, Translations translations) {
        super(nationalImport, translations, "national.import.title", "national.import.hint");
    }

    @Override
    protected String summary(ImportResult done) {
        return getTranslation("national.import.done", done.added(), done.updated(), done.unchanged(), done.rejected());
    }
}
