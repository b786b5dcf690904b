package cn.gongguan.police.ui;

import cn.gongguan.police.PoliceImport;
import cn.gongguan.uikit.Translations;
import cn.gongguan.workbook.ImportResult;
import cn.gongguan.workbook.ui.ImportDialog;

/** Imports one station's report for one month from the file the station sent, through the report template. */
class PoliceImportDialog extends ImportDialog {

    PoliceImportDialog(PoliceImport policeImport, Translations translations, String slot) {
        super(policeImport, translations, "police.import.title", "police.import.hint");
        setHeaderTitle(getTranslation("police.import.titleOf", slot));
    }

    @Override
    protected String summary(ImportResult done) {
        return getTranslation("police.import.done", done.added(), done.unchanged(), done.rejected());
    }
}
