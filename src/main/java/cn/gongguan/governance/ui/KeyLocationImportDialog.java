package cn.gongguan.governance.ui;

import cn.gongguan.governance.KeyLocationImport;
import cn.gongguan.uikit.Translations;
import cn.gongguan.workbook.ImportResult;
import cn.gongguan.workbook.ui.ImportDialog;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

/** Imports a township's key locations kept in Excel, through the key-location template. */
@SpringComponent
@Scope("prototype")
class KeyLocationImportDialog extends ImportDialog {

    KeyLocationImportDialog(KeyLocationImport locationImport, Translations translations) {
        super(locationImport, translations, "keyLocation.import.title", "keyLocation.import.hint");
    }

    @Override
    protected String summary(ImportResult done) {
        return getTranslation("keyLocation.import.done", done.added(), done.updated(), done.unchanged(),
                done.rejected());
    }
}
