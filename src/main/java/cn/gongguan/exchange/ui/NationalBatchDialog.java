package cn.gongguan.exchange.ui;

import cn.gongguan.exchange.NationalBridge;
import cn.gongguan.exchange.NationalFormat;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.security.ReadReason;
import cn.gongguan.uikit.EnumSelect;
import cn.gongguan.uikit.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.function.IntConsumer;

/**
 * Exports the outbox as a new batch, or downloads a batch again: the file carries notes and answers in clear, so the
 * dialog says so and asks why, and the service opens them only for a stated reason (audited). The export or download
 * happens on the click; the file is then offered as a link.
 */
class NationalBatchDialog extends Dialog {

    final EnumSelect<ReadReason> reason = new EnumSelect<>("archive.reason", ReadReason.values());
    final EnumSelect<NationalFormat> format = new EnumSelect<>("national.format", NationalFormat.values());
    final Button go = new Button();
    final Anchor file = new Anchor();
    final Paragraph done = new Paragraph();
    private final transient NationalBridge bridge;
    private final FieldErrors errors = new FieldErrors(this);

    /**
     * @param batch    the batch to download again, or null to export what waits as a new batch
     * @param exported told the number of the batch just exported
     */
    NationalBatchDialog(NationalBridge bridge, Integer batch, int waiting, IntConsumer exported) {
        this.bridge = bridge;
        setHeaderTitle(batch == null ? getTranslation("national.export.title")
                : getTranslation("national.download.title", batch));
        setWidth("min(32rem, 100vw)");
        Paragraph notice = new Paragraph(batch == null ? getTranslation("national.export.notice", waiting)
                : getTranslation("national.download.notice"));
        notice.addClassName("gg-sensitive-notice");
        reason.setId("national-reason");
        reason.setWidthFull();
        format.setId("national-format");
        format.setValue(NationalFormat.XLSX);
        format.setWidthFull();
        errors.bind("reason", reason);
        done.setId("national-done");
        done.setVisible(false);
        file.setId("national-file");
        file.setVisible(false);
        go.setId("national-go");
        go.setText(getTranslation(batch == null ? "national.export.action" : "national.download.action"));
        go.setIcon(VaadinIcon.DOWNLOAD.create());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClickListener(e -> {
            errors.clear();
            try {
                int number = batch != null ? batch : bridge.export(reason.getValue()).number();
                if (batch == null) {
                    exported.accept(number);
                }
                offer(number);
            } catch (InvalidInputException refusal) {
                errors.show(refusal);
            }
        });
        add(notice, reason, format, done, file);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()), go);
    }

    /** Reads the batch's file for the reason (audited) and offers it; nothing more to do in the dialog. */
    private void offer(int number) {
        NationalFormat chosen = format.getValue();
        byte[] bytes = bridge.file(number, chosen, reason.getValue());
        file.removeAll();
        file.setHref((DownloadHandler) event -> {
            event.setFileName("national-batch-" + number + "." + chosen.extension());
            event.setContentType(chosen.contentType());
            event.getOutputStream().write(bytes);
        });
        file.add(new Button(getTranslation("national.download.file", number, chosen.extension().toUpperCase()),
                VaadinIcon.FILE_TABLE.create()));
        file.setVisible(true);
        done.setText(getTranslation("national.export.done", number));
        done.setVisible(true);
        go.setVisible(false);
        reason.setReadOnly(true);
        format.setReadOnly(true);
    }
}
