package cn.gongguan.cooperation.ui;

import cn.gongguan.cooperation.SignedFile;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;

/**
 * Takes one file for a form (a signed agreement, a bulletin's attachment) and holds it until the form is saved; the
 * service decides whether it is acceptable, and its refusal shows here like at any field. The upload reads at most one
 * byte more than a file may have, so a larger one is refused without being read whole.
 */
class FileField extends Div implements HasValidation {

    final Upload upload = new Upload();
    private final Span label = new Span();
    private final Span hint = new Span();
    private final Span error = new Span();
    private SignedFile file;

    FileField(String labelKey) {
        addClassName("gg-file-field");
        label.setText(getTranslation(labelKey));
        label.addClassName("gg-file-label");
        hint.setText(getTranslation("cooperation.file.hint", SignedFile.MAX_BYTES / (1024 * 1024)));
        hint.addClassName("gg-muted");
        error.addClassName("gg-file-error");
        error.setVisible(false);
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(SignedFile.ACCEPTED);
        upload.setUploadHandler(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                byte[] bytes;
                try (InputStream in = event.getInputStream()) {
                    bytes = in.readNBytes(SignedFile.MAX_BYTES + 1);
                }
                String name = event.getFileName();
                event.getUI().accessSynchronously(() -> received(new SignedFile(name, bytes)));
            }

            @Override
            public long getFileSizeMax() {
                // one byte more than allowed, so that the service refuses a larger file in the user's language
                return SignedFile.MAX_BYTES + 1L;
            }
        });
        upload.setMaxFileSize(SignedFile.MAX_BYTES);
        String rejected = getTranslation("cooperation.file.rejected", SignedFile.MAX_BYTES / (1024 * 1024));
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.choose")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.drop")));
        texts.setError(new UploadI18N.Error().setFileIsTooBig(rejected).setIncorrectFileType(rejected)
                .setTooManyFiles(getTranslation("import.oneFile")));
        upload.setI18n(texts);
        // the browser refuses a larger file or another type before sending it: said here as the service would
        upload.addFileRejectedListener(e -> {
            setErrorMessage(rejected);
            setInvalid(true);
        });
        upload.addFileRemovedListener(e -> file = null);
        add(label, upload, hint, error);
    }

    /** Takes a file as if uploaded (the tests hand one in this way). */
    void received(SignedFile received) {
        file = received;
        setInvalid(false);
    }

    /** The file taken since the form opened, or null. */
    SignedFile file() {
        return file;
    }

    @Override
    public void setErrorMessage(String message) {
        error.setText(message == null ? "" : message);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }
}
