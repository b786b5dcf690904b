package cn.gongguan.uikit;

import com.vaadin.flow.component.ComponentEvent;

/** A form saved what was entered and closed; views listening re-read what they show. */
public class SavedEvent<R> extends ComponentEvent<FormDialog<R>> {

    private final transient R saved;

    SavedEvent(FormDialog<R> source, R saved) {
        super(source, false);
        this.saved = saved;
    }

    /** What the service returned for the save (the record as saved, or null when it returns nothing). */
    public R saved() {
        return saved;
    }
}
