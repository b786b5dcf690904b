package cn.gongguan.enterprise.ui;

import cn.gongguan.enterprise.StaffImport;
import cn.gongguan.uikit.Translations;
import cn.gongguan.workbook.ImportResult;
import cn.gongguan.workbook.ui.ImportDialog;

/** Imports an enterprise's staff list kept in Excel, through the staff list template. */
class StaffImportDialog extends ImportDialog {

    private final transient StaffImport staffImport;

    StaffImportDialog(StaffImport staffImport, Translations translations) {
        super(staffImport, translations, "enterprise.import.title", "enterprise.import.hint");
        this.staffImport = staffImport;
    }

    @Override
    protected String summary(ImportResult done) {
        return getTranslation("enterprise.import.done", done.added(), done.updated(), done.unchanged(),
                done.rejected(), staffImport.newcomers(), staffImport.certificatesAsked());
    }
}
