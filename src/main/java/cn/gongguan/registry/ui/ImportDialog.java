package cn.gongguan.registry.ui;

import cn.gongguan.registry.ImportResult;
import cn.gongguan.registry.PersonImport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.springframework.context.annotation.Scope;

/** Imports persons from the Excel template: download the template, upload the filled file, get the errors back. */
@SpringComponent
@Scope("prototype")
class ImportDialog extends Dialog {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final Paragraph result = new Paragraph();
    final Anchor errors = new Anchor();
    private Runnable onImported = () -> { };

    ImportDialog(PersonImport personImport) {
        setHeaderTitle(getTranslation("import.title"));
        setWidth("min(36rem, 100vw)");
        Anchor template = new Anchor((DownloadHandler) event -> {
            event.setFileName("import-template.xlsx");
            event.setContentType(XLSX);
            personImport.writeTemplate(this::getTranslation, event.getOutputStream());
        }, "");
        template.setId("import-template");
        template.add(new Button(getTranslation("import.template"), VaadinIcon.DOWNLOAD.create()));

        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            ImportResult done;
            try {
                done = personImport.importFrom(new ByteArrayInputStream(bytes), this::getTranslation);
            } catch (IOException | UnsupportedFileFormatException | EmptyFileException unreadable) {
                getUI().ifPresent(ui -> ui.access(() -> {
                    show(getTranslation("import.failed"), null);
                    upload.clearFileList();
                }));
                return;
            }
            getUI().ifPresent(ui -> ui.access(() -> {
                show(getTranslation("import.done", done.imported(), done.alreadyRegistered(), done.rejected()),
                        done.errorWorkbook());
                upload.clearFileList();
                onImported.run();
            }));
        }));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".xlsx", XLSX);
        upload.setMaxFileSize(20 * 1024 * 1024);
        upload.setMaxFiles(1);
        upload.setI18n(uploadTexts());

        result.setId("import-result");
        result.setVisible(false);
        errors.setId("import-errors");
        errors.setVisible(false);
        add(new Paragraph(getTranslation("import.hint")), template, upload, result, errors);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private UploadI18N uploadTexts() {
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.choose")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.drop")));
        texts.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("import.tooBig"))
                .setIncorrectFileType(getTranslation("import.failed")).setTooManyFiles(getTranslation("import.oneFile")));
        return texts;
    }

    void setOnImported(Runnable onImported) {
        this.onImported = onImported;
    }

    private void show(String message, byte[] errorWorkbook) {
        result.setText(message);
        result.setVisible(true);
        errors.removeAll();
        errors.setVisible(errorWorkbook != null);
        if (errorWorkbook != null) {
            errors.setHref((DownloadHandler) event -> {
                event.setFileName("import-errors.xlsx");
                event.setContentType(XLSX);
                event.getOutputStream().write(errorWorkbook);
            });
            errors.add(new Button(getTranslation("import.downloadErrors"), VaadinIcon.WARNING.create()));
        }
    }
}
