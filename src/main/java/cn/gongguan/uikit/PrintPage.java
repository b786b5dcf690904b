package cn.gongguan.uikit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A printable document on a page of its own, without the application frame, so that the browser prints only the
 * document: a print button (not printed) above it, and the document's title in the browser's title.
 */
public abstract class PrintPage extends Div implements HasDynamicTitle {

    /** The printed document; public for tests. */
    public final Div document = new Div();
    private String title = "";

    protected PrintPage() {
        addClassName("gg-print-page");
        Button print = new Button(getTranslation("print.print"), VaadinIcon.PRINT.create(),
                e -> getElement().executeJs("window.print()"));
        print.setId("print");
        print.addClassName("gg-no-print");
        document.addClassName("gg-print");
        document.setId("print-document");
        add(print, document);
    }

    /** Names the document shown (a page shows one of several kinds) and returns the name. */
    protected String titled(String documentTitle) {
        this.title = documentTitle;
        return documentTitle;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
