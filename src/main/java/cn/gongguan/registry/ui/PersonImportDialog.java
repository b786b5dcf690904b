package cn.gongguan.registry.ui;

import cn.gongguan.registry.PersonImport;
import cn.gongguan.uikit.Translations;
import cn.gongguan.workbook.ImportResult;
import cn.gongguan.workbook.ui.ImportDialog;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

/** Imports persons from the registry's Excel template. */
@SpringComponent
@Scope("prototype")
class PersonImportDialog extends ImportDialog {

    PersonImportDialog(PersonImport personImport, Translations translations) {
        super(personImport, translations, "import.title", "import.hint");
    }

    @Override
    protected String summary(ImportResult done) {
        return getTranslation("import.done", done.added(), done.unchanged(), done.rejected());
    }
}
