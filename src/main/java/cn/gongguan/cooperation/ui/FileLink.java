package cn.gongguan.cooperation.ui;

import cn.gongguan.cooperation.Agreement;
import cn.gongguan.cooperation.CooperationFiles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;

/** A link that downloads a stored file; every download goes through the service, which audits it. */
final class FileLink {

    private FileLink() {
    }

    static Anchor of(CooperationFiles files, Agreement.FileInfo file) {
        Anchor link = new Anchor();
        link.add(VaadinIcon.FILE_TEXT_O.create());
        link.add(" " + file.name() + " (" + Math.max(1, (file.size() + 1023) / 1024) + " KB)");
        link.addClassName("gg-coop-file");
        link.setHref((DownloadHandler) event -> {
            CooperationFiles.Download download = files.download(file.id());
            event.setFileName(download.name());
            event.setContentType(download.contentType());
            event.getOutputStream().write(download.bytes());
        });
        return link;
    }
}
