package cn.gongguan.fivestep.ui;

import cn.gongguan.fivestep.Archive;
import cn.gongguan.fivestep.Archives;
import cn.gongguan.registry.Person;
import cn.gongguan.uikit.FormDialog;

/** The archive form of the five steps for other features' pages (the six ones' archive), so none writes a second. */
public final class ArchiveForms {

    private ArchiveForms() {
    }

    /** The form of one archive of the person; it fires a saved event when saved. */
    public static FormDialog<Void> of(Archives archives, Person person, Archive archive) {
        return new ArchiveDialog(archives, person, archive);
    }
}
