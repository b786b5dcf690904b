package cn.gongguan.registry.ui;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.Today;
import cn.gongguan.registry.PersonExport;
import cn.gongguan.registry.PersonFilter;
import cn.gongguan.uikit.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

/**
 * Before the registry list is downloaded: says how many persons it holds and, for more than the configured number,
 * asks why; the download stays disabled until the reason is one the service accepts, and its refusal (none given, too
 * long) shows at the field as it is typed. The service refuses such an export without one too.
 */
@SpringComponent
@Scope("prototype")
class ExportDialog extends Dialog {

    final Paragraph summary = new Paragraph();
    final TextArea reason = new TextArea();
    final Anchor download = new Anchor();
    final Button downloadButton = new Button();
    private final PersonExport export;
    private final Today today;
    /** The reason as typed, read by the download's own request. */
    private volatile String given = "";

    ExportDialog(PersonExport export, Today today) {
        this.export = export;
        this.today = today;
        setHeaderTitle(getTranslation("registry.export"));
        setWidth("min(32rem, 100vw)");
        summary.setId("export-summary");
        reason.setId("export-reason");
        reason.setLabel(getTranslation("export.reason"));
        reason.setHelperText(getTranslation("export.reason.helper"));
        reason.setMaxLength(PersonExport.REASON_LENGTH);
        reason.setWidthFull();
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        download.setId("export-download");
        downloadButton.setText(getTranslation("export.download"));
        downloadButton.setIcon(VaadinIcon.DOWNLOAD.create());
        downloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        download.add(downloadButton);
        add(summary, reason);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()), download);
    }

    /** Opens the dialog for the list as filtered now. */
    void open(PersonFilter filter) {
        int count = export.count(filter);
        boolean needsReason = export.needsReason(count);
        summary.setText(getTranslation(needsReason ? "export.summary.reason" : "export.summary", count));
        reason.setVisible(needsReason);
        reason.setRequiredIndicatorVisible(needsReason);
        // the service's own rule, asked as the reason is typed: refused at the field, no download until it is met
        FieldErrors errors = new FieldErrors(this).bind("reason", reason);
        reason.addValueChangeListener(e -> {
            given = e.getValue();
            errors.clear();
            try {
                export.reason(count, given);
                enableDownload(true);
            } catch (InvalidInputException refusal) {
                errors.show(refusal);
                enableDownload(false);
            }
        });
        enableDownload(!needsReason);
        download.setHref((DownloadHandler) event -> {
            event.setFileName("persons-" + today.date() + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            export.write(filter, given, this::getTranslation, event.getOutputStream());
        });
        open();
    }

    private void enableDownload(boolean enabled) {
        download.setEnabled(enabled);
        downloadButton.setEnabled(enabled);
    }
}
