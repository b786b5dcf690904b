package cn.gongguan.workbook.ui;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.Texts;
import cn.gongguan.uikit.Translations;
import cn.gongguan.workbook.ImportResult;
import cn.gongguan.workbook.WorkbookImport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletionException;

/**
 * Imports an Excel template: download the template, upload the filled file, watch the rows being read, get the
 * errors back. The upload is kept in a file (the server stops reading at the size limit) and imported on a thread of
 * its own, while the dialog polls for its progress: the app uses no server push. A feature's dialog says which
 * import it runs and how its outcome reads; the fields are public for the features' UI tests.
 */
public abstract class ImportDialog extends Dialog {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int POLL_MILLISECONDS = 500;

    public final Upload upload = new Upload();
    public final ProgressBar progress = new ProgressBar();
    public final Paragraph progressText = new Paragraph();
    public final Paragraph result = new Paragraph();
    public final Anchor errors = new Anchor();
    private final transient WorkbookImport<?> workbookImport;
    private final Translations translations;
    private Runnable onImported = () -> { };

    /** {@code titleKey} and {@code hintKey}: the translation keys of the title and of the hint above the template. */
    protected ImportDialog(WorkbookImport<?> workbookImport, Translations translations, String titleKey,
                           String hintKey) {
        this.workbookImport = workbookImport;
        this.translations = translations;
        setHeaderTitle(getTranslation(titleKey));
        setWidth("min(36rem, 100vw)");
        Anchor template = new Anchor((DownloadHandler) event -> {
            event.setFileName("import-template.xlsx");
            event.setContentType(XLSX);
            workbookImport.writeTemplate(this::getTranslation, event.getOutputStream());
        }, "");
        template.setId("import-template");
        template.add(new Button(getTranslation("import.template"), VaadinIcon.DOWNLOAD.create()));

        long maxBytes = workbookImport.maxBytes();
        upload.setUploadHandler(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) {
                received(event);
            }

            @Override
            public long getFileSizeMax() {
                return maxBytes;
            }
        });
        upload.setId("import-upload");
        if (workbookImport.acceptsCsv()) {
            upload.setAcceptedFileTypes(".xlsx", XLSX, ".csv", "text/csv");
        } else {
            upload.setAcceptedFileTypes(".xlsx", XLSX);
        }
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setMaxFiles(1);
        upload.setI18n(uploadTexts(maxBytes));

        progress.setId("import-progress");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progressText.setId("import-progress-text");
        progressText.setVisible(false);
        result.setId("import-result");
        result.setVisible(false);
        errors.setId("import-errors");
        errors.setVisible(false);
        add(new Paragraph(getTranslation(hintKey)), template, upload, progress, progressText, result, errors);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    /** On the upload's request (not the UI's thread): keeps the file, then starts the import in the background. */
    private void received(UploadEvent event) {
        UI ui = event.getUI();
        Path file;
        try {
            file = workbookImport.receive(event.getInputStream());
        } catch (InvalidInputException refusal) {
            event.reject(message(refusal));
            ui.access(() -> finished(ui, message(refusal), null));
            return;
        } catch (java.io.IOException e) {
            ui.access(() -> finished(ui, getTranslation("import.interrupted"), null));
            return;
        }
        Locale locale = ui.getLocale();
        Texts translate = (key, arguments) -> translations.getTranslation(key, locale, arguments);
        ui.access(() -> started(ui));
        workbookImport.start(file, translate, (read, total) -> ui.access(() -> showProgress(read, total)))
                .whenComplete((done, failure) -> ui.access(() -> {
                    if (failure == null) {
                        finished(ui, summary(done), done.errorWorkbook());
                        onImported.run();
                    } else {
                        finished(ui, failureMessage(failure), null);
                    }
                }));
    }

    private String failureMessage(Throwable failure) {
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        if (cause instanceof InvalidInputException refusal) {
            return message(refusal);
        }
        return getTranslation("import.interrupted"); // logged by the import, without the rows' data
    }

    private String message(InvalidInputException refusal) {
        return getTranslation(refusal.messageKey(), refusal.arguments());
    }

    private void started(UI ui) {
        ui.setPollInterval(POLL_MILLISECONDS);
        upload.setEnabled(false);
        result.setVisible(false);
        errors.setVisible(false);
        progress.setIndeterminate(true);
        progress.setVisible(true);
        progressText.setText(getTranslation("import.reading"));
        progressText.setVisible(true);
    }

    private void showProgress(int read, int total) {
        progress.setIndeterminate(false);
        progress.setValue(total == 0 ? 1 : (double) read / total);
        progressText.setText(getTranslation("import.progress", read, total));
    }

    /** Shows the outcome; in a notification too when the user closed the dialog meanwhile (the import went on). */
    private void finished(UI ui, String message, byte[] errorWorkbook) {
        ui.setPollInterval(-1);
        if (!isOpened()) {
            Notification.show(message, 10_000, Notification.Position.BOTTOM_END);
        }
        progress.setVisible(false);
        progressText.setVisible(false);
        upload.clearFileList();
        upload.setEnabled(true);
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

    private UploadI18N uploadTexts(long maxBytes) {
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.choose")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.drop")));
        texts.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("import.fileTooBig", maxBytes / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("import.failed")).setTooManyFiles(getTranslation("import.oneFile")));
        return texts;
    }

    /** The outcome of an import as the user reads it. */
    protected abstract String summary(ImportResult done);

    /** What to do after an import wrote rows: typically refresh the list behind the dialog. */
    public void setOnImported(Runnable onImported) {
        this.onImported = onImported;
    }
}
