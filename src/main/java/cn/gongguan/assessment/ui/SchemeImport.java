package cn.gongguan.assessment.ui;

import cn.gongguan.assessment.AssessmentLimits;
import cn.gongguan.assessment.FileProblem;
import cn.gongguan.assessment.SchemeFileRefused;
import cn.gongguan.assessment.Schemes;
import cn.gongguan.assessment.Schemes.Version;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.uikit.TextFields;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Imports a scheme file (YAML) as the year's next version, with a note: a file with errors lists each with its line
 * and saves nothing; a file equal to the current version adds none.
 */
final class SchemeImport extends Div {

    /** Bytes read at most: the longest file's characters, each at most four bytes in UTF-8. */
    private static final int MOST_BYTES = Schemes.FILE_CHARACTERS * 4;

    final TextField note = TextFields.text(AssessmentLimits.NOTE, "scheme.import.note");
    final Upload upload = new Upload();
    final Paragraph result = new Paragraph();
    final UnorderedList problems = new UnorderedList();
    private final transient Schemes schemes;
    private final Consumer<Version> imported;
    private int year;
    private Integer basedOn;

    SchemeImport(Schemes schemes, Consumer<Version> imported) {
        this.schemes = schemes;
        this.imported = imported;
        setId("scheme-import");
        addClassName("gg-scheme-import");
        note.setId("scheme-import-note");
        note.setWidthFull();
        upload.setId("scheme-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MOST_BYTES);
        upload.setAcceptedFileTypes(".yaml", ".yml", "application/yaml", "text/yaml", "application/x-yaml");
        upload.setUploadHandler(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                received(event);
            }

            @Override
            public long getFileSizeMax() {
                return MOST_BYTES;
            }
        });
        result.setId("scheme-import-result");
        result.setVisible(false);
        problems.setId("scheme-import-problems");
        add(new H3(getTranslation("scheme.import")), new Paragraph(getTranslation("scheme.import.hint")), note,
                upload, result, problems);
    }

    /** Imports into this year, as the version after {@code basedOn}. */
    void into(int year, Integer basedOn) {
        this.year = year;
        this.basedOn = basedOn;
    }

    /** Forgets the last import's outcome, e.g. when another year is shown. */
    void clear() {
        result.setVisible(false);
        problems.removeAll();
    }

    /** On the upload's request: reads the file (no more than the longest one), then imports it in the UI's lock. */
    private void received(UploadEvent event) throws IOException {
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes(MOST_BYTES + 1);
        }
        String name = event.getFileName();
        UI ui = event.getUI();
        if (bytes.length > MOST_BYTES) {
            event.reject(getTranslation("assessment.file.tooLong", Schemes.FILE_CHARACTERS));
            ui.accessSynchronously(() -> refused(getTranslation("assessment.file.tooLong",
                    Schemes.FILE_CHARACTERS)));
            return;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        ui.accessSynchronously(() -> importFile(name, text));
    }

    void importFile(String name, String text) {
        problems.removeAll();
        upload.clearFileList();
        String typed = note.getValue().isBlank() ? null : note.getValue();
        try {
            Version version = schemes.importFile(year, basedOn, text,
                    typed == null ? defaultNote(name) : typed);
            note.clear();
            showResult(getTranslation("scheme.import.done", String.valueOf(version.version())));
            imported.accept(version);
        } catch (SchemeFileRefused refused) {
            refused(getTranslation("scheme.import.refused", refused.problems().size()));
            for (FileProblem problem : refused.problems()) {
                String message = getTranslation(problem.key(), problem.arguments());
                problems.add(new ListItem(problem.line() == 0 ? message
                        : getTranslation("scheme.import.line", String.valueOf(problem.line()), message)));
            }
        } catch (InvalidInputException refusal) {
            refused(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
    }

    private String defaultNote(String name) {
        String file = name == null ? "" : name.length() > 200 ? name.substring(0, 200) : name;
        return getTranslation("scheme.import.defaultNote", file);
    }

    private void refused(String message) {
        showResult(message);
        result.addClassName("gg-error");
    }

    private void showResult(String message) {
        result.removeClassName("gg-error");
        result.setText(message);
        result.setVisible(true);
    }
}
